package io.github.vpnfailover.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.Decision;
import io.github.vpnfailover.core.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    static Sample sample(String tunnel, int second, Double latency) {
        return new Sample(tunnel, T0.plusSeconds(second), latency, latency == null ? null : latency - 1,
                latency == null ? null : latency + 1, 0.5, latency == null ? null : 0.0, 42.5, 7.25,
                latency == null ? "no answer" : null);
    }

    @Test
    void keepsEveryFieldAndAnswersNewestAndRangeQueries() throws Exception {
        try (HistoryStore h = HistoryStore.open(dir.resolve("h.db"))) {
            for (int i = 0; i < 10; i++) {
                h.append("r1", sample("tun0", i, i == 9 ? null : 10.0 + i));
                h.append("r1", sample("tun1", i, 50.0));
                h.append("r2", sample("tun0", i, 99.0));
            }
            assertThat(h.newest("r1", "tun0", 3)).extracting(Sample::time)
                    .containsExactly(T0.plusSeconds(9), T0.plusSeconds(8), T0.plusSeconds(7));
            assertThat(h.newest("r1", "tun0", 1).get(0)).isEqualTo(sample("tun0", 9, null));
            assertThat(h.newestGood("r1", "tun0", 2)).containsExactly(sample("tun0", 8, 18.0), sample("tun0", 7, 17.0));
            assertThat(h.range("r1", "tun0", T0.plusSeconds(2), T0.plusSeconds(5))).extracting(Sample::latencyMs)
                    .containsExactly(12.0, 13.0, 14.0);
            assertThat(h.tunnels("r1")).containsExactly("tun0", "tun1");
            assertThat(h.routers()).containsExactly("r1", "r2");
            List<Sample> all = new ArrayList<>();
            h.forEachNewestFirst("r2", "tun0", all::add);
            assertThat(all).hasSize(10).first().extracting(Sample::time).isEqualTo(T0.plusSeconds(9));
        }
    }

    @Test
    void usesWalAndAnIndexForTheTunnelQueriesAndIsOwnerOnly() throws Exception {
        Path db = dir.resolve("h.db");
        try (HistoryStore h = HistoryStore.open(db)) {
            h.append("r", sample("tun0", 0, 1.0));
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
                var rs = st.executeQuery("PRAGMA journal_mode");
                assertThat(rs.getString(1)).isEqualTo("wal");
                rs = st.executeQuery("EXPLAIN QUERY PLAN SELECT * FROM sample WHERE router='r' AND tunnel='tun0' "
                        + "ORDER BY time_ms DESC LIMIT 3");
                assertThat(rs.getString(4)).contains("USING INDEX sample_by_tunnel_time");
            }
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rw-------");
    }

    @Test
    void recordsDecisionsAndSwitchesWithReasons() throws Exception {
        try (HistoryStore h = HistoryStore.open(dir.resolve("h.db"))) {
            h.recordDecision("r", T0, Decision.stay("tun0", "tun0 stays: nothing better"), Map.of("tun0", 0.5), false);
            h.recordSwitch("r", new SwitchRecord(T0, "tun0", "tun1", true, true, "manual switch"));
            assertThat(h.recentDecisionReasons("r", 5)).containsExactly("STAY: tun0 stays: nothing better");
            assertThat(h.recentSwitches("r", 5)).containsExactly(new SwitchRecord(T0, "tun0", "tun1", true, true, "manual switch"));
        }
    }

    @Test
    void readsARoutersSwitchesInATimeRangeOldestFirst() throws Exception {
        try (HistoryStore h = HistoryStore.open(dir.resolve("h.db"))) {
            for (int i = 0; i < 5; i++) {
                h.recordSwitch("r", new SwitchRecord(T0.plusSeconds(60L * i), "tun" + i, "tun" + (i + 1), true, false, "reason " + i));
            }
            h.recordSwitch("other", new SwitchRecord(T0.plusSeconds(90), "a", "b", true, false, "another router"));

            assertThat(h.switchesBetween("r", T0.plusSeconds(60), T0.plusSeconds(180), 100))
                    .extracting(SwitchRecord::reason).containsExactly("reason 1", "reason 2");
            assertThat(h.switchesBetween("r", T0, T0.plusSeconds(600), 3)).extracting(SwitchRecord::to)
                    .containsExactly("tun1", "tun2", "tun3");
        }
    }

    @Test
    void storesDecisionScoresAsJsonThatScriptsCanRead() throws Exception {
        Path db = dir.resolve("h.db");
        try (HistoryStore h = HistoryStore.open(db)) {
            h.recordDecision("r", T0, Decision.stay("tun0", "nothing better"), Map.of("tun1", 0.25, "tun0", 0.5), false);
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement();
                var rs = st.executeQuery("SELECT scores FROM decision")) {
            assertThat(rs.next()).isTrue();
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(rs.getString(1));
            assertThat(json.get("tun0").asDouble()).isEqualTo(0.5);
            assertThat(json.get("tun1").asDouble()).isEqualTo(0.25);
        }
    }

    @Test
    void appendAllWritesABatchAndDataSurvivesReopen() throws Exception {
        Path db = dir.resolve("h.db");
        List<Sample> batch = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            batch.add(sample("tun0", i, 20.0));
        }
        try (HistoryStore h = HistoryStore.open(db)) {
            h.appendAll("r", batch);
        }
        try (HistoryStore h = HistoryStore.open(db)) {
            assertThat(h.countSamples()).isEqualTo(2500);
        }
    }

    @Test
    void aStoredMetricThatIsNotAFiniteNonNegativeNumberReadsAsNotMeasured() throws Exception {
        Path db = dir.resolve("h.db");
        try (HistoryStore h = HistoryStore.open(db)) {
            h.append("r", sample("tun0", 1, 30.0));
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            // As an older build or a hand-edited file could have stored them: infinity, a negative rate, a loss of 150 %.
            st.executeUpdate("INSERT INTO sample(router, time_ms, tunnel, latency_ms, loss_percent, download_mbps, upload_mbps) "
                    + "VALUES ('r', " + T0.plusSeconds(2).toEpochMilli() + ", 'tun0', 9e999, 0, 5, 5), "
                    + "('r', " + T0.plusSeconds(3).toEpochMilli() + ", 'tun0', 20, 0, -4, 5), "
                    + "('r', " + T0.plusSeconds(4).toEpochMilli() + ", 'tun0', 20, 150, 5, 5)");
        }
        try (HistoryStore h = HistoryStore.open(db)) {
            List<Sample> all = h.newest("r", "tun0", 10);
            assertThat(all).hasSize(4);
            Sample lossy = all.get(0);
            assertThat(lossy.lossPercent()).isNull();
            assertThat(lossy.isGood()).isFalse();
            assertThat(lossy.error()).contains("stored loss_percent is 150.0 %, above 100 %, read as not measured");
            Sample negative = all.get(1);
            assertThat(negative.downloadMbps()).isNull();
            assertThat(negative.isGood()).isTrue();
            assertThat(negative.error()).contains("download_mbps is negative");
            Sample infinite = all.get(2);
            assertThat(infinite.latencyMs()).isNull();
            assertThat(infinite.error()).contains("latency_ms is Infinity, not a finite number");
            assertThat(h.newestGood("r", "tun0", 10)).extracting(Sample::time).containsExactly(T0.plusSeconds(3), T0.plusSeconds(1));
        }
    }
}
