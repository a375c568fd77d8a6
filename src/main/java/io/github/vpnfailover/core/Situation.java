package io.github.vpnfailover.core;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the decider looks at: the active tunnel (null when none), the tunnels that exist now, their scores,
 * each tunnel's latest sample, the tunnels the liveness monitor says are down, and the tunnels the operator took
 * out of rotation by hand ({@code held}, decision 0221).
 */
public record Situation(String active, List<String> tunnels, ScoreBoard scores,
                        Map<String, Sample> latest, Set<String> liveDown, Set<String> held) {

    public Situation {
        tunnels = List.copyOf(tunnels);
        latest = Map.copyOf(latest);
        liveDown = Set.copyOf(liveDown);
        held = Set.copyOf(held);
    }

    /** A situation without operator holds. */
    public Situation(String active, List<String> tunnels, ScoreBoard scores, Map<String, Sample> latest, Set<String> liveDown) {
        this(active, tunnels, scores, latest, liveDown, Set.of());
    }

    /** Down: the liveness monitor says so, or its latest measurement got no answer. */
    public boolean isDown(String tunnel) {
        Sample s = latest.get(tunnel);
        return liveDown.contains(tunnel) || (s != null && !s.isGood());
    }

    /** "wg0 is down", with the WireGuard handshake's part when that is why (decision 0180). */
    public String downReason(String tunnel) {
        Sample s = latest.get(tunnel);
        boolean byHandshake = HandshakeRule.down(s) && !liveDown.contains(tunnel)
                && s.latencyMs() != null && s.lossPercent() != null && s.lossPercent() < 100.0;
        return tunnel + " is down" + (byHandshake ? ": " + HandshakeRule.describe(s) + ", though its pings answered" : "");
    }

    /** Exists, is not down, not held and has a score: may be switched to for quality. */
    public boolean isEligible(String tunnel) {
        return tunnels.contains(tunnel) && !isDown(tunnel) && !held.contains(tunnel) && MetricRange.isScore(scores.score(tunnel));
    }

    /** Answered its latest measurement, is not down and not held: a last-resort failover target. */
    public boolean answered(String tunnel) {
        Sample s = latest.get(tunnel);
        return tunnels.contains(tunnel) && s != null && s.isGood() && MetricRange.problem(s) == null && !liveDown.contains(tunnel)
                && !held.contains(tunnel);
    }
}
