package io.github.vpnfailover.core;

/**
 * The operator's knobs. {@code threshold} is a fraction (0.15 = 15 %); {@code intervalSeconds} is the pause
 * between cycles; {@code holdDownSeconds} blocks quality switches after a switch. Change one value with a
 * {@code with…} method; {@link PolicyValidator} is the one place that checks every value.
 */
public record Policy(
        Weights weights,
        int depth,
        double threshold,
        int intervalSeconds,
        int holdDownSeconds,
        ScoringMode scoring,
        boolean autoFailover,
        MeasureSettings measure) {

    public static Policy defaults() {
        return new Policy(Weights.defaults(), 3, 0.15, 60, 300, ScoringMode.NORMALIZED, true, MeasureSettings.defaults());
    }

    public double latencyWeight() {
        return weights.latency();
    }

    public double downloadWeight() {
        return weights.download();
    }

    public double uploadWeight() {
        return weights.upload();
    }

    public double lossWeight() {
        return weights.loss();
    }

    public Policy withWeights(Weights w) {
        return new Policy(w, depth, threshold, intervalSeconds, holdDownSeconds, scoring, autoFailover, measure);
    }

    public Policy withDepth(int d) {
        return new Policy(weights, d, threshold, intervalSeconds, holdDownSeconds, scoring, autoFailover, measure);
    }

    public Policy withThreshold(double t) {
        return new Policy(weights, depth, t, intervalSeconds, holdDownSeconds, scoring, autoFailover, measure);
    }

    public Policy withIntervalSeconds(int s) {
        return new Policy(weights, depth, threshold, s, holdDownSeconds, scoring, autoFailover, measure);
    }

    public Policy withHoldDownSeconds(int s) {
        return new Policy(weights, depth, threshold, intervalSeconds, s, scoring, autoFailover, measure);
    }

    public Policy withScoring(ScoringMode m) {
        return new Policy(weights, depth, threshold, intervalSeconds, holdDownSeconds, m, autoFailover, measure);
    }

    public Policy withAutoFailover(boolean on) {
        return new Policy(weights, depth, threshold, intervalSeconds, holdDownSeconds, scoring, on, measure);
    }

    public Policy withMeasure(MeasureSettings m) {
        return new Policy(weights, depth, threshold, intervalSeconds, holdDownSeconds, scoring, autoFailover, m);
    }
}
