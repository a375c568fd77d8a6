package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.LinkStatus;
import io.github.vpnfailover.core.LivenessTargetSource;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Sample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Notices, after each cycle, that no liveness target answers through any tunnel while the cycle's own pings
 * through them do (decision 0121): then the targets are unreachable, not the tunnels. It says so every such
 * cycle, naming the targets, and shows those tunnels as {@link LinkCondition#NO_TARGET_ANSWERS}, never as down.
 */
final class UnansweredWatch {

    private final List<String> targets;
    private final LivenessTargetSource source;

    UnansweredWatch(FastFailover fast) {
        this.targets = fast.settings().targets();
        this.source = fast.source();
    }

    /** The events to publish after a cycle: none while liveness is not silent or no cycle ping answered. */
    List<EngineEvent> check(FastPath path, Map<String, Sample> latest, MeasureSettings measure, Instant now) {
        Set<String> tunnels = path.judgeUnanswered(latest);
        if (tunnels.isEmpty()) {
            return List.of();
        }
        List<EngineEvent> out = new ArrayList<>();
        out.add(new EngineEvent.LivenessUnansweredEvent(now, targets, source, measure.pingTargets(), List.copyOf(tunnels)));
        Map<String, LinkStatus> links = path.snapshot();
        for (String t : tunnels) {
            LinkStatus s = shown(links.get(t));
            out.add(new EngineEvent.LivenessEvent(now, t, s.condition().tunnelState(), null, s.condition(), s.lossPercent(), s.reason()));
        }
        return out;
    }

    /** How a tunnel DOWN only by unanswered targets is shown: its own condition, no round trip. */
    LinkStatus shown(LinkStatus raw) {
        return new LinkStatus(LinkCondition.NO_TARGET_ANSWERS, null, raw == null ? null : raw.lossPercent(),
                "no liveness target answers (" + String.join(", ", targets) + "), but the cycle's pings through this tunnel do");
    }
}
