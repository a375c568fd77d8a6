package io.github.vpnfailover.core;

/** What a switch did with IPv6 (decision 0171). */
public enum Ipv6Action {
    /** The tunnel has IPv6: {@code ::/1} and {@code 8000::/1} (or the default) go through it. */
    ROUTED,
    /** The tunnel has no IPv6 and the profile says block: unreachable routes, nothing leaves outside a tunnel. */
    BLOCKED,
    /** The tunnel has no IPv6 and the profile says leave: IPv6 goes where the router's own routes send it. */
    LEFT,
    /** Neither the tunnel nor the router routes IPv6 beyond its own links: nothing to do. */
    NONE,
    /** Not touched: a command template owns the routes, or the IPv4 change was refused. */
    UNCHANGED
}
