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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The liveness view the engine decides with: each tunnel's latest {@link LinkStatus} and the quarantine.
 * It says when a status change calls for an immediate failover, and picks the target: the best live tunnel,
 * or, when the monitor knows no live one, what the decider would pick from the slow cycle's data.
 */
final class FastPath {

    private final Map<String, LinkStatus> links = new ConcurrentHashMap<>();
    private final Quarantine quarantine;

    FastPath(Quarantine quarantine) {
        this.quarantine = quarantine;
    }

    /** Records {@code status}; true when the switch thread should fail over now. */
    boolean update(String tunnel, LinkStatus status, String active) {
        LinkStatus before = links.put(tunnel, status);
        boolean wasUsable = before == null || usableState(before);
        boolean nowUsable = usableState(status);
        if (tunnel.equals(active)) {
            return wasUsable && !nowUsable;
        }
        // a tunnel came back while the active one is dead: leave the dead one now rather than at the next cycle
        boolean cameUp = (before == null || !before.isUp()) && status.isUp();
        return cameUp && active != null && !usable(active);
    }

    /** Not down or degraded as far as the monitor knows, and not quarantined. */
    boolean usable(String tunnel) {
        LinkStatus s = links.get(tunnel);
        return (s == null || usableState(s)) && !quarantine.contains(tunnel);
    }

    /** The tunnels the decider must never pick: down, degraded or quarantined. */
    Set<String> blocked() {
        Set<String> out = new HashSet<>(quarantine.current());
        links.forEach((t, s) -> {
            if (!usableState(s)) {
                out.add(t);
            }
        });
        return out;
    }

    Decision decide(String active, Situation slowView, Policy policy, Decider decider) {
        String why = why(active);
        Decision live = LiveFailover.choose(active, why, links, slowView.scores(), quarantine.current());
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
