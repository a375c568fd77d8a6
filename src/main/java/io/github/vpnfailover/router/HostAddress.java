package io.github.vpnfailover.router;

import java.util.regex.Pattern;

/** A ping target or gateway: an IPv4 or IPv6 literal, or a DNS host name (RFC 1123), safe to quote into a command. */
public record HostAddress(String value) {

    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    public HostAddress {
        String problem = problem(value);
        if (problem != null) {
            throw new UnsafeValueException("host", value, problem);
        }
    }

    public static HostAddress of(String value) {
        return new HostAddress(value);
    }

    /** Why {@code host} is not acceptable, or null when it is. */
    public static String problem(String host) {
        if (host == null || host.isEmpty()) {
            return "empty";
        }
        if (IPV4.matcher(host).matches()) {
            return null;
        }
        if (host.contains(":")) {
            return IPV6.matcher(host).matches() && host.chars().filter(c -> c == ':').count() >= 2
                    ? null : "not a valid IPv6 address";
        }
        if (host.matches("[0-9.]+")) {
            return "not a valid IPv4 address";
        }
        if (host.length() > 253) {
            return "longer than 253 characters";
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        for (String label : name.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return "not an IP address or host name (labels are letters, digits and inner '-')";
            }
        }
        return null;
    }

    public boolean isIpv6() {
        return value.contains(":");
    }

    public String quoted() {
        return ShellQuote.quote(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
