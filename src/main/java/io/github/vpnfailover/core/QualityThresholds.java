package io.github.vpnfailover.core;

/**
 * mwan3 check_quality style limits: a tunnel becomes degraded when its loss or mean round trip over the last
 * {@code window} probes reaches a fail level, and recovers only when both are back at or below the (lower)
 * recover levels, so it does not flap around one value. A null pair switches that metric off.
 */
public record QualityThresholds(Double failLatencyMs, Double recoverLatencyMs, Double failLossPercent,
                                Double recoverLossPercent, int window) {

    public QualityThresholds {
        pair("latency", failLatencyMs, recoverLatencyMs, 1e6);
        pair("loss", failLossPercent, recoverLossPercent, 100);
        if (failLatencyMs == null && failLossPercent == null) {
            throw new InvalidPolicyException("liveness.quality", "none", "a latency pair, a loss pair or both");
        }
        LivenessSettings.range("liveness.quality.window", window, 5, 1_000);
    }

    private static void pair(String what, Double fail, Double recover, double max) {
        if ((fail == null) != (recover == null)) {
            throw new InvalidPolicyException("liveness.quality." + what, fail + "/" + recover,
                    "both a fail and a recover level, or neither");
        }
        if (fail == null) {
            return;
        }
        if (!(recover >= 0 && fail <= max && recover < fail)) {
            throw new InvalidPolicyException("liveness.quality." + what, fail + "/" + recover,
                    "0 <= recover < fail <= " + (long) max);
        }
    }
}
