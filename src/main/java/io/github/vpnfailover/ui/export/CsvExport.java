package io.github.vpnfailover.ui.export;

import io.github.vpnfailover.core.Sample;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes samples as CSV (one row a sample, empty cells for what was not measured). Blocking: call off the FX thread. */
public final class CsvExport {

    static final String HEADER = "tunnel,time,latency_ms,latency_min_ms,latency_max_ms,jitter_ms,loss_percent,download_mbps,upload_mbps,error";

    private CsvExport() {
    }

    /** Writes every tunnel's samples to {@code file} (replaced), returns the number of rows. */
    public static int write(Path file, Map<String, List<Sample>> byTunnel) throws IOException {
        int rows = 0;
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.newLine();
            for (List<Sample> list : byTunnel.values()) {
                for (Sample s : list) {
                    w.write(line(s));
                    w.newLine();
                    rows++;
                }
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return rows;
    }

    static String line(Sample s) {
        return String.join(",", quote(s.tunnel()), s.time().toString(), num(s.latencyMs()), num(s.latencyMinMs()),
                num(s.latencyMaxMs()), num(s.jitterMs()), num(s.lossPercent()), num(s.downloadMbps()), num(s.uploadMbps()),
                s.error() == null ? "" : quote(s.error()));
    }

    private static String num(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%s", d);
    }

    /** RFC 4180 quoting; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula. */
    static String quote(String v) {
        String s = v;
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
