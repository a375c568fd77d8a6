package io.github.vpnfailover.core;

import java.util.List;

/**
 * pfSense's gateway monitor (dpinger) expressed in our {@link LinkHealth} parameters, so both detectors can run on
 * the same tunnels and be compared (decision 0202): a probe every 500 ms, a probe lost once unanswered for 2000 ms
 * (the loss interval), loss averaged over the last 60 s (120 probes per target: our window is shared by the
 * targets, dpinger keeps one per target), alarm at 20 % loss, cleared at 10 %. The alarm shows as DEGRADED;
 * fall is set so high that our own "down" never speaks first.
 */
public final class DpingerLike {

    public static final int INTERVAL_MILLIS = 500;
    public static final int LOSS_INTERVAL_MILLIS = 2_000;
    public static final int WINDOW_PROBES = 60_000 / INTERVAL_MILLIS;
    public static final double ALARM_LOSS_PERCENT = 20;
    public static final double CLEAR_LOSS_PERCENT = 10;

    private DpingerLike() {
    }

    /** The settings, probing {@code targets}; a fixed miss timeout (floor = ceiling = the loss interval). */
    public static LivenessSettings settings(List<String> targets) {
        var alarm = new QualityThresholds(null, null, ALARM_LOSS_PERCENT, CLEAR_LOSS_PERCENT,
                WINDOW_PROBES * Math.max(1, targets.size()));
        return new LivenessSettings(targets, INTERVAL_MILLIS, LOSS_INTERVAL_MILLIS, 100, 1, 1, alarm, 3, 0, List.of(),
                LOSS_INTERVAL_MILLIS);
    }
}
