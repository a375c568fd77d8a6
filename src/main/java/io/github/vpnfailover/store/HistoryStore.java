package io.github.vpnfailover.store;

import io.github.vpnfailover.core.Decision;
import io.github.vpnfailover.core.Sample;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The measurement history in SQLite (WAL): every sample, decision and switch. One connection, used by one
 * thread at a time; the (router, tunnel, time) index keeps "newest N" and "time range" queries and appends
 * at a cost that does not grow with the table. Opening is {@link HistoryOpener}'s job, rows {@link SampleRows}'
 * and the decision and switch tables {@link RouteLog}'s.
 */
public final class HistoryStore implements AutoCloseable {

    private static final String SELECT = "SELECT " + SampleRows.COLUMNS + " FROM sample WHERE router=? AND tunnel=? ";

    private final Connection db;
    private final Path file;
    private final RouteLog routes;
    /** Prepared once and reused; dropped after a failed write (see {@link #insert()}). */
    private PreparedStatement insertSample;

    private HistoryStore(Connection db, Path file) {
        this.db = db;
        this.file = file;
        this.routes = new RouteLog(db);
    }

    /**
     * Opens (creating 0600 if needed) the database at {@code file} and brings its schema up to date. Throws
     * {@link CorruptHistoryException} when the file is not a readable SQLite database, and a plain
     * {@link StoreException} when a newer app wrote it; neither case changes the file.
     */
    public static HistoryStore open(Path file) throws StoreException {
        return new HistoryStore(HistoryOpener.connect(file), file);
    }

    /**
     * Opens the history; when the file is unreadable it is moved aside with its -wal and -shm (see
     * {@link KeepAside}) and a new, empty history is started. The result says where the old one went.
     */
    public static HistoryOpen openOrKeepAside(Path file, Clock clock) throws StoreException {
        return HistoryOpener.openOrKeepAside(file, clock);
    }

    /**
     * The insert statement. After a failed write (SQLITE_FULL) sqlite-jdbc leaves the statement unusable
     * ("statement is not executing") for good, so a failure drops it and the next write prepares a new one:
     * without this the history would stay unsaved after the disk has space again.
     */
    private PreparedStatement insert() throws SQLException {
        if (insertSample == null) {
            insertSample = db.prepareStatement("INSERT INTO sample(router, " + SampleRows.COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)");
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

    public Path file() {
        return file;
    }

    /** Appends one sample in its own transaction. */
    public synchronized void append(String router, Sample s) throws StoreException {
        try {
            PreparedStatement ps = insert();
            SampleRows.bind(ps, router, s);
            ps.executeUpdate();
        } catch (SQLException e) {
            dropInsert();
            throw new StoreException("cannot store sample of " + s.tunnel() + ": " + e.getMessage(), e);
        }
    }

    /** Appends many samples in one transaction (tests, benchmarks); imports use {@link #beginImport}. */
    public synchronized void appendAll(String router, Iterable<Sample> samples) throws StoreException {
        try {
            db.setAutoCommit(false);
            try {
                PreparedStatement ps = insert();
                int n = 0;
                for (Sample s : samples) {
                    SampleRows.bind(ps, router, s);
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

    /**
     * Starts an import that skips samples already stored under the same (router, tunnel, time). Until it is
     * committed or closed, this store must not be used for anything else.
     */
    public synchronized HistoryImport beginImport(String router) throws StoreException {
        return new HistoryImport(db, router);
    }

    /** The newest {@code n} samples of a tunnel, newest first. */
    public synchronized List<Sample> newest(String router, String tunnel, int n) throws StoreException {
        return query(SELECT + "ORDER BY time_ms DESC, id DESC LIMIT ?", router, tunnel, n);
    }

    /** The newest {@code n} good samples (answered pings, metrics in range) of a tunnel, newest first. */
    public synchronized List<Sample> newestGood(String router, String tunnel, int n) throws StoreException {
        return query(SELECT + "AND " + SampleRows.GOOD + " ORDER BY time_ms DESC, id DESC LIMIT ?", router, tunnel, n);
    }

    /** Samples of a tunnel in [from, to), oldest first. */
    public synchronized List<Sample> range(String router, String tunnel, Instant from, Instant to) throws StoreException {
        return query(SELECT + "AND time_ms>=? AND time_ms<? ORDER BY time_ms, id", router, tunnel, from.toEpochMilli(), to.toEpochMilli());
    }

    /** Streams every sample of a tunnel, newest first, without holding them all in memory. */
    public synchronized void forEachNewestFirst(String router, String tunnel, Consumer<Sample> action) throws StoreException {
        try (PreparedStatement ps = db.prepareStatement(SELECT + "ORDER BY time_ms DESC, id DESC")) {
            ps.setString(1, router);
            ps.setString(2, tunnel);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    action.accept(SampleRows.read(rs));
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
        return strings("SELECT DISTINCT tunnel FROM sample WHERE router=? ORDER BY tunnel", router);
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
        routes.recordDecision(router, time, d, scores, applied);
    }

    /** Keeps a route change (or a failed attempt) with its reason. */
    public synchronized void recordSwitch(String router, SwitchRecord r) throws StoreException {
        routes.recordSwitch(router, r);
    }

    /** The newest {@code limit} switches of a router, newest first. */
    public synchronized List<SwitchRecord> recentSwitches(String router, int limit) throws StoreException {
        return routes.recentSwitches(router, limit);
    }

    /** A router's route changes in [from, to), oldest first, at most {@code limit} (switch markers on the charts). */
    public synchronized List<SwitchRecord> switchesBetween(String router, Instant from, Instant to, int limit) throws StoreException {
        return routes.switchesBetween(router, from, to, limit);
    }

    /** The newest {@code limit} decisions' reasons of a router, newest first (for the log view). */
    public synchronized List<String> recentDecisionReasons(String router, int limit) throws StoreException {
        return routes.recentDecisionReasons(router, limit);
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
                    out.add(SampleRows.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read history: " + e.getMessage(), e);
        }
    }

    private List<String> strings(String sql, Object... args) throws StoreException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read history: " + e.getMessage(), e);
        }
    }
}
