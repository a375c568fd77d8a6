package io.github.vpnfailover.core;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fast path's choice when the active tunnel has just died: the best tunnel the liveness monitor says is up
 * and that is not quarantined. Best is the highest score when any candidate has one, else the lowest live round trip.
 */
public final class LiveFailover {

    private LiveFailover() {
    }

    public static Decision choose(String active, String why, Map<String, LinkStatus> links, ScoreBoard scores,
                                  Set<String> quarantined) {
        var live = links.entrySet().stream()
                .filter(e -> !e.getKey().equals(active) && e.getValue().isUp() && !quarantined.contains(e.getKey()))
                .toList();
        Optional<String> scored = live.stream().map(Map.Entry::getKey).filter(t -> scores.score(t) != null)
                .max(Comparator.comparingDouble(scores::score));
        if (scored.isPresent()) {
            return new Decision(DecisionKind.FAILOVER, active, scored.get(), why + ": failing over at once to "
                    + scored.get() + " (live, best score " + Decider.num(scores.score(scored.get())) + ")");
        }
        Optional<Map.Entry<String, LinkStatus>> fastest = live.stream()
                .min(Comparator.comparingDouble(e -> e.getValue().rttMs() == null ? Double.MAX_VALUE : e.getValue().rttMs()));
        if (fastest.isPresent()) {
            Double rtt = fastest.get().getValue().rttMs();
            return new Decision(DecisionKind.FAILOVER, active, fastest.get().getKey(), why + ": failing over at once to "
                    + fastest.get().getKey() + " (live" + (rtt == null ? "" : ", " + Decider.num(rtt) + " ms") + "; no live tunnel has a score yet)");
        }
        return Decision.stay(active, why + ", but no other tunnel is live" + (quarantined.isEmpty() ? "" : " and not quarantined")
                + ": nothing to fail over to");
    }
}
