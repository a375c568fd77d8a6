package io.github.vpnfailover.cli;

import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.QualityThresholds;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The fast-failover flags of {@code run}: liveness monitor, quality limits, commit-confirm and quarantine. */
public final class LivenessOptions {

    @Option(names = "--liveness", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Watch every tunnel with a ping stream and fail over within about a second of a dead tunnel (default on; --no-liveness: only the measuring cycle).")
    boolean liveness = true;

    @Option(names = "--liveness-target", paramLabel = "IP", description = "Liveness ping target (repeatable; default: the --ping-target addresses, else 1.1.1.1 and 8.8.8.8).")
    List<String> targets = new ArrayList<>();

    @Option(names = "--liveness-interval-ms", paramLabel = "MS", description = "Ping interval per target (default 200; 100 is the fast option).")
    Integer intervalMillis;

    @Option(names = "--liveness-timeout-ms", paramLabel = "MS", description = "An answer later than this is a miss: the ceiling of the adaptive miss timeout (default 800).")
    Integer timeoutMillis;

    @Option(names = "--liveness-min-timeout-ms", paramLabel = "MS",
            description = "Floor of the adaptive miss timeout, smoothed RTT + 4 x its variance (default 50; equal to --liveness-timeout-ms: fixed).")
    Integer minTimeoutMillis;

    @Option(names = "--liveness-fall", paramLabel = "N", description = "Misses in a row that make a target dead (default 3).")
    Integer fall;

    @Option(names = "--liveness-rise", paramLabel = "N", description = "Answers in a row that make a target alive again (default 5).")
    Integer rise;

    @Option(names = "--liveness-reliability", paramLabel = "N", description = "Targets that must be alive for a tunnel to be up (default 1).")
    Integer reliability;

    @Option(names = "--quality-latency-ms", paramLabel = "FAIL,RECOVER", split = ",",
            description = "Degraded at FAIL ms mean round trip, recovered at RECOVER ms (e.g. 300,200).")
    List<Double> qualityLatency = new ArrayList<>();

    @Option(names = "--quality-loss-percent", paramLabel = "FAIL,RECOVER", split = ",",
            description = "Degraded at FAIL %% loss, recovered at RECOVER %% (e.g. 20,5).")
    List<Double> qualityLoss = new ArrayList<>();

    @Option(names = "--confirm-target", paramLabel = "IP", description = "Commit-confirm target through the default route (repeatable; default: the liveness targets).")
    List<String> confirmTargets = new ArrayList<>();

    @Option(names = "--confirm-seconds", paramLabel = "S", description = "Traffic must flow this soon after a switch, else roll back (default 3).")
    Integer confirmSeconds;

    @Option(names = "--quarantine-seconds", paramLabel = "S", description = "How long a tunnel that failed its confirm is not switched to (default 120).")
    Integer quarantineSeconds;

    /** The settings these flags give over the defaults; throws InvalidPolicyException naming a bad value. */
    public LivenessSettings settings() {
        // no targets: the session takes the ping targets (decision 0121)
        return applyTo(LivenessSettings.defaultsFromPingTargets());
    }

    /** {@code d} (a profile's settings, or the defaults) with every given flag applied over it. */
    public LivenessSettings applyTo(LivenessSettings d) {
        List<String> t = targets.isEmpty() ? d.targets() : targets;
        QualityThresholds q = d.quality();
        if (!qualityLatency.isEmpty() || !qualityLoss.isEmpty()) {
            q = new QualityThresholds(first(qualityLatency, "--quality-latency-ms"), second(qualityLatency, "--quality-latency-ms"),
                    first(qualityLoss, "--quality-loss-percent"), second(qualityLoss, "--quality-loss-percent"), 50);
        }
        return new LivenessSettings(t, or(intervalMillis, d.intervalMillis()), or(timeoutMillis, d.timeoutMillis()),
                or(fall, d.fall()), or(rise, d.rise()), or(reliability, d.reliability()), q,
                or(confirmSeconds, d.confirmSeconds()), or(quarantineSeconds, d.quarantineSeconds()),
                confirmTargets.isEmpty() ? d.confirmTargets() : confirmTargets, minTimeout(d));
    }

    /** The floor given, else the default floor, lowered to a smaller ceiling the user gave. */
    private int minTimeout(LivenessSettings d) {
        if (minTimeoutMillis != null) {
            return minTimeoutMillis;
        }
        return timeoutMillis == null ? d.minTimeoutMillis() : Math.min(d.minTimeoutMillis(), timeoutMillis);
    }

    public boolean enabled() {
        return liveness;
    }

    private static int or(Integer v, int fallback) {
        return v != null ? v : fallback;
    }

    private static Double first(List<Double> pair, String flag) {
        check(pair, flag);
        return pair.isEmpty() ? null : pair.get(0);
    }

    private static Double second(List<Double> pair, String flag) {
        return pair.isEmpty() ? null : pair.get(1);
    }

    private static void check(List<Double> pair, String flag) {
        if (!pair.isEmpty() && pair.size() != 2) {
            throw new IllegalArgumentException(flag + " takes two numbers, FAIL,RECOVER; got " + pair);
        }
    }
}
