package io.github.vpnfailover.core;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks every policy value against its allowed range before the policy is used. */
public final class PolicyValidator {

    public static final int MAX_DEPTH = 1000;
    public static final double MAX_THRESHOLD = 10.0;
    public static final int MAX_SECONDS = 86_400;

    private PolicyValidator() {
    }

    /** Returns {@code p} unchanged when every value is allowed; throws {@link InvalidPolicyException} otherwise. */
    public static Policy validate(Policy p) {
        if (p == null) {
            throw new InvalidPolicyException("policy", null, "a policy is required");
        }
        if (p.weights() == null) {
            throw new InvalidPolicyException("weights", null, "the four weights are required");
        }
        weight("latencyWeight", p.latencyWeight());
        weight("downloadWeight", p.downloadWeight());
        weight("uploadWeight", p.uploadWeight());
        weight("lossWeight", p.lossWeight());
        if (p.scoring() == null) {
            throw new InvalidPolicyException("scoring", null, "normalized or classic");
        }
        double classicSum = p.weights().classicSum();
        if (p.scoring() == ScoringMode.CLASSIC && classicSum == 0) {
            throw new InvalidPolicyException("latencyWeight+downloadWeight+uploadWeight", 0.0,
                    "> 0 in classic scoring (it has no loss term)");
        }
        if (classicSum + p.lossWeight() == 0) {
            throw new InvalidPolicyException("weights", 0.0, "at least one weight > 0");
        }
        range("depth", p.depth(), 1, MAX_DEPTH);
        if (!Double.isFinite(p.threshold()) || p.threshold() < 0 || p.threshold() > MAX_THRESHOLD) {
            throw new InvalidPolicyException("threshold", p.threshold(), "0 to " + MAX_THRESHOLD + " (a fraction: 0.15 = 15 %)");
        }
        range("intervalSeconds", p.intervalSeconds(), 1, MAX_SECONDS);
        range("holdDownSeconds", p.holdDownSeconds(), 0, MAX_SECONDS);
        measure(p.measure());
        return p;
    }

    private static void measure(MeasureSettings m) {
        if (m == null) {
            throw new InvalidPolicyException("measure", null, "measurement settings are required");
        }
        if (m.tunnelPattern() == null || m.tunnelPattern().isBlank()) {
            throw new InvalidPolicyException("measure.tunnelPattern", m.tunnelPattern(), "a regular expression");
        }
        try {
            Pattern.compile(m.tunnelPattern());
        } catch (PatternSyntaxException e) {
            throw new InvalidPolicyException("measure.tunnelPattern", m.tunnelPattern(), "a valid regular expression (" + e.getDescription() + ")");
        }
        range("measure.pingCount", m.pingCount(), 1, 100);
        if (!(m.pingIntervalSeconds() >= 0.2 && m.pingIntervalSeconds() <= 60)) {
            throw new InvalidPolicyException("measure.pingIntervalSeconds", m.pingIntervalSeconds(), "0.2 to 60");
        }
        if (m.maxBytes() < 1) {
            throw new InvalidPolicyException("measure.maxBytes", m.maxBytes(), "≥ 1");
        }
        range("measure.maxSeconds", m.maxSeconds(), 1, 3600);
        if (m.routeMode() == null) {
            throw new InvalidPolicyException("measure.routeMode", null, "def1, default or command");
        }
        if (m.routeMode() == RouteMode.COMMAND && (m.commandTemplate() == null || m.commandTemplate().isBlank())) {
            throw new InvalidPolicyException("measure.commandTemplate", m.commandTemplate(), "a template when routeMode is command");
        }
    }

    private static void weight(String field, double w) {
        if (!Double.isFinite(w) || w < 0) {
            throw new InvalidPolicyException(field, w, "a finite number ≥ 0");
        }
    }

    private static void range(String field, long v, long min, long max) {
        if (v < min || v > max) {
            throw new InvalidPolicyException(field, v, min + " to " + max);
        }
    }
}
