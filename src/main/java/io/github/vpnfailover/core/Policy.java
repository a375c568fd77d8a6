package io.github.vpnfailover.core;

/**
 * The operator's knobs. Weights are ≥ 0 and not all 0; {@code threshold} is a fraction (0.15 = 15 %);
 * {@code intervalSeconds} is the pause between cycles; {@code holdDownSeconds} blocks quality switches
 * after a switch. Validation lives in {@code PolicyValidator}.
 */
public record Policy(
        double latencyWeight,
        double downloadWeight,
        double uploadWeight,
        double lossWeight,
        int depth,
        double threshold,
        int intervalSeconds,
        int holdDownSeconds,
        ScoringMode scoring,
        boolean autoFailover,
        MeasureSettings measure) {

    public static Policy defaults() {
        return new Policy(1.0, 1.0, 0.5, 1.0, 3, 0.15, 60, 300, ScoringMode.NORMALIZED, true, MeasureSettings.defaults());
    }

    public Policy withAutoFailover(boolean on) {
        return new Policy(latencyWeight, downloadWeight, uploadWeight, lossWeight, depth, threshold, intervalSeconds,
                holdDownSeconds, scoring, on, measure);
    }
}
