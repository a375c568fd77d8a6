package io.github.vpnfailover.store;

import io.github.vpnfailover.core.Sample;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One import into the history, as one transaction: a sample whose (router, tunnel, time) is already stored,
 * or came earlier in the same import, is skipped, so importing a file twice adds nothing. Nothing is visible to
 * others until {@link #commit()}; closing without it rolls everything back (decision 0100).
 */
public final class HistoryImport implements AutoCloseable {

    private final Connection db;
    private final String router;
    private final PreparedStatement insert;
    private boolean done;
    private int added;
    private int skipped;

    HistoryImport(Connection db, String router) throws StoreException {
        this.db = db;
        this.router = router;
        PreparedStatement ps;
        try {
            db.setAutoCommit(false);
            // The (router, tunnel, time_ms) index answers the NOT EXISTS, so each row costs one index lookup.
            ps = db.prepareStatement("INSERT INTO sample(router, " + SampleRows.COLUMNS + ") SELECT ?,?,?,?,?,?,?,?,?,?,? "
                    + "WHERE NOT EXISTS (SELECT 1 FROM sample WHERE router=? AND tunnel=? AND time_ms=?)");
        } catch (SQLException e) {
            try {
                db.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the first error is the one to report
            }
            throw new StoreException("cannot start the import: " + e.getMessage(), e);
        }
        insert = ps;
    }

    /** Adds each sample that is not stored yet. */
    public void add(Iterable<Sample> samples) throws StoreException {
        try {
            for (Sample s : samples) {
                SampleRows.bind(insert, router, s);
                insert.setString(12, router);
                insert.setString(13, s.tunnel());
                insert.setLong(14, s.time().toEpochMilli());
                if (insert.executeUpdate() == 1) {
                    added++;
                } else {
                    skipped++;
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store samples: " + e.getMessage(), e);
        }
    }

    /** Samples added so far. */
    public int added() {
        return added;
    }

    /** Samples skipped so far: their (router, tunnel, time) was stored already. */
    public int skipped() {
        return skipped;
    }

    public void commit() throws StoreException {
        try {
            db.commit();
            done = true;
        } catch (SQLException e) {
            throw new StoreException("cannot store samples: " + e.getMessage(), e);
        }
    }

    /** Rolls back unless committed. */
    @Override
    public void close() {
        if (!done) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // nothing was committed: SQLite drops the transaction with the connection at the latest
            }
        }
        restore();
    }

    private void restore() {
        try {
            insert.close();
        } catch (SQLException ignored) {
            // a statement of a finished import
        }
        try {
            db.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the next use of the connection reports it
        }
    }
}
