package io.github.vpnfailover.router;

import io.github.vpnfailover.core.TunnelState;
import java.util.Set;

/**
 * One line of {@code ip -o link}. {@code state} is iproute2's operstate word or null (busybox prints none);
 * {@code linkType} is e.g. "none", "ether", "[65534]" (busybox for tun); {@code peer} from "peer X" if printed.
 */
public record LinkInfo(int index, String name, Set<String> flags, String state, String linkType, String peer) {

    public LinkInfo {
        flags = Set.copyOf(flags);
    }

    /** Up when the interface is administratively UP and has its carrier (LOWER_UP); down otherwise. */
    public TunnelState tunnelState() {
        if (flags.contains("UP") && flags.contains("LOWER_UP")) {
            return TunnelState.UP;
        }
        if (flags.isEmpty() && state == null) {
            return TunnelState.UNKNOWN;
        }
        return TunnelState.DOWN;
    }
}
