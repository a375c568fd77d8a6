package io.github.vpnfailover.core;

/**
 * A router profile's switch options: what happens to IPv6 when the target tunnel has none ({@code ipv6}, decision
 * 0171) and whether the conntrack entries of the old tunnel's flows are deleted after the routes moved
 * ({@code flushConntrack}, decision 0172). Null parts are the defaults: block, flush.
 */
public record SwitchOptions(Ipv6Mode ipv6, Boolean flushConntrack) {

    public SwitchOptions {
        ipv6 = ipv6 == null ? Ipv6Mode.BLOCK : ipv6;
        flushConntrack = flushConntrack == null ? Boolean.TRUE : flushConntrack;
    }

    /** Block IPv6 leaks, flush conntrack. */
    public static SwitchOptions defaults() {
        return new SwitchOptions(Ipv6Mode.BLOCK, true);
    }
}
