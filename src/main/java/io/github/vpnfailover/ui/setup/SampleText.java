package io.github.vpnfailover.ui.setup;

import io.github.vpnfailover.core.Sample;
import java.util.Locale;

/** One Test measurement as a line a person reads: every figure, or the exact error of each part that failed. */
final class SampleText {

    private SampleText() {
    }

    static String of(Sample s) {
        var b = new StringBuilder(s.tunnel()).append(": ");
        b.append("latency ").append(value(s.latencyMs(), "%.1f ms"));
        b.append(", loss ").append(value(s.lossPercent(), "%.0f %%"));
        b.append(", down ").append(value(s.downloadMbps(), "%.2f Mbit/s"));
        b.append(", up ").append(value(s.uploadMbps(), "%.2f Mbit/s"));
        if (s.error() != null) {
            b.append("\n").append(io.github.vpnfailover.core.ValueRules.printable(s.error()));
        }
        return b.toString();
    }

    private static String value(Double v, String format) {
        return v == null ? "not measured" : String.format(Locale.ROOT, format, v);
    }
}
