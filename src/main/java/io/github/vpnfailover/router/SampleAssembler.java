package io.github.vpnfailover.router;

import io.github.vpnfailover.core.HandshakeRule;
import io.github.vpnfailover.core.Sample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns one measurement script's output into a {@link Sample}: failed parts become reasons in {@code error}. */
final class SampleAssembler {

    private final PingParser pingParser = new PingParser();
    private final CurlWriteOut curlParser = new CurlWriteOut();
    private final HandshakeParser handshakeParser = new HandshakeParser();

    TunnelMeasurement assemble(String tunnel, Instant time, MeasureScript script, ScriptOutput out, String where,
            double wallSeconds) {
        List<String> errors = new ArrayList<>();
        for (String tool : out.missingTools()) {
            errors.add(ToolHints.missing(tool, where));
        }
        double commandSeconds = 0;
        int sent = 0;
        int received = 0;
        double weightedAvg = 0;
        Double min = null;
        Double max = null;
        double mdevSum = 0;
        int mdevCount = 0;
        for (int i = 0; i < script.pingTargetCount(); i++) {
            String target = script.targets().get(i).value();
            ScriptOutput.Part part = out.part("ping " + i);
            if (part == null) {
                errors.add("ping " + target + ": no output (the script stopped early)");
                continue;
            }
            Parsed<PingSummary> parsed = pingParser.parse(part.text());
            if (parsed instanceof Parsed.Unparsed<PingSummary> u) {
                // The raw line goes with the reason so the log shows what the router really printed.
                boolean rawInReason = u.raw().isBlank() || u.reason().contains(u.raw());
                errors.add("ping " + target + ": " + u.reason() + (rawInReason ? "" : " [" + u.raw() + "]"));
                continue;
            }
            PingSummary p = parsed.valueOrNull();
            sent += p.transmitted();
            received += p.received();
            commandSeconds += p.durationMs() != null ? p.durationMs() / 1000
                    : Math.max(0, p.transmitted() - 1) * script.intervalSeconds() + (p.avgMs() == null ? 0 : p.avgMs() / 1000);
            if (p.received() == 0) {
                errors.add("ping " + target + ": 100% packet loss");
                continue;
            }
            weightedAvg += p.avgMs() * p.received();
            min = min == null ? p.minMs() : Math.min(min, p.minMs());
            max = max == null ? p.maxMs() : Math.max(max, p.maxMs());
            if (p.mdevMs() != null) {
                mdevSum += p.mdevMs();
                mdevCount++;
            }
        }
        Double latency = received > 0 ? round(weightedAvg / received) : null;
        Double loss = sent > 0 ? round(100.0 * (sent - received) / sent) : null;
        Double jitter = mdevCount > 0 ? round(mdevSum / mdevCount) : null;
        Transfer down = script.measuresDownload() ? transfer("download", out, script, errors) : null;
        Transfer up = script.measuresUpload() ? transfer("upload", out, script, errors) : null;
        commandSeconds += (down == null ? 0 : down.seconds) + (up == null ? 0 : up.seconds);
        Sample sample = new Sample(tunnel, time, latency, min, max, jitter, loss,
                down == null ? null : down.mbps, up == null ? null : up.mbps,
                errors.isEmpty() ? null : String.join("; ", errors));
        Sample read = BoundRouteProblem.ipv6(BoundRouteProblem.tap(withHandshake(sample, out.part("handshake"), where),
                out.part("taproute"), where), out.part("v6route"), where);
        return new TunnelMeasurement(read, commandSeconds, wallSeconds);
    }

    /** Adds the WireGuard handshake (decision 0180); a part that cannot be read is a reason, never a verdict. */
    private Sample withHandshake(Sample sample, ScriptOutput.Part part, String where) {
        if (part == null) {
            return sample;
        }
        Parsed<HandshakeReading> parsed = handshakeParser.parse(part.text(), part.exitCode(), where);
        if (parsed instanceof Parsed.Unparsed<HandshakeReading> u) {
            boolean rawInReason = u.raw().isBlank() || u.reason().contains(u.raw());
            return sample.withProblem("handshake: " + u.reason() + (rawInReason ? "" : " [" + u.raw() + "]"));
        }
        Sample read = sample.withHandshakeAge(parsed.valueOrNull().ageSeconds());
        return read.handshake().down() ? read.withProblem(HandshakeRule.describe(read)) : read;
    }

    private record Transfer(Double mbps, double seconds) { }

    private Transfer transfer(String name, ScriptOutput out, MeasureScript script, List<String> errors) {
        ScriptOutput.Part part = out.part(name);
        if (part == null) {
            errors.add(name + ": no output (the script stopped early)");
            return new Transfer(null, 0);
        }
        Parsed<CurlStats> parsed = curlParser.parse(part.text());
        CurlStats stats = parsed.valueOrNull();
        double seconds = stats == null ? 0 : stats.timeTotalSeconds();
        boolean download = "download".equals(name);
        long bytes = stats == null ? 0 : download ? stats.sizeDownload() : stats.sizeUpload();
        Integer code = part.exitCode();
        if (!endedByCap(code, download, bytes, script.maxBytes())) {
            errors.add(name + ": " + curlFailure(code, part.text(), script.maxSeconds()));
            return new Transfer(null, seconds);
        }
        if (parsed instanceof Parsed.Unparsed<CurlStats> u) {
            errors.add(name + ": " + u.reason() + " [" + u.raw() + "]");
            return new Transfer(null, 0);
        }
        if (stats.httpCode() < 200 || stats.httpCode() > 299) {
            errors.add(name + ": HTTP " + stats.httpCode());
            return new Transfer(null, seconds);
        }
        if (bytes == 0 || stats.transferSeconds() <= 0) {
            errors.add(name + ": no bytes moved (HTTP " + stats.httpCode() + ")");
            return new Transfer(null, seconds);
        }
        return new Transfer(round(CurlStats.mbps(bytes / stats.transferSeconds())), seconds);
    }

    /**
     * Whether curl's exit is a finished measurement: a complete transfer (0), the time cap with bytes moved (28),
     * or, for a download, the byte cap: head stopped reading after B bytes and curl's next write failed (23).
     * See decision 0120.
     */
    private static boolean endedByCap(Integer code, boolean download, long bytes, long maxBytes) {
        if (code == null) {
            return false;
        }
        return code == 0 || code == 28 && bytes > 0 || download && code == 23 && bytes >= maxBytes;
    }

    private static String curlFailure(Integer code, String text, int maxSeconds) {
        String message = text.lines().filter(l -> l.startsWith("curl: ") || l.contains("not found"))
                .findFirst().orElse("").replaceFirst("^curl: \\(\\d+\\) ", "").strip();
        if (code == null) {
            return "curl did not finish" + (message.isEmpty() ? "" : ": " + message);
        }
        String limit = code == 28 ? " (limit " + maxSeconds + " s)" : "";
        return "curl exit " + code + (message.isEmpty() ? "" : ": " + message) + limit;
    }

    private static double round(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3f", v));
    }
}
