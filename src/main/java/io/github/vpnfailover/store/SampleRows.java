package io.github.vpnfailover.store;

import io.github.vpnfailover.core.MetricRange;
import io.github.vpnfailover.core.Sample;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A sample as a row of the {@code sample} table, both ways. A stored metric that is not a finite, non-negative
 * number (a file written by hand, or by an older build) reads as not measured, with the reason in the error,
 * so it can never take part in a score; the row itself is left as it is.
 */
final class SampleRows {

    static final String COLUMNS = "time_ms, tunnel, latency_ms, latency_min_ms, latency_max_ms, jitter_ms, "
            + "loss_percent, download_mbps, upload_mbps, error";

    /** "Good" in SQL, as {@link Sample#isGood()} with the metric range: SQLite orders infinity above every real. */
    static final String GOOD = "latency_ms >= 0 AND latency_ms <= 1.7976931348623157e308 AND loss_percent >= 0 AND loss_percent < 100";

    private static final String[] NAMES = {"latency_ms", "latency_min_ms", "latency_max_ms", "jitter_ms", "loss_percent",
        "download_mbps", "upload_mbps"};

    private SampleRows() {
    }

    /** Binds router and the sample's columns to parameters 1 to 11 (the order of {@code router, COLUMNS}). */
    static void bind(PreparedStatement ps, String router, Sample s) throws SQLException {
        ps.setString(1, router);
        ps.setLong(2, s.time().toEpochMilli());
        ps.setString(3, s.tunnel());
        real(ps, 4, s.latencyMs());
        real(ps, 5, s.latencyMinMs());
        real(ps, 6, s.latencyMaxMs());
        real(ps, 7, s.jitterMs());
        real(ps, 8, s.lossPercent());
        real(ps, 9, s.downloadMbps());
        real(ps, 10, s.uploadMbps());
        ps.setString(11, s.error());
    }

    private static void real(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.REAL);
        } else {
            ps.setDouble(i, v);
        }
    }

    /** Reads a row selected as {@link #COLUMNS}. */
    static Sample read(ResultSet rs) throws SQLException {
        Double[] m = new Double[NAMES.length];
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < m.length; i++) {
            Double v = dbl(rs, i + 3);
            String p = i == 4 ? MetricRange.lossProblem(NAMES[i], v) : MetricRange.problem(NAMES[i], v);
            if (p != null) {
                problems.add("stored " + p + ", read as not measured");
                v = null;
            }
            m[i] = v;
        }
        String error = rs.getString(10);
        if (!problems.isEmpty()) {
            error = (error == null ? "" : error + "; ") + String.join("; ", problems);
        }
        return new Sample(rs.getString(2), Instant.ofEpochMilli(rs.getLong(1)), m[0], m[1], m[2], m[3], m[4], m[5], m[6], error);
    }

    private static Double dbl(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }
}
