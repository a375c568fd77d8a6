package io.github.vpnfailover.router.ssh;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * OpenSSH's host matching (match.c, hostfile.c): the name looked up is the lower-cased host for port 22 and
 * {@code [host]:port} otherwise, and every pattern is matched against that whole string, so {@code *}
 * matches any port while a plain {@code host} entry applies to port 22 only. {@code *} and {@code ?} are
 * wildcards, {@code !pattern} excludes, a comma separates alternatives, {@code |1|salt|hash} is an
 * HMAC-SHA1 of the name.
 */
final class HostPatterns {

    /** The outcome of one host field: a negated pattern wins over any positive one. */
    enum Match { YES, NO, NEGATED }

    private static final String HASH_MAGIC = "|1|";

    private HostPatterns() {
    }

    /** The name OpenSSH looks up: "host" on port 22, "[host]:port" on any other. */
    static String lookupName(String host, int port) {
        String lower = host.toLowerCase(Locale.ROOT);
        return port == 22 ? lower : "[" + lower + "]:" + port;
    }

    /** Matches {@code name} (from {@link #lookupName}) against a known_hosts host field. */
    static Match matchField(String name, String field) {
        if (field.startsWith(HASH_MAGIC)) {
            return matchesHash(name, field) ? Match.YES : Match.NO;
        }
        Match result = Match.NO;
        for (String pattern : field.split(",", -1)) {
            boolean negated = pattern.startsWith("!");
            String body = (negated ? pattern.substring(1) : pattern).toLowerCase(Locale.ROOT);
            if (glob(name, 0, body, 0)) {
                if (negated) {
                    return Match.NEGATED;
                }
                result = Match.YES;
            }
        }
        return result;
    }

    /** True for a well-formed {@code |1|salt|hash} field whose HMAC-SHA1 of {@code name} equals the hash. */
    static boolean matchesHash(String name, String field) {
        String[] parts = field.substring(HASH_MAGIC.length()).split("\\|", -1);
        if (parts.length != 2) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[0]);
            byte[] hash = Base64.getDecoder().decode(parts[1]);
            return salt.length == 20 && java.security.MessageDigest.isEqual(hmac(salt, name), hash);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The {@code |1|salt|hash} field for {@code name}, as {@code HashKnownHosts yes} writes it. */
    static String hash(String name, byte[] salt) {
        Base64.Encoder b64 = Base64.getEncoder();
        return HASH_MAGIC + b64.encodeToString(salt) + "|" + b64.encodeToString(hmac(salt, name));
    }

    static boolean isHashed(String field) {
        return field.startsWith(HASH_MAGIC);
    }

    private static byte[] hmac(byte[] salt, String name) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(salt, "HmacSHA1"));
            return mac.doFinal(name.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK always has HmacSHA1", e);
        }
    }

    /** OpenSSH's match_pattern: '*' any run of characters, '?' exactly one, everything else literally. */
    static boolean glob(String s, int si, String p, int pi) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                while (pi < p.length() && p.charAt(pi) == '*') {
                    pi++;
                }
                if (pi == p.length()) {
                    return true;
                }
                for (int k = si; k <= s.length(); k++) {
                    if (glob(s, k, p, pi)) {
                        return true;
                    }
                }
                return false;
            }
            if (si >= s.length() || (c != '?' && c != s.charAt(si))) {
                return false;
            }
            si++;
            pi++;
        }
        return si == s.length();
    }
}
