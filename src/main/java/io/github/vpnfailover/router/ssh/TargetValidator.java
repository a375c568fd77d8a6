package io.github.vpnfailover.router.ssh;

import java.util.regex.Pattern;

/**
 * Refuses host, user and port values that are not plain names or addresses, before anything is
 * looked up or connected: e.g. {@code -oProxyCommand=...}, spaces, quotes, shell characters.
 */
final class TargetValidator {

    private static final Pattern HOST_NAME = Pattern.compile(
            "[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,251}[A-Za-z0-9_])?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}(?:%[A-Za-z0-9_.-]{1,15})?");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}");

    private TargetValidator() {
    }

    /** Returns the host without IPv6 brackets; throws {@link InvalidTargetException} for anything else. */
    static String host(String host, String what) {
        if (host == null || host.isEmpty()) {
            throw new InvalidTargetException(what + " is empty: give a host name, address or ~/.ssh/config alias");
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        boolean ok = HOST_NAME.matcher(bare).matches() || bare.contains(":") && IPV6.matcher(bare).matches();
        if (!ok) {
            throw new InvalidTargetException(what + " '" + printable(host) + "' is not a host name or address"
                    + " (allowed: letters, digits, '.', '-', '_', not starting with '-'; or an IP address)");
        }
        return bare;
    }

    static String user(String user) {
        if (user == null || !USER.matcher(user).matches()) {
            throw new InvalidTargetException("user '" + printable(String.valueOf(user)) + "' is not a valid user name"
                    + " (letters, digits, '.', '-', '_', at most 32, not starting with '-' or '.')");
        }
        return user;
    }

    static int port(int port) {
        if (port < 1 || port > 65535) {
            throw new InvalidTargetException("port " + port + " is out of range 1-65535");
        }
        return port;
    }

    /** Control characters are shown escaped so a hostile value cannot rewrite the terminal. */
    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            out.append(c < 0x20 || c == 0x7f ? String.format("\\x%02x", (int) c) : String.valueOf(c));
        }
        return out.length() > 80 ? out.substring(0, 80) + "..." : out.toString();
    }
}
