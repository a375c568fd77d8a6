package io.github.vpnfailover.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules for values that end up in a router command. Each returns why a value is refused, or null when it is
 * acceptable. The router checks every value with these right before building a command, and
 * {@link PolicyValidator} checks a loaded policy with the same ones, so a file can never hold a value that
 * only fails later, when a switch or a measurement needs it (decision 0150).
 */
public final class ValueRules {

    /** Characters refused in interface names on top of the kernel's rules: anything a shell or our parsers could misread. */
    private static final String FORBIDDEN_IN_NAME = ";&|<>$`\\\"'(){}[]*?!~#%^=,@:/ ";
    /**
     * Compiled on first use, not with the class: check-openvpn's start (decision 0111) needs only {@link #printable},
     * and four regexes cost it milliseconds.
     */
    private static final class Patterns {
        static final Pattern IPV4 = Pattern.compile(
                "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
        static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
        static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
        static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)\\}");
    }

    /** The placeholders a switch command template may use. */
    public static final List<String> TEMPLATE_PLACEHOLDERS = List.of("iface", "peer");

    /** The placeholders of the router-side hook template (decision 0191). */
    public static final List<String> ROUTER_HOOK_PLACEHOLDERS = List.of("from", "to");

    private ValueRules() {
    }

    /** A network interface name: the kernel's rules (1..15 bytes, not "." or "..", no '/', no white space), no shell characters. */
    public static String interfaceName(String name) {
        if (name == null || name.isEmpty()) {
            return "empty";
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > 15) {
            return "longer than 15 bytes (the kernel's limit)";
        }
        if (name.equals(".") || name.equals("..")) {
            return "'.' and '..' are not interface names";
        }
        if (name.startsWith("-")) {
            return "starts with '-', which a command would read as an option";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return "contains white space or a control character at position " + (i + 1);
            }
            if (FORBIDDEN_IN_NAME.indexOf(c) >= 0) {
                return "contains the character '" + c + "', which a shell treats specially";
            }
            if (c > 0x7e) {
                return "contains a non-ASCII character at position " + (i + 1);
            }
        }
        return null;
    }

    /** A ping target or gateway: an IPv4 or IPv6 literal, or a DNS host name (RFC 1123). */
    public static String host(String host) {
        if (host == null || host.isEmpty()) {
            return "empty";
        }
        if (Patterns.IPV4.matcher(host).matches()) {
            return null;
        }
        if (host.contains(":")) {
            return Patterns.IPV6.matcher(host).matches() && host.chars().filter(c -> c == ':').count() >= 2
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
            if (!Patterns.LABEL.matcher(label).matches()) {
                return "not an IP address or host name (labels are letters, digits and inner '-')";
            }
        }
        return null;
    }

    /** A download or upload URL: http or https only, with a host, no white space, quotes or control characters. */
    public static String httpUrl(String url) {
        if (url == null || url.isEmpty()) {
            return "empty";
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return "contains white space or a control character";
            }
            if (c == '\'' || c == '"' || c == '`' || c == '\\') {
                return "contains the character '" + c + "'";
            }
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "not a valid URL (" + e.getReason() + ")";
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return "only http:// and https:// URLs are allowed";
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "has no host";
        }
        return null;
    }

    /** A switch command template: not empty, and no placeholder other than {iface} and {peer}. */
    public static String commandTemplate(String template) {
        if (template == null || template.isBlank()) {
            return "empty: give a command for --mode command";
        }
        for (String name : placeholders(template)) {
            if (!TEMPLATE_PLACEHOLDERS.contains(name)) {
                return "unknown placeholder {" + name + "} (only {iface} and {peer} exist)";
            }
        }
        return null;
    }

    /** A router-side hook template: not empty, and no placeholder other than {from} and {to} (decision 0191). */
    public static String routerHookTemplate(String template) {
        if (template == null || template.isBlank()) {
            return "empty: give a command to run on the router after a switch";
        }
        for (String name : placeholders(template)) {
            if (!ROUTER_HOOK_PLACEHOLDERS.contains(name)) {
                return "unknown placeholder {" + name + "} (only {from} and {to} exist)";
            }
        }
        return null;
    }

    /** The names inside {…} in {@code template}, in order. */
    public static List<String> placeholders(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = Patterns.PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * {@code value} with control characters (C0, DEL, and C1, which terminals also act on) escaped as \xNN, so a
     * message about it stays one clean line and text from a router or a file cannot drive the terminal.
     */
    public static String printable(String value) {
        if (value == null) {
            return "null";
        }
        var sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // control characters are always single chars, so surrogate pairs pass through untouched
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
