package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.Decider;
import io.github.vpnfailover.core.Decision;
import io.github.vpnfailover.core.DecisionKind;
import io.github.vpnfailover.core.LinkStatus;
import io.github.vpnfailover.core.LiveFailover;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Quarantine;
import io.github.vpnfailover.core.Situation;
import io.github.vpnfailover.core.TunnelState;
import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.Sample;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The liveness view the engine decides with: each tunnel's latest {@link LinkStatus} and the quarantine.
 * It says when a status change calls for an immediate failover, and picks the target: the best live tunnel,
 * or, when the monitor knows no live one, what the decider would pick from the slow cycle's data. When every
 * tunnel is DOWN by liveness ("silent"), that says more about the targets than the tunnels: liveness then
 * blocks nothing and the cycle's own pings decide (decision 0121).
 */
final class FastPath {

    private final Map<String, LinkStatus> links = new ConcurrentHashMap<>();
    private final Map<String, Instant> downSince = new ConcurrentHashMap<>();
    private volatile List<String> tunnels = List.of();
    private volatile Set<String> unanswered = Set.of();
    private final Quarantine quarantine;

    FastPath(Quarantine quarantine) {
        this.quarantine = quarantine;
    }

    /** Records {@code status} (as of {@code now}); true when the switch thread should fail over now. */
    boolean update(String tunnel, LinkStatus status, String active, Instant now) {
        LinkStatus before = links.put(tunnel, status);
        if (status.condition() == LinkCondition.DOWN) {
            downSince.putIfAbsent(tunnel, now);
        } else {
            downSince.remove(tunnel);
            unanswered = Set.of();
        }
        boolean wasUsable = before == null || usableState(before);
        boolean nowUsable = usableState(status);
        if (tunnel.equals(active)) {
            return wasUsable && !nowUsable;
        }
        // a tunnel came back while the active one is dead: leave the dead one now rather than at the next cycle
        boolean cameUp = (before == null || !before.isUp()) && status.isUp();
        return cameUp && active != null && !usable(active);
    }

    /** Not down or degraded as far as the monitor knows (a silent monitor knows nothing), and not quarantined. */
    boolean usable(String tunnel) {
        LinkStatus s = links.get(tunnel);
        return (s == null || usableState(s) || silent()) && !quarantine.contains(tunnel);
    }

    /** The engine's current tunnels: silence is judged over them. */
    void tunnels(List<String> names) {
        tunnels = List.copyOf(names);
    }

    /** Every tunnel is DOWN by liveness: no target answers through any of them. */
    boolean silent() {
        List<String> names = tunnels.isEmpty() ? List.copyOf(links.keySet()) : tunnels;
        return !names.isEmpty() && names.stream().allMatch(t -> links.get(t) != null
                && links.get(t).condition() == LinkCondition.DOWN);
    }

    /**
     * No other tunnel is up by liveness and the monitor has one still without a verdict (UNKNOWN: it just started):
     * a fast failover would guess from old data, so it waits for that verdict, which calls it again. A tunnel the
     * monitor does not watch at all does not hold it back.
     */
    boolean othersUnjudged(String active) {
        boolean otherUp = links.entrySet().stream().anyMatch(e -> !e.getKey().equals(active) && e.getValue().isUp());
        return !otherUp && links.entrySet().stream().anyMatch(e -> !e.getKey().equals(active)
                && e.getValue().condition() == LinkCondition.UNKNOWN);
    }

    /**
     * After a cycle: while liveness is silent, the tunnels whose cycle pings answered after liveness called them
     * down (so the targets, not the tunnels, are what does not answer). Empty when liveness is not silent.
     */
    Set<String> judgeUnanswered(Map<String, Sample> latest) {
        java.util.SortedSet<String> out = new TreeSet<>();
        if (silent()) {
            for (String t : tunnels) {
                Sample s = latest.get(t);
                Instant down = downSince.get(t);
                if (s != null && s.latencyMs() != null && down != null && s.time().isAfter(down)) {
                    out.add(t);
                }
            }
        }
        unanswered = java.util.Collections.unmodifiableSortedSet(out);
        return unanswered;
    }

    /** Whether {@code tunnel} is DOWN by liveness only because no target answers (see {@link #judgeUnanswered}). */
    boolean unanswered(String tunnel) {
        LinkStatus s = links.get(tunnel);
        return unanswered.contains(tunnel) && s != null && s.condition() == LinkCondition.DOWN;
    }

    /** The tunnels the decider must never pick: down, degraded or quarantined (down counts only while not silent). */
    Set<String> blocked() {
        Set<String> out = new HashSet<>(quarantine.current());
        if (silent()) {
            return out;
        }
        links.forEach((t, s) -> {
            if (!usableState(s)) {
                out.add(t);
            }
        });
        return out;
    }

    Decision decide(String active, Situation slowView, Policy policy, Decider decider) {
        String why = why(active);
        Set<String> never = new HashSet<>(quarantine.current());
        never.addAll(slowView.held());
        Decision live = LiveFailover.choose(active, why, links, slowView.scores(), never);
        if (live.kind() != DecisionKind.STAY) {
            return live;
        }
        Decision fallback = decider.decide(slowView, policy);
        return fallback.kind() == DecisionKind.STAY ? live : fallback;
    }

    Map<String, LinkStatus> snapshot() {
        return Map.copyOf(links);
    }

    private String why(String active) {
        LinkStatus s = links.get(active);
        if (quarantine.contains(active)) {
            return active + " failed its commit-confirm";
        }
        return s == null ? active + " is down" : active + " is " + s.condition().name().toLowerCase(java.util.Locale.ROOT)
                + " (" + s.reason() + ")";
    }

    private static boolean usableState(LinkStatus s) {
        return s.condition().tunnelState() != TunnelState.DOWN;
    }
}
