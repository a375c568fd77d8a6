package io.github.vpnfailover.core;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The liveness state machine of one tunnel across its probe targets: up while at least {@code reliability}
 * targets are alive, down when too few can still be; in between (only at start) it keeps its last verdict.
 * With quality limits set, an up tunnel whose loss or latency crosses a fail level is DEGRADED until both are
 * back under the recover levels. Not thread-safe: the caller serializes calls. Time comes in as arguments.
 */
public final class LinkHealth {

    private static final int RTT_MEAN_OF = 5;

    private final LivenessSettings s;
    private final List<TargetHealth> targets = new ArrayList<>();
    /** The quality window: round trips in ms, NaN for a lost probe (ArrayDeque takes no nulls). */
    private final Deque<Double> window = new ArrayDeque<>();
    private final Deque<Double> recentRtts = new ArrayDeque<>();
    private LinkCondition condition = LinkCondition.UNKNOWN;
    private boolean degraded;
    private String qualityReason;
    private LinkStatus status = LinkStatus.unknown();

    public LinkHealth(LivenessSettings settings, Instant started) {
        this.s = settings;
        for (int i = 0; i < settings.targets().size(); i++) {
            targets.add(new TargetHealth(settings, started));
        }
    }

    /** An echo reply from target number {@code target} (its index in the settings). */
    public void answered(int target, long seq, double rttMs, Instant now) {
        int lost = targets.get(target).answered(seq, rttMs, now);
        for (int i = 0; i < lost; i++) {
            remember(Double.NaN);
        }
        boolean late = rttMs > s.timeoutMillis();
        remember(late ? Double.NaN : rttMs);
        if (!late) {
            recentRtts.addLast(rttMs);
            if (recentRtts.size() > RTT_MEAN_OF) {
                recentRtts.removeFirst();
            }
        }
    }

    /** A probe to target number {@code target} was reported lost (e.g. "Destination Host Unreachable"). */
    public void missed(int target, Instant now) {
        targets.get(target).missed();
    }

    /** Re-judges the tunnel at {@code now}; call it often (every 50 to 100 ms) so timeouts are seen promptly. */
    public LinkStatus evaluate(Instant now) {
        for (TargetHealth t : targets) {
            int fresh = t.evaluate(now);
            for (int i = 0; i < fresh; i++) {
                remember(Double.NaN);
            }
        }
        long alive = targets.stream().filter(t -> Boolean.TRUE.equals(t.alive())).count();
        long dead = targets.stream().filter(t -> Boolean.FALSE.equals(t.alive())).count();
        String reason;
        if (alive >= s.reliability()) {
            condition = LinkCondition.UP;
            reason = alive + " of " + targets.size() + " targets answer";
        } else if (targets.size() - dead < s.reliability()) {
            condition = LinkCondition.DOWN;
            reason = dead + " of " + targets.size() + " targets missed " + s.fall() + " probes in a row";
        } else {
            reason = condition == LinkCondition.UNKNOWN ? "waiting for " + s.rise() + " answers in a row" : status.reason();
        }
        Double loss = window.isEmpty() ? null : 100.0 * window.stream().filter(x -> x.isNaN()).count() / window.size();
        Double rtt = recentRtts.isEmpty() ? null : recentRtts.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        judgeQuality(loss);
        LinkCondition shown = condition == LinkCondition.UP && degraded ? LinkCondition.DEGRADED : condition;
        if (shown == LinkCondition.DEGRADED) {
            reason = qualityReason;
        }
        status = new LinkStatus(shown, rtt, loss, reason);
        return status;
    }

    /** When target number {@code target}'s newest answered probe was sent (null: none yet), for commit-confirm. */
    public Instant lastAnsweredSend(int target) {
        return targets.get(target).lastAnsweredSend();
    }

    public LinkStatus status() {
        return status;
    }

    private void judgeQuality(Double loss) {
        QualityThresholds q = s.quality();
        if (q == null || window.size() < Math.min(q.window(), 5)) {
            return;
        }
        double meanRtt = window.stream().filter(x -> !x.isNaN()).mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        if (!degraded) {
            if (q.failLossPercent() != null && loss >= q.failLossPercent()) {
                degraded = true;
                qualityReason = String.format(Locale.ROOT, "degraded: loss %.1f %% >= %.1f %%", loss, q.failLossPercent());
            } else if (q.failLatencyMs() != null && !Double.isNaN(meanRtt) && meanRtt >= q.failLatencyMs()) {
                degraded = true;
                qualityReason = String.format(Locale.ROOT, "degraded: latency %.1f ms >= %.1f ms", meanRtt, q.failLatencyMs());
            }
        } else {
            boolean lossOk = q.recoverLossPercent() == null || loss <= q.recoverLossPercent();
            boolean rttOk = q.recoverLatencyMs() == null || Double.isNaN(meanRtt) || meanRtt <= q.recoverLatencyMs();
            if (lossOk && rttOk) {
                degraded = false;
                qualityReason = null;
            }
        }
    }

    private void remember(double rttOrLost) {
        window.addLast(rttOrLost);
        int max = s.quality() == null ? 50 : s.quality().window();
        while (window.size() > max) {
            window.removeFirst();
        }
    }
}
