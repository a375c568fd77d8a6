package io.github.vpnfailover.core;

import java.util.List;

/**
 * A tunnel interface found on the router. {@code invalidReason} is non-null when the name
 * breaks the kernel's rules or contains shell characters: such a tunnel is listed, never used. {@code gateway} is
 * the next hop read from the tunnel's routes when it has no peer (topology subnet, tap; decision 0173), else null.
 */
public record Tunnel(String name, TunnelState state, List<String> addresses, String peer, String gateway, String invalidReason) {

    public Tunnel {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    public Tunnel(String name, TunnelState state, List<String> addresses, String peer, String invalidReason) {
        this(name, state, addresses, peer, null, invalidReason);
    }

    public boolean isUsable() {
        return invalidReason == null;
    }
}
