package io.github.vpnfailover.router;

import io.github.vpnfailover.core.ValueRules;

/** A ping target or gateway: an IPv4 or IPv6 literal, or a DNS host name (RFC 1123), safe to quote into a command. */
public record HostAddress(String value) implements CommandToken {

    public HostAddress {
        CommandToken.require("host", value, ValueRules::host);
    }

    public static HostAddress of(String value) {
        return new HostAddress(value);
    }

    /** Why {@code host} is not acceptable, or null when it is. */
    public static String problem(String host) {
        return ValueRules.host(host);
    }

    public boolean isIpv6() {
        return value.contains(":");
    }

    @Override
    public String toString() {
        return value;
    }
}
