package io.github.vpnfailover.store;

import java.sql.SQLException;
import java.sql.Statement;

/** The history tables and indexes (version 1). */
final class HistorySchema {

    static final int VERSION = 1;

    private HistorySchema() {
    }

    static void create(Statement st) throws SQLException {
        st.execute("""
                CREATE TABLE IF NOT EXISTS sample(
                  id INTEGER PRIMARY KEY,
                  router TEXT NOT NULL,
                  time_ms INTEGER NOT NULL,
                  tunnel TEXT NOT NULL,
                  latency_ms REAL, latency_min_ms REAL, latency_max_ms REAL, jitter_ms REAL,
                  loss_percent REAL, download_mbps REAL, upload_mbps REAL,
                  error TEXT)""");
        // Serves "newest N of a tunnel" (walked backwards) and "time range of a tunnel"; appends land at the
        // right edge of their tunnel's range, so their cost grows only with the tree height (log n).
        st.execute("CREATE INDEX IF NOT EXISTS sample_by_tunnel_time ON sample(router, tunnel, time_ms)");
        st.execute("""
                CREATE TABLE IF NOT EXISTS decision(
                  id INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, router TEXT NOT NULL, kind TEXT NOT NULL,
                  active TEXT, target TEXT, reason TEXT NOT NULL, scores TEXT, applied INTEGER NOT NULL)""");
        st.execute("CREATE INDEX IF NOT EXISTS decision_by_time ON decision(router, time_ms)");
        st.execute("""
                CREATE TABLE IF NOT EXISTS switch_log(
                  id INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, router TEXT NOT NULL, from_tunnel TEXT,
                  to_tunnel TEXT NOT NULL, verified INTEGER NOT NULL, manual INTEGER NOT NULL, reason TEXT)""");
        st.execute("CREATE INDEX IF NOT EXISTS switch_by_time ON switch_log(router, time_ms)");
        st.execute("PRAGMA user_version=" + VERSION);
    }
}
