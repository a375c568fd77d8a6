package io.github.vpnfailover.core;

import java.util.List;

/**
 * A tunnel interface found on the router. {@code invalidReason} is non-null when the name
 * breaks the kernel's rules or contains shell characters: such a tunnel is listed, never used.
 */
public record Tunnel(String name, TunnelState state, List<String> addresses, String peer, String invalidReason) {

    public Tunnel {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    public boolean isUsable() {
        return invalidReason == null;
    }
}
