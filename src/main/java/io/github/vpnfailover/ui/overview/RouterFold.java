package io.github.vpnfailover.ui.overview;

import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.engine.ConnectionState;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.engine.SwitchKind;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One router's summary in plain fields: each engine event is folded in O(1) (a field or one map entry), whatever
 * the number of routers; the worst tunnel is found once per batch, when the row is published.
 */
final class RouterFold {

    /** Worst first: the order the overview ranks a router's tunnels in. */
    private static final List<LinkCondition> SEVERITY = List.of(LinkCondition.DOWN, LinkCondition.DEGRADED,
            LinkCondition.NO_TARGET_ANSWERS, LinkCondition.UNKNOWN, LinkCondition.UP);

    ConnectionState link = ConnectionState.CONNECTING;
    String linkDetail;
    String active;
    Instant lastSwitch;
    SwitchKind lastSwitchKind;
    String lastSwitchReason;
    long samples;
    Instant lastSample;
    /** Each tunnel's newest condition: from liveness when it reports one, else from the cycle's sample. */
    private final Map<String, LinkCondition> tunnels = new HashMap<>();

    void fold(EngineEvent e) {
        if (e instanceof EngineEvent.SampleEvent s) {
            samples++;
            lastSample = s.time();
            tunnels.put(s.sample().tunnel(), s.sample().isGood() ? LinkCondition.UP : LinkCondition.DOWN);
        } else if (e instanceof EngineEvent.LivenessEvent l) {
            tunnels.put(l.tunnel(), l.condition() != null ? l.condition() : condition(l.state()));
        } else if (e instanceof EngineEvent.ConnectionEvent c) {
            link = c.state();
            linkDetail = c.detail();
        } else if (e instanceof EngineEvent.WindowEvent w) {
            active = w.active();
            tunnels.keySet().retainAll(w.tunnels());
        } else if (e instanceof EngineEvent.SwitchEvent s) {
            lastSwitch = s.time();
            lastSwitchKind = s.kind();
            lastSwitchReason = s.verified() ? s.reason() : "not verified: " + s.reason();
            if (s.verified()) {
                active = s.to();
            }
        }
    }

    /** UNKNOWN while the link is down: the tunnels' last conditions are no longer known. */
    LinkCondition worst() {
        if (!linkUp()) {
            return LinkCondition.UNKNOWN;
        }
        return tunnels.values().stream().min((a, b) -> SEVERITY.indexOf(a) - SEVERITY.indexOf(b)).orElse(LinkCondition.UNKNOWN);
    }

    /** The tunnel with the worst condition (the first by name among equals), null when none is known. */
    String worstTunnel() {
        if (!linkUp()) {
            return null;
        }
        LinkCondition w = worst();
        return tunnels.entrySet().stream().filter(t -> t.getValue() == w).map(Map.Entry::getKey).sorted().findFirst().orElse(null);
    }

    /** How many tunnels the router has, as far as the overview knows. */
    int tunnelCount() {
        return tunnels.size();
    }

    private boolean linkUp() {
        return link == ConnectionState.CONNECTED || link == ConnectionState.CONNECTING;
    }

    private static LinkCondition condition(io.github.vpnfailover.core.TunnelState s) {
        return switch (s == null ? io.github.vpnfailover.core.TunnelState.UNKNOWN : s) {
            case UP -> LinkCondition.UP;
            case DOWN -> LinkCondition.DOWN;
            case UNKNOWN -> LinkCondition.UNKNOWN;
        };
    }
}
