package io.github.vpnfailover.router.ssh;

import java.util.List;
import java.util.Locale;

/** ssh_config's pattern rules (match.c): a Host line's words, and Match's comma lists, with '!' negation. */
final class SshConfigPatterns {

    private SshConfigPatterns() {
    }

    /** A Host line applies when a word matches and no negated word does. */
    static boolean hostLine(String host, List<String> patterns) {
        boolean matched = false;
        for (String pattern : patterns) {
            boolean negated = pattern.startsWith("!");
            if (HostPatterns.glob(host, 0, negated ? pattern.substring(1) : pattern, 0)) {
                if (negated) {
                    return false;
                }
                matched = true;
            }
        }
        return matched;
    }

    /** match_pattern_list: comma-separated, '!' negates, lower-cased first for host names. */
    static boolean list(String subject, String patterns, boolean hostName) {
        String s = hostName ? subject.toLowerCase(Locale.ROOT) : subject;
        boolean matched = false;
        for (String pattern : patterns.split(",")) {
            boolean negated = pattern.startsWith("!");
            String body = negated ? pattern.substring(1) : pattern;
            if (HostPatterns.glob(s, 0, hostName ? body.toLowerCase(Locale.ROOT) : body, 0)) {
                if (negated) {
                    return false;
                }
                matched = true;
            }
        }
        return matched;
    }
}
