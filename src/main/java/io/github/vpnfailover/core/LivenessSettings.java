package io.github.vpnfailover.core;

import java.util.List;

/**
 * How the fast liveness monitor probes each tunnel and judges it (see decision 0080 for the defaults):
 * {@code targets} empty means none were given: the session takes the measurement's ping targets, else the public
 * resolvers ({@link LivenessTargets#resolve}, decision 0121);
 * one ping every {@code intervalMillis} per target; a probe not answered within its miss timeout is a miss: adaptive
 * per target between {@code minTimeoutMillis} and {@code timeoutMillis} ({@link MissTimeout}, decision 0200; equal
 * values give a fixed timeout); an answer later than {@code timeoutMillis} is a miss too;
 * a target is dead after {@code fall} consecutive misses and alive after {@code rise} consecutive answers; a tunnel
 * is up while at least {@code reliability} targets are alive. {@code quality} (null = off) marks a tunnel degraded.
 * After any switch, traffic through the default route to {@code confirmTargets} (empty = the same targets) must
 * flow within {@code confirmSeconds}, else the switch is rolled back and the candidate quarantined for
 * {@code quarantineSeconds}.
 */
public record LivenessSettings(List<String> targets, int intervalMillis, int timeoutMillis, int fall, int rise,
                               int reliability, QualityThresholds quality, int confirmSeconds, int quarantineSeconds,
                               List<String> confirmTargets, Integer minTimeoutMillis) {

    /** The adaptive miss timeout's default floor (decision 0200). */
    public static final int DEFAULT_MIN_TIMEOUT_MILLIS = 50;
    /** The ranges below, named so that the desktop's settings form checks the same ones (decision 0150). */
    public static final int MIN_INTERVAL_MILLIS = 100;
    public static final int MAX_INTERVAL_MILLIS = 5_000;
    public static final int MIN_TIMEOUT_CEILING_MILLIS = 100;
    public static final int MAX_TIMEOUT_CEILING_MILLIS = 10_000;
    public static final int MIN_TIMEOUT_FLOOR_MILLIS = 10;
    public static final int MAX_FALL_RISE = 100;
    public static final int MAX_CONFIRM_SECONDS = 60;
    public static final int MAX_QUARANTINE_SECONDS = 86_400;

    public LivenessSettings {
        targets = targets == null ? List.of() : List.copyOf(targets);
        confirmTargets = confirmTargets == null ? List.of() : List.copyOf(confirmTargets);
        if (targets.size() > 8 || targets.stream().anyMatch(t -> t == null || t.isBlank())) {
            throw new InvalidPolicyException("liveness.targets", targets, "0 to 8 addresses (none: the ping targets)");
        }
        if (confirmTargets.size() > 8 || confirmTargets.stream().anyMatch(t -> t == null || t.isBlank())) {
            throw new InvalidPolicyException("liveness.confirmTargets", confirmTargets, "0 to 8 addresses");
        }
        range("liveness.intervalMillis", intervalMillis, MIN_INTERVAL_MILLIS, MAX_INTERVAL_MILLIS);
        range("liveness.timeoutMillis", timeoutMillis, MIN_TIMEOUT_CEILING_MILLIS, MAX_TIMEOUT_CEILING_MILLIS);
        // absent (a settings file from before decision 0200): the default floor
        minTimeoutMillis = minTimeoutMillis == null ? Math.min(DEFAULT_MIN_TIMEOUT_MILLIS, timeoutMillis) : minTimeoutMillis;
        range("liveness.minTimeoutMillis", minTimeoutMillis, MIN_TIMEOUT_FLOOR_MILLIS, timeoutMillis);
        range("liveness.fall", fall, 1, MAX_FALL_RISE);
        range("liveness.rise", rise, 1, MAX_FALL_RISE);
        // without targets of their own, the resolved ones cap it (withTargets)
        range("liveness.reliability", reliability, 1, targets.isEmpty() ? LivenessTargets.MAX : targets.size());
        range("liveness.confirmSeconds", confirmSeconds, 1, MAX_CONFIRM_SECONDS);
        range("liveness.quarantineSeconds", quarantineSeconds, 0, MAX_QUARANTINE_SECONDS);
    }

    /** A fixed miss timeout of {@code timeoutMillis} (floor = ceiling). */
    public LivenessSettings(List<String> targets, int intervalMillis, int timeoutMillis, int fall, int rise,
                            int reliability, QualityThresholds quality, int confirmSeconds, int quarantineSeconds,
                            List<String> confirmTargets) {
        this(targets, intervalMillis, timeoutMillis, fall, rise, reliability, quality, confirmSeconds, quarantineSeconds,
                confirmTargets, timeoutMillis);
    }

    /** Two independent anycast resolvers: liveness targets when neither liveness nor ping targets were given. */
    public static final List<String> PUBLIC_RESOLVERS = List.of("1.1.1.1", "8.8.8.8");

    /**
     * The public resolvers, a ping every 200 ms, down after 3 misses, up after 5 answers; the miss timeout adapts
     * between 50 and 800 ms (decisions 0080, 0200).
     */
    public static LivenessSettings defaults() {
        return new LivenessSettings(PUBLIC_RESOLVERS, 200, 800, 3, 5, 1, null, 3, 120, List.of(), DEFAULT_MIN_TIMEOUT_MILLIS);
    }

    /** The defaults with no targets of their own: a session then pings the measurement's ping targets. */
    public static LivenessSettings defaultsFromPingTargets() {
        return defaults().withTargets(List.of());
    }

    /** Whether targets were given (else the session resolves them, decision 0121). */
    public boolean targetsGiven() {
        return !targets.isEmpty();
    }

    /** These settings probing {@code newTargets} instead (reliability capped at their number). */
    public LivenessSettings withTargets(List<String> newTargets) {
        int r = newTargets == null ? reliability : Math.min(reliability, Math.max(1, newTargets.size()));
        return new LivenessSettings(newTargets, intervalMillis, timeoutMillis, fall, rise, r, quality, confirmSeconds,
                quarantineSeconds, confirmTargets, minTimeoutMillis);
    }

    /** These settings with a ping every {@code millis} (the fast option, decision 0200), all else kept. */
    public LivenessSettings withIntervalMillis(int millis) {
        return new LivenessSettings(targets, millis, timeoutMillis, fall, rise, reliability, quality, confirmSeconds,
                quarantineSeconds, confirmTargets, minTimeoutMillis);
    }

    /** These settings with the adaptive miss timeout's floor at {@code millis}, all else kept. */
    public LivenessSettings withMinTimeoutMillis(int millis) {
        return new LivenessSettings(targets, intervalMillis, timeoutMillis, fall, rise, reliability, quality, confirmSeconds,
                quarantineSeconds, confirmTargets, millis);
    }

    /** The addresses the commit-confirm probe pings through the default route. */
    public List<String> effectiveConfirmTargets() {
        return confirmTargets.isEmpty() ? targets : confirmTargets;
    }

    /** The longest a dead tunnel goes unnoticed: the last answered probe, then {@code fall} probes, the last at the ceiling. */
    public long worstDetectionMillis() {
        return (long) fall * intervalMillis + timeoutMillis;
    }

    static void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidPolicyException(field, value, min + " to " + max);
        }
    }
}
