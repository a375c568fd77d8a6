package io.github.vpnfailover.core;

import java.time.Instant;

/** Test shorthand for samples. */
final class Samples {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private Samples() {
    }

    static Sample good(String tunnel, int second, double latency, double loss, Double down, Double up) {
        return new Sample(tunnel, T0.plusSeconds(second), latency, latency, latency, 0.0, loss, down, up, null);
    }

    static Sample good(String tunnel, double latency) {
        return good(tunnel, 0, latency, 0, null, null);
    }

    static Sample dead(String tunnel) {
        return Sample.failed(tunnel, T0, "100 % loss");
    }

    static Policy policy(ScoringMode mode, int depth, double threshold, int holdDown) {
        Policy d = Policy.defaults();
        return d.withDepth(depth).withThreshold(threshold).withHoldDownSeconds(holdDown).withScoring(mode).withAutoFailover(true);
    }
}
