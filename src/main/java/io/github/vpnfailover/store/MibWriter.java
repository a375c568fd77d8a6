package io.github.vpnfailover.store;

import io.github.vpnfailover.core.MetricRange;
import io.github.vpnfailover.core.Sample;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes MIB.json byte for byte as the old manager's {@code json.dumps} did: one line, no newline at the end,
 * {@code ", "} and {@code ": "} between items, keys latency, download, upload, time in that order, numbers as
 * Python floats, records newest first; so the old graphing.py and manager.py read it unchanged.
 */
public final class MibWriter {

    /** How {@code time} is written: the original local "%m/%d %H:%M:%S", or unix seconds. */
    public enum TimeFormat { ORIGINAL, UNIX }

    private final TimeFormat format;
    private final ZoneId zone;

    /** {@code zone}: the local time of ORIGINAL times (the old manager wrote its own local time). */
    public MibWriter(TimeFormat format, ZoneId zone) {
        this.format = format;
        this.zone = zone;
    }

    /**
     * Streams every tunnel's samples from {@code source}, so a long history is never held in memory. Samples that
     * failed (or whose metrics are out of range) are left out, as the old agent kept only measurements that worked;
     * a missing throughput is written as 0.0, since the old scripts could not read null.
     */
    public int write(Path file, List<String> tunnels, LegacyFormats.SampleSource source) throws StoreException {
        StoreException[] failure = new StoreException[1];
        int[] written = new int[1];
        try {
            SecureFiles.writeAtomically(file, out -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                w.write('{');
                for (int t = 0; t < tunnels.size(); t++) {
                    w.write(t == 0 ? "" : ", ");
                    w.write(PythonJson.string(tunnels.get(t)));
                    w.write(": [");
                    boolean[] first = {true};
                    try {
                        source.forEachNewestFirst(tunnels.get(t), s -> {
                            if (s.isGood() && MetricRange.problem(s) == null) {
                                record(w, s, first[0]);
                                first[0] = false;
                                written[0]++;
                            }
                        });
                    } catch (StoreException e) {
                        failure[0] = e;
                        throw new IOException(e.getMessage(), e);
                    }
                    w.write(']');
                }
                w.write('}');
                w.flush();
            });
        } catch (IOException | UncheckedIOException e) {
            if (failure[0] != null) {
                throw failure[0];
            }
            throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return written[0];
    }

    private void record(Writer w, Sample s, boolean first) {
        try {
            w.write(first ? "{" : ", {");
            w.write("\"latency\": " + PythonFloat.repr(s.latencyMs()));
            w.write(", \"download\": " + PythonFloat.repr(s.downloadMbps() == null ? 0.0 : s.downloadMbps()));
            w.write(", \"upload\": " + PythonFloat.repr(s.uploadMbps() == null ? 0.0 : s.uploadMbps()));
            w.write(", \"time\": " + (format == TimeFormat.UNIX ? LegacyTimes.toSeconds(s.time())
                    : PythonJson.string(LegacyTimes.toMonthDay(s.time(), zone))));
            w.write('}');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
