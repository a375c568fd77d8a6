package io.github.vpnfailover.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the usual check-openvpn arguments without building picocli's model, which costs more than the check itself
 * (decision 0111). It takes only what it is sure picocli reads the same way: separate option and value tokens,
 * plain decimal numbers, each option once, one host. Anything else (help, version, {@code --opt=value}, clustered
 * flags, {@code @files}, unknown options, bad or missing values) returns null, and picocli reads the arguments and
 * gives its usual answer or error.
 */
final class PluginArgs {

    private PluginArgs() {
    }

    /** The command with {@code args} (the first being "check-openvpn") applied, or null to leave them to picocli. */
    static CheckOpenVpnCommand read(String[] args) {
        if (args.length < 2 || !args[0].equals(PluginCommandLine.NAME)) {
            return null;
        }
        CheckOpenVpnCommand c = new CheckOpenVpnCommand();
        WrappingOptions w = c.wrapping;
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("-")) {
                if (c.host != null || a.isEmpty() || a.startsWith("@")) {
                    return null;
                }
                c.host = a;
                continue;
            }
            String name = canonical(a);
            if (name == null || !seen.add(name)) {
                return null;
            }
            if (isFlag(name)) {
                setFlag(c, name);
                continue;
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("-") || args[i + 1].startsWith("@")
                    || args[i + 1].isEmpty()) {
                return null;
            }
            String v = args[++i];
            switch (name) {
                case "--port":
                case "--retrycount":
                case "--digest-size":
                    if (!plainNumber(v, false)) {
                        return null;
                    }
                    int n = Integer.parseInt(v);
                    if (name.equals("--port")) {
                        c.port = n;
                    } else if (name.equals("--retrycount")) {
                        c.retryCount = n;
                    } else {
                        w.digestSize = n;
                    }
                    break;
                case "--timeout":
                    if (!plainNumber(v, true)) {
                        return null;
                    }
                    c.timeoutSeconds = Double.parseDouble(v);
                    break;
                default:
                    setText(w, name, v);
            }
        }
        return c.host == null ? null : c;
    }

    /** The long name of a known option token, or null for anything else. */
    private static String canonical(String token) {
        switch (token) {
            case "-p":
                return "--port";
            case "-t":
                return "--tcp";
            case "--port": case "--tcp": case "--timeout": case "--retrycount": case "--no-validation": case "-4":
            case "-6": case "--json": case "--digest": case "--digest-size": case "--digest-key-client":
            case "--digest-key-server": case "--tls-auth": case "--tls-auth-inverse": case "--key-direction":
            case "--tls-crypt": case "--tls-crypt-v2":
                return token;
            default:
                return null;
        }
    }

    private static boolean isFlag(String name) {
        return Set.of("--tcp", "--no-validation", "-4", "-6", "--json", "--tls-auth-inverse").contains(name);
    }

    private static void setFlag(CheckOpenVpnCommand c, String name) {
        switch (name) {
            case "--tcp":
                c.tcp = true;
                break;
            case "--no-validation":
                c.noValidation = true;
                break;
            case "-4":
                c.ipv4 = true;
                break;
            case "-6":
                c.ipv6 = true;
                break;
            case "--json":
                c.json = true;
                break;
            default:
                c.wrapping.tlsAuthInverse = true;
        }
    }

    private static void setText(WrappingOptions w, String name, String v) {
        switch (name) {
            case "--digest":
                w.digest = v;
                break;
            case "--digest-key-client":
                w.digestKeyClient = v;
                break;
            case "--digest-key-server":
                w.digestKeyServer = v;
                break;
            case "--tls-auth":
                w.tlsAuth = Path.of(v);
                break;
            case "--key-direction":
                w.keyDirection = v;
                break;
            case "--tls-crypt":
                w.tlsCrypt = Path.of(v);
                break;
            default:
                w.tlsCryptV2 = Path.of(v);
        }
    }

    /**
     * What the quick path takes as a number: {@code 0|[1-9][0-9]{0,8}}, with {@code fraction} also a dot and 1 to 9
     * digits after it. Anything else goes to picocli, which says what is wrong. No regex: compiling one costs the
     * short-lived process more than the check does (decision 0207).
     */
    static boolean plainNumber(String v, boolean fraction) {
        int dot = fraction ? v.indexOf('.') : -1;
        String whole = dot < 0 ? v : v.substring(0, dot);
        if (whole.isEmpty() || whole.length() > 9 || whole.length() > 1 && whole.charAt(0) == '0' || !digits(whole)) {
            return false;
        }
        if (dot < 0) {
            return true;
        }
        String part = v.substring(dot + 1);
        return !part.isEmpty() && part.length() <= 9 && digits(part);
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
