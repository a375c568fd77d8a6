package io.github.vpnfailover.store;

import io.github.vpnfailover.core.ValueRules;
import java.util.List;
import java.util.Locale;

/**
 * What a profile's OpenVPN server entry may hold (decision 0212), checked at load, at save and in the settings form
 * as typed: the host as a ping target is (an address or an RFC 1123 name), a port, udp or tcp, check-openvpn's
 * wrappings, a key file for every wrapping but none, and check-openvpn's key directions (0, 1, none) for tls-auth.
 * No I/O: whether the key file exists and is a key is checked by the probe's own reader, off the FX thread.
 */
public final class ServerRules {

    /** The wrappings check-openvpn supports, as settings.json spells them. */
    public static final List<String> WRAPPINGS = List.of("none", "tls-auth", "tls-crypt", "tls-crypt-v2");
    public static final List<String> PROTOS = List.of("udp", "tcp");
    public static final List<String> KEY_DIRECTIONS = List.of("1", "0", "none");

    /** One thing wrong with a server entry: the field ("host", "keyFile", …) and why. */
    public record Problem(String field, String why) { }

    private ServerRules() {
    }

    /** Why the profile's servers or their period cannot be used ("servers[1].port = 0 is outside 1-65535"), or null. */
    static String problem(RouterProfile r) {
        Integer period = r.serverPeriodSeconds();
        if (period != null && (period < RouterProfile.MIN_SERVER_PERIOD || period > RouterProfile.MAX_SERVER_PERIOD)) {
            return "serverPeriodSeconds = " + period + " is outside " + RouterProfile.MIN_SERVER_PERIOD + "-"
                    + RouterProfile.MAX_SERVER_PERIOD;
        }
        for (int i = 0; i < r.servers().size(); i++) {
            Problem p = check(r.servers().get(i));
            if (p != null) {
                return "servers[" + i + "]." + p.field() + " = " + p.why();
            }
        }
        return null;
    }

    /** The first problem of one entry, or null. */
    public static Problem check(OpenVpnServer s) {
        if (s.tunnel() != null && ValueRules.interfaceName(s.tunnel()) != null) {
            return new Problem("tunnel", quoted(s.tunnel()) + ": " + ValueRules.interfaceName(s.tunnel()));
        }
        String host = ValueRules.host(s.host());
        if (host != null) {
            return new Problem("host", s.host() == null || s.host().isEmpty() ? "empty: the server's name or address"
                    : quoted(s.host()) + " is " + host);
        }
        if (s.port() < 1 || s.port() > 65535) {
            return new Problem("port", s.port() + " is outside 1-65535");
        }
        String proto = lower(s.proto(), "udp");
        if (!PROTOS.contains(proto)) {
            return new Problem("proto", quoted(s.proto()) + " is not udp or tcp");
        }
        String wrapping = lower(s.wrapping(), "none");
        if (!WRAPPINGS.contains(wrapping)) {
            return new Problem("wrapping", quoted(s.wrapping()) + " is not one of " + String.join(", ", WRAPPINGS));
        }
        if (!wrapping.equals("none") && (s.keyFile() == null || s.keyFile().isBlank())) {
            return new Problem("keyFile", wrapping + " needs its key file");
        }
        if (s.keyFile() != null && s.keyFile().chars().anyMatch(Character::isISOControl)) {
            return new Problem("keyFile", quoted(s.keyFile()) + " contains a control character");
        }
        if (s.keyDirection() != null && !wrapping.equals("tls-auth")) {
            return new Problem("keyDirection", "only tls-auth has a key direction, not " + wrapping);
        }
        if (s.keyDirection() != null && !KEY_DIRECTIONS.contains(s.keyDirection())) {
            return new Problem("keyDirection", quoted(s.keyDirection()) + " is not 0, 1 or none");
        }
        return null;
    }

    private static String lower(String value, String absent) {
        return value == null ? absent : value.toLowerCase(Locale.ROOT);
    }

    private static String quoted(String value) {
        return "'" + ValueRules.printable(value) + "'";
    }
}
