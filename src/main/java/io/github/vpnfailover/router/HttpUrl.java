package io.github.vpnfailover.router;

import io.github.vpnfailover.core.ValueRules;

/** A download or upload URL: http or https only, with a host, no white space or control characters. */
public record HttpUrl(String value) implements CommandToken {

    public HttpUrl {
        CommandToken.require("URL", value, ValueRules::httpUrl);
    }

    public static HttpUrl of(String value) {
        return new HttpUrl(value);
    }

    /** Why {@code url} is not acceptable, or null when it is. */
    public static String problem(String url) {
        return ValueRules.httpUrl(url);
    }

    /** Whether the host is a bracketed IPv6 literal ({@code http://[fd09::1]:8080/...}): curl then speaks IPv6. */
    public boolean isIpv6Literal() {
        int start = value.indexOf("://") + 3;
        return value.startsWith("[", start);
    }

    @Override
    public String toString() {
        return value;
    }
}
