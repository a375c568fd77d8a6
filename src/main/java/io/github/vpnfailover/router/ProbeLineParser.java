package io.github.vpnfailover.router;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines of {@link LivenessCommand}'s stream: "{@code <target index> <ping line>}", where the ping line
 * comes from iputils ({@code icmp_seq=}, {@code -O} "no answer yet") or busybox ({@code seq=}). Never throws:
 * a line it does not know becomes {@link ProbeLine.Other}.
 */
public final class ProbeLineParser {

    private static final Pattern PREFIX = Pattern.compile("^(\\d{1,2})(?: (.*))?$");
    private static final Pattern REPLY = Pattern.compile(
            "^\\d+ bytes from \\S+?:? (?:icmp_)?seq=(\\d+) .*?time[=<]([\\d.]+) ?ms(.*)$");
    private static final Pattern NO_ANSWER = Pattern.compile("^no answer yet for icmp_seq=(\\d+)");
    private static final Pattern ICMP_ERROR = Pattern.compile("^From \\S+ (?:icmp_)?seq=(\\d+) (.+)$");

    /** Null when the line does not even carry a target index (e.g. a shell error): the caller logs it. */
    public ProbeLine parse(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher p = PREFIX.matcher(raw.strip());
        if (!p.matches()) {
            return null;
        }
        int target = Integer.parseInt(p.group(1));
        String line = p.group(2) == null ? "" : p.group(2).strip();
        try {
            Matcher m;
            if ((m = REPLY.matcher(line)).matches()) {
                // A duplicate, or a time that reads as infinity (hundreds of digits), is no reply to count.
                if (m.group(3).contains("DUP!") || !Double.isFinite(Double.parseDouble(m.group(2)))) {
                    return new ProbeLine.Other(target, line);
                }
                return new ProbeLine.Reply(target, Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)));
            }
            if ((m = NO_ANSWER.matcher(line)).find()) {
                return new ProbeLine.Lost(target, Long.valueOf(m.group(1)), false, line);
            }
            if ((m = ICMP_ERROR.matcher(line)).matches()) {
                return new ProbeLine.Lost(target, Long.valueOf(m.group(1)), true, line);
            }
        } catch (NumberFormatException e) {
            // a number too long for a long or a malformed decimal: keep the line, never fail on it
        }
        return new ProbeLine.Other(target, line);
    }
}
