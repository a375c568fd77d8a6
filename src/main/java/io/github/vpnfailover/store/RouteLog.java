package io.github.vpnfailover.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vpnfailover.core.Decision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The {@code decision} and {@code switch_log} tables of the history: what was decided, and every route change. */
final class RouteLog {

    private static final ObjectMapper COMPACT_JSON = new ObjectMapper();
    private static final String SWITCH_COLUMNS = "SELECT time_ms, from_tunnel, to_tunnel, verified, manual, reason FROM switch_log ";

    private final Connection db;

    RouteLog(Connection db) {
        this.db = db;
    }

    void recordDecision(String router, Instant time, Decision d, Map<String, Double> scores, boolean applied) throws StoreException {
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
            return COMPACT_JSON.writeValueAsString(new TreeMap<>(scores));
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot encode scores: " + e.getMessage(), e);
        }
    }

    void recordSwitch(String router, SwitchRecord r) throws StoreException {
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

    List<SwitchRecord> recentSwitches(String router, int limit) throws StoreException {
        try (PreparedStatement ps = db.prepareStatement(SWITCH_COLUMNS + "WHERE router=? ORDER BY time_ms DESC, id DESC LIMIT ?")) {
            ps.setString(1, router);
            ps.setInt(2, limit);
            return switches(ps);
        } catch (SQLException e) {
            throw new StoreException("cannot read switches: " + e.getMessage(), e);
        }
    }

    List<SwitchRecord> switchesBetween(String router, Instant from, Instant to, int limit) throws StoreException {
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

    List<String> recentDecisionReasons(String router, int limit) throws StoreException {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT kind || ': ' || reason FROM decision WHERE router=? ORDER BY time_ms DESC, id DESC LIMIT ?")) {
            ps.setString(1, router);
            ps.setInt(2, limit);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read decisions: " + e.getMessage(), e);
        }
    }
}
