package io.github.vpnfailover.store;

import io.github.vpnfailover.core.Decision;
import io.github.vpnfailover.core.Sample;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The measurement history in SQLite (WAL): every sample, decision and switch. One connection, used by one
 * thread at a time; the (router, tunnel, time) index keeps "newest N" and "time range" queries and appends
 * at a cost that does not grow with the table.
 */
public final class HistoryStore implements AutoCloseable {

    private static final com.fasterxml.jackson.databind.ObjectMapper COMPACT_JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static final String COLUMNS = "time_ms, tunnel, latency_ms, latency_min_ms, latency_max_ms, jitter_ms, "
            + "loss_percent, download_mbps, upload_mbps, error";

    private final Connection db;
    private final Path file;
    /** Prepared once and reused; dropped after a failed write (see {@link #insert()}). */
    private PreparedStatement insertSample;

    private HistoryStore(Connection db, Path file) {
        this.db = db;
        this.file = file;
    }

    /**
     * The insert statement. After a failed write (SQLITE_FULL) sqlite-jdbc leaves the statement unusable
     * ("statement is not executing") for good, so a failure drops it and the next write prepares a new one:
     * without this the history would stay unsaved after the disk has space again.
     */
    private PreparedStatement insert() throws SQLException {
        if (insertSample == null) {
            insertSample = db.prepareStatement("INSERT INTO sample(router, " + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        }
        return insertSample;
    }

    private void dropInsert() {
        if (insertSample != null) {
            try {
                insertSample.close();
            } catch (SQLException ignored) {
                // it failed already; a new one is prepared on the next write
            }
            insertSample = null;
        }
    }

    /**
     * Opens (creating 0600 if needed) the database at {@code file} and brings its schema up to date. Throws
     * {@link CorruptHistoryException} when the file is not a readable SQLite database, and a plain
     * {@link StoreException} when a newer app wrote it; neither case changes the file.
     */
    public static HistoryStore open(Path file) throws StoreException {
        Connection c = null;
        try {
            SecureFiles.ensureFile(file);
            String header = headerProblem(file);
            if (header != null) {
                // Refused before SQLite opens it: SQLite would otherwise clean up a "-wal" beside it on close.
                throw new CorruptHistoryException(file + " is not a readable history database: " + header, null);
            }
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = c.createStatement()) {
                // Read first: a damaged or foreign file fails here, before anything is written to it.
                int version = userVersion(st);
                if (version > HistorySchema.VERSION) {
                    throw new StoreException(file + " was written by a newer version of the app (history schema " + version
                            + ", this app knows " + HistorySchema.VERSION + "); it is left untouched");
                }
                st.execute("PRAGMA journal_mode=WAL");
                // NORMAL in WAL mode survives a killed process; only a power cut can lose the last commits.
                st.execute("PRAGMA synchronous=NORMAL");
                st.execute("PRAGMA busy_timeout=5000");
                // 16 MiB of page cache keeps every interior page of the index in memory even at 10 M rows.
                st.execute("PRAGMA cache_size=-16384");
                HistorySchema.create(st);
            }
            return new HistoryStore(c, file);
        } catch (IOException | SQLException | StoreException e) {
            closeQuietly(c);
            if (e instanceof SQLException sql && isCorrupt(sql)) {
                throw new CorruptHistoryException(file + " is not a readable history database: " + e.getMessage(), e);
            }
            throw e instanceof StoreException se ? se : new StoreException("cannot open history " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the history; when the file is unreadable it is moved aside with its -wal and -shm (see
     * {@link KeepAside}) and a new, empty history is started. The result says where the old one went.
     */
    public static HistoryOpen openOrKeepAside(Path file, java.time.Clock clock) throws StoreException {
        try {
            return new HistoryOpen(open(file), null, null);
        } catch (CorruptHistoryException e) {
            Path aside;
            try {
                aside = KeepAside.move(file, clock, "-wal", "-shm");
            } catch (IOException io) {
                throw new StoreException(e.getMessage() + "; it could not be moved aside: " + io.getMessage(), io);
            }
            String problem = e.getCause() == null ? e.getMessage().replaceFirst("^.*: ", "") : e.getCause().getMessage();
            return new HistoryOpen(open(file), file + " could not be read (" + problem + "); kept as " + aside
                    + " and a new history was started", aside);
        }
    }

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Null for an empty (new) file or one that starts like an SQLite 3 database; else what is wrong. */
    private static String headerProblem(Path file) throws IOException {
        try (var in = java.nio.file.Files.newInputStream(file)) {
            byte[] head = in.readNBytes(MAGIC.length);
            if (head.length == 0) {
                return null;
            }
            return java.util.Arrays.equals(head, MAGIC) ? null : "file is not a database (no SQLite 3 header)";
        }
    }

    /** SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), also as extended codes. */
    private static boolean isCorrupt(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        return primary == 11 || primary == 26;
    }

    private static int userVersion(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing: the first error is the one to report
            }
        }
    }

    public Path file() {
        return file;
    }

    /** Appends one sample in its own transaction. */
    public synchronized void append(String router, Sample s) throws StoreException {
        try {
            PreparedStatement ps = insert();
            bind(ps, router, s);
            ps.executeUpdate();
        } catch (SQLException e) {
            dropInsert();
            throw new StoreException("cannot store sample of " + s.tunnel() + ": " + e.getMessage(), e);
        }
    }

    /** Appends many samples in one transaction (imports, tests). */
    public synchronized void appendAll(String router, Iterable<Sample> samples) throws StoreException {
        try {
            db.setAutoCommit(false);
            try {
                PreparedStatement ps = insert();
                int n = 0;
                for (Sample s : samples) {
                    bind(ps, router, s);
                    ps.addBatch();
                    if (++n % 10_000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
                db.commit();
            } catch (SQLException e) {
                dropInsert();
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store samples: " + e.getMessage(), e);
        }
    }

    /** The newest {@code n} samples of a tunnel, newest first. */
    public synchronized List<Sample> newest(String router, String tunnel, int n) throws StoreException {
        return query("SELECT " + COLUMNS + " FROM sample WHERE router=? AND tunnel=? ORDER BY time_ms DESC, id DESC LIMIT ?",
                router, tunnel, n);
    }

    /** The newest {@code n} good samples (answered pings) of a tunnel, newest first. */
    public synchronized List<Sample> newestGood(String router, String tunnel, int n) throws StoreException {
        return query("SELECT " + COLUMNS + " FROM sample WHERE router=? AND tunnel=? AND latency_ms IS NOT NULL "
                + "AND loss_percent < 100 ORDER BY time_ms DESC, id DESC LIMIT ?", router, tunnel, n);
    }

    /** Samples of a tunnel in [from, to), oldest first. */
    public synchronized List<Sample> range(String router, String tunnel, Instant from, Instant to) throws StoreException {
        return query("SELECT " + COLUMNS + " FROM sample WHERE router=? AND tunnel=? AND time_ms>=? AND time_ms<? ORDER BY time_ms, id",
                router, tunnel, from.toEpochMilli(), to.toEpochMilli());
    }

    /** Streams every sample of a tunnel, newest first, without holding them all in memory. */
    public synchronized void forEachNewestFirst(String router, String tunnel, Consumer<Sample> action) throws StoreException {
        try (PreparedStatement ps = db.prepareStatement("SELECT " + COLUMNS
                + " FROM sample WHERE router=? AND tunnel=? ORDER BY time_ms DESC, id DESC")) {
            ps.setString(1, router);
            ps.setString(2, tunnel);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    action.accept(read(rs));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read history: " + e.getMessage(), e);
        }
    }

    /** The routers that have samples. */
    public synchronized List<String> routers() throws StoreException {
        return strings("SELECT DISTINCT router FROM sample ORDER BY router");
    }

    /** The tunnels of a router that have samples. */
    public synchronized List<String> tunnels(String router) throws StoreException {
        try (PreparedStatement ps = db.prepareStatement("SELECT DISTINCT tunnel FROM sample WHERE router=? ORDER BY tunnel")) {
            ps.setString(1, router);
            return strings(ps);
        } catch (SQLException e) {
            throw new StoreException("cannot read tunnels: " + e.getMessage(), e);
        }
    }

    public synchronized long countSamples() throws StoreException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM sample")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("cannot count samples: " + e.getMessage(), e);
        }
    }

    /** Keeps a decision; {@code applied} false means it was only recommended. */
    public synchronized void recordDecision(String router, Instant time, Decision d, Map<String, Double> scores, boolean applied)
            throws StoreException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO decision(time_ms, router, kind, active, target, reason, "
                + "scores, applied) VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, time.toEpochMilli());
            ps.setString(2, router);
            ps.setString(3, d.kind().name());
            ps.setString(4, d.active());
            ps.setString(5, d.target());
            ps.setString(6, d.reason());
            ps.setString(7, scores == null ? null : scoresJson(scores));
            ps.setInt(8, applied ? 1 : 0);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot store decision: " + e.getMessage(), e);
        }
    }

    // JSON, not Map.toString, so scripts reading the table can parse it ("{"tun0":0.91}").
    private static String scoresJson(Map<String, Double> scores) throws StoreException {
        try {
            return COMPACT_JSON.writeValueAsString(new java.util.TreeMap<>(scores));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException("cannot encode scores: " + e.getMessage(), e);
        }
    }

    /** Keeps a route change (or a failed attempt) with its reason. */
    public synchronized void recordSwitch(String router, SwitchRecord r) throws StoreException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO switch_log(time_ms, router, from_tunnel, to_tunnel, "
                + "verified, manual, reason) VALUES (?,?,?,?,?,?,?)")) {
            ps.setLong(1, r.time().toEpochMilli());
            ps.setString(2, router);
            ps.setString(3, r.from());
            ps.setString(4, r.to());
            ps.setInt(5, r.verified() ? 1 : 0);
            ps.setInt(6, r.manual() ? 1 : 0);
            ps.setString(7, r.reason());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot store switch: " + e.getMessage(), e);
        }
    }

    private static final String SWITCH_COLUMNS = "SELECT time_ms, from_tunnel, to_tunnel, verified, manual, reason FROM switch_log ";

    /** The newest {@code limit} switches of a router, newest first. */
    public synchronized List<SwitchRecord> recentSwitches(String router, int limit) throws StoreException {
        try (PreparedStatement ps = db.prepareStatement(SWITCH_COLUMNS + "WHERE router=? ORDER BY time_ms DESC, id DESC LIMIT ?")) {
            ps.setString(1, router);
            ps.setInt(2, limit);
            return switches(ps);
        } catch (SQLException e) {
            throw new StoreException("cannot read switches: " + e.getMessage(), e);
        }
    }

    /** A router's route changes in [from, to), oldest first, at most {@code limit} (switch markers on the charts). */
    public synchronized List<SwitchRecord> switchesBetween(String router, Instant from, Instant to, int limit) throws StoreException {
        try (PreparedStatement ps = db.prepareStatement(SWITCH_COLUMNS
                + "WHERE router=? AND time_ms >= ? AND time_ms < ? ORDER BY time_ms, id LIMIT ?")) {
            ps.setString(1, router);
            ps.setLong(2, from.toEpochMilli());
            ps.setLong(3, to.toEpochMilli());
            ps.setInt(4, limit);
            return switches(ps);
        } catch (SQLException e) {
            throw new StoreException("cannot read switches: " + e.getMessage(), e);
        }
    }

    private static List<SwitchRecord> switches(PreparedStatement ps) throws SQLException {
        List<SwitchRecord> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new SwitchRecord(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3),
                        rs.getInt(4) == 1, rs.getInt(5) == 1, rs.getString(6)));
            }
        }
        return out;
    }

    /** The newest {@code limit} decisions' reasons of a router, newest first (for the log view). */
    public synchronized List<String> recentDecisionReasons(String router, int limit) throws StoreException {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT kind || ': ' || reason FROM decision WHERE router=? ORDER BY time_ms DESC, id DESC LIMIT ?")) {
            ps.setString(1, router);
            ps.setInt(2, limit);
            return strings(ps);
        } catch (SQLException e) {
            throw new StoreException("cannot read decisions: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            dropInsert();
            db.close();
        } catch (SQLException ignored) {
            // closing: nothing left to save
        }
    }

    private List<Sample> query(String sql, Object... args) throws StoreException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Sample> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read history: " + e.getMessage(), e);
        }
    }

    private List<String> strings(String sql) throws StoreException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            return strings(ps);
        } catch (SQLException e) {
            throw new StoreException("cannot read history: " + e.getMessage(), e);
        }
    }

    private static List<String> strings(PreparedStatement ps) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void bind(PreparedStatement ps, String router, Sample s) throws SQLException {
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

    private static Sample read(ResultSet rs) throws SQLException {
        return new Sample(rs.getString(2), Instant.ofEpochMilli(rs.getLong(1)), dbl(rs, 3), dbl(rs, 4), dbl(rs, 5),
                dbl(rs, 6), dbl(rs, 7), dbl(rs, 8), dbl(rs, 9), rs.getString(10));
    }

    private static Double dbl(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }
}
