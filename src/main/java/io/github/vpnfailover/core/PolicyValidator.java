package io.github.vpnfailover.core;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The one place that checks a policy, field by field, before it is used: at load (settings.json, a policy file, an
 * old config.json), at Apply and at save. Values that go into router commands are checked with the same
 * {@link ValueRules} and {@link MeasureSettings} ranges the router applies (decision 0150).
 */
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
        for (int i = 0; i < m.pingTargets().size(); i++) {
            rule("measure.pingTargets[" + i + "]", m.pingTargets().get(i), ValueRules.host(m.pingTargets().get(i)));
        }
        range("measure.pingCount", m.pingCount(), 1, MeasureSettings.MAX_PING_COUNT);
        if (!(m.pingIntervalSeconds() >= MeasureSettings.MIN_PING_INTERVAL_SECONDS
                && m.pingIntervalSeconds() <= MeasureSettings.MAX_PING_INTERVAL_SECONDS)) {
            throw new InvalidPolicyException("measure.pingIntervalSeconds", m.pingIntervalSeconds(),
                    MeasureSettings.MIN_PING_INTERVAL_SECONDS + " to " + MeasureSettings.MAX_PING_INTERVAL_SECONDS);
        }
        url("measure.downloadUrl", m.downloadUrl());
        url("measure.uploadUrl", m.uploadUrl());
        range("measure.maxBytes", m.maxBytes(), 1, MeasureSettings.MAX_BYTES_CAP);
        range("measure.maxSeconds", m.maxSeconds(), 1, MeasureSettings.MAX_SECONDS_CAP);
        if (m.routeMode() == null) {
            throw new InvalidPolicyException("measure.routeMode", null, "def1, default or command");
        }
        if (m.routeMode() == RouteMode.COMMAND && (m.commandTemplate() == null || m.commandTemplate().isBlank())) {
            throw new InvalidPolicyException("measure.commandTemplate", m.commandTemplate(), "a template when routeMode is command");
        }
        // a template kept for later (another route mode is in use) is checked too: it must work when chosen
        if (m.commandTemplate() != null && !m.commandTemplate().isBlank()) {
            rule("measure.commandTemplate", m.commandTemplate(), ValueRules.commandTemplate(m.commandTemplate()));
        }
    }

    /** The router refuses a blank URL as "none", so only a given one is checked. */
    private static void url(String field, String url) {
        if (url != null && !url.isBlank()) {
            rule(field, url, ValueRules.httpUrl(url));
        }
    }

    private static void rule(String field, String value, String problem) {
        if (problem != null) {
            throw new InvalidPolicyException(field, value, problem);
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
