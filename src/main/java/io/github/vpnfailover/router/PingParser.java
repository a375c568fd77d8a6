package io.github.vpnfailover.router;

import io.github.vpnfailover.core.MetricRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the output of iputils and busybox {@code ping} (stdout and stderr together, any order). */
public final class PingParser {

    private static final Pattern COUNTS = Pattern.compile(
            "^(\\d+) packets transmitted, (\\d+) (?:packets )?received,(?: \\+\\d+ duplicates,)?(?: \\+\\d+ errors,)?"
                    + " ([\\d.]+)% packet loss(?:, time (\\d+)ms)?");
    private static final Pattern IPUTILS_RTT = Pattern.compile(
            "^rtt min/avg/max/mdev = ([\\d.]+)/([\\d.]+)/([\\d.]+)/([\\d.]+) ms");
    private static final Pattern BUSYBOX_RTT = Pattern.compile(
            "^round-trip min/avg/max = ([\\d.]+)/([\\d.]+)/([\\d.]+) ms");
    private static final Pattern REPLY_TIME = Pattern.compile("^\\d+ bytes from .* time=([\\d.]+) ms");
    private static final Pattern ERROR = Pattern.compile("^ping: (.+)$");

    /** Parses one run; an error line ("ping: SO_BINDTODEVICE ...") or missing summary becomes {@link Parsed.Unparsed}. */
    public Parsed<PingSummary> parse(String output) {
        try {
            return read(output);
        } catch (NumberFormatException e) {
            return Parsed.unparsed("ping printed a number this parser cannot read (" + e.getMessage() + ")",
                    lastLine(output));
        }
    }

    /**
     * A figure that is not a finite number (400 digits read as infinity) or a loss above 100 % is refused with
     * the line: such a value would otherwise pass through the score as NaN or infinity (decision 0101).
     */
    private static Parsed<PingSummary> checked(PingSummary p, String raw) {
        String problem = MetricRange.lossProblem("loss", p.lossPercent());
        Double[] rtt = {p.minMs(), p.avgMs(), p.maxMs(), p.mdevMs(), p.durationMs()};
        String[] names = {"min", "avg", "max", "mdev", "time"};
        for (int i = 0; problem == null && i < rtt.length; i++) {
            problem = MetricRange.problem(names[i], rtt[i]);
        }
        return problem == null ? Parsed.ok(p) : Parsed.unparsed("ping printed a figure out of range: " + problem, raw);
    }

    private Parsed<PingSummary> read(String output) {
        if (output == null || output.isBlank()) {
            return Parsed.unparsed("ping printed nothing", "");
        }
        Matcher counts = null;
        Matcher rtt = null;
        boolean busyboxRtt = false;
        String error = null;
        String unreadRtt = null;
        List<Double> replies = new ArrayList<>();
        for (String raw : output.split("\\R")) {
            String line = raw.strip();
            Matcher m;
            if ((m = COUNTS.matcher(line)).find()) {
                counts = m;
            } else if ((m = IPUTILS_RTT.matcher(line)).find()) {
                rtt = m;
            } else if ((m = BUSYBOX_RTT.matcher(line)).find()) {
                rtt = m;
                busyboxRtt = true;
            } else if ((m = REPLY_TIME.matcher(line)).find()) {
                replies.add(Double.parseDouble(m.group(1)));
            } else if (error == null && (m = ERROR.matcher(line)).find()) {
                error = m.group(1);
            } else if (line.startsWith("rtt ") || line.startsWith("round-trip ")) {
                unreadRtt = line; // e.g. decimal commas from a localized ping
            }
        }
        if (counts == null) {
            return error != null
                    ? Parsed.unparsed("ping failed: " + error, error)
                    : Parsed.unparsed("no ping statistics line found", lastLine(output));
        }
        int transmitted = Integer.parseInt(counts.group(1));
        int received = Integer.parseInt(counts.group(2));
        double loss = Double.parseDouble(counts.group(3));
        Double duration = counts.group(4) == null ? null : Double.valueOf(counts.group(4));
        if (rtt == null) {
            if (received > 0) {
                return unreadRtt != null
                        ? Parsed.unparsed("could not parse the round-trip line", unreadRtt)
                        : Parsed.unparsed("replies received but no round-trip line", lastLine(output));
            }
            return checked(new PingSummary(transmitted, received, loss, null, null, null, null, duration), counts.group());
        }
        double min = Double.parseDouble(rtt.group(1));
        double avg = Double.parseDouble(rtt.group(2));
        double max = Double.parseDouble(rtt.group(3));
        Double mdev = busyboxRtt ? meanDeviation(replies) : Double.valueOf(rtt.group(4));
        return checked(new PingSummary(transmitted, received, loss, min, avg, max, mdev, duration), rtt.group());
    }

    /** iputils' mdev: sqrt(mean(t²) - mean(t)²), from the per-reply times; null without replies. */
    static Double meanDeviation(List<Double> times) {
        if (times.isEmpty()) {
            return null;
        }
        double sum = 0;
        double sumSq = 0;
        for (double t : times) {
            sum += t;
            sumSq += t * t;
        }
        double mean = sum / times.size();
        double variance = Math.max(0, sumSq / times.size() - mean * mean);
        return Double.valueOf(String.format(Locale.ROOT, "%.3f", Math.sqrt(variance)));
    }

    /** The last non-empty line; "" when there is none (output of only line breaks such as U+0085). */
    private static String lastLine(String output) {
        String[] lines = output.strip().split("\\R");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i];
            }
        }
        return "";
    }
}
