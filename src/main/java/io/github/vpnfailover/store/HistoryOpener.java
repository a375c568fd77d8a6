package io.github.vpnfailover.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;

/** Opens history.db: refuses a file that is not SQLite or is from a newer app, sets WAL, brings the schema up to date. */
final class HistoryOpener {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private HistoryOpener() {
    }

    static Connection connect(Path file) throws StoreException {
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
            return c;
        } catch (IOException | SQLException | StoreException e) {
            closeQuietly(c);
            if (e instanceof SQLException sql && isCorrupt(sql)) {
                throw new CorruptHistoryException(file + " is not a readable history database: " + e.getMessage(), e);
            }
            throw e instanceof StoreException se ? se : new StoreException("cannot open history " + file + ": " + e.getMessage(), e);
        }
    }

    static HistoryOpen openOrKeepAside(Path file, Clock clock) throws StoreException {
        try {
            return new HistoryOpen(HistoryStore.open(file), null, null);
        } catch (CorruptHistoryException e) {
            Path aside;
            try {
                aside = KeepAside.move(file, clock, "-wal", "-shm");
            } catch (IOException io) {
                throw new StoreException(e.getMessage() + "; it could not be moved aside: " + io.getMessage(), io);
            }
            String problem = e.getCause() == null ? e.getMessage().replaceFirst("^.*: ", "") : e.getCause().getMessage();
            return new HistoryOpen(HistoryStore.open(file), file + " could not be read (" + problem + "); kept as " + aside
                    + " and a new history was started", aside);
        }
    }

    /** Null for an empty (new) file or one that starts like an SQLite 3 database; else what is wrong. */
    private static String headerProblem(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(MAGIC.length);
            if (head.length == 0) {
                return null;
            }
            return Arrays.equals(head, MAGIC) ? null : "file is not a database (no SQLite 3 header)";
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

    static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing: the first error is the one to report
            }
        }
    }
}
