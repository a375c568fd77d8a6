package io.github.vpnfailover.core;

/**
 * What a switch does with IPv6 when the target tunnel has none (decision 0171): {@code BLOCK} installs unreachable
 * routes so nothing leaves outside the tunnels; {@code LEAVE} keeps the router's own IPv6 routes and warns.
 */
public enum Ipv6Mode {
    BLOCK,
    LEAVE;

    /** "block" or "leave" (any case); null for anything else. */
    public static Ipv6Mode parse(String text) {
        if (text == null) {
            return null;
        }
        for (Ipv6Mode m : values()) {
            if (m.name().equalsIgnoreCase(text.trim())) {
                return m;
            }
        }
        return null;
    }
}
