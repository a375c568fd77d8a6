package io.github.vpnfailover.core;

import java.util.List;

/**
 * The one rule for which addresses liveness pings (decision 0121): the liveness targets when given; else the
 * measurement's ping targets when those were named (not the built-in default); else the public resolvers.
 * {@code run} and the desktop both resolve through {@code SessionSpec}, which calls this.
 */
public final class LivenessTargets {

    /** Liveness probes at most this many targets per tunnel. */
    public static final int MAX = 8;

    /** Settings with concrete targets, and where those came from. */
    public record Resolved(LivenessSettings settings, LivenessTargetSource source) { }

    private LivenessTargets() {
    }

    /** {@code configured} (null = the defaults) with its targets filled in from {@code measure} when none were given. */
    public static Resolved resolve(LivenessSettings configured, MeasureSettings measure) {
        LivenessSettings l = configured == null ? LivenessSettings.defaultsFromPingTargets() : configured;
        if (l.targetsGiven()) {
            return new Resolved(l, LivenessTargetSource.GIVEN);
        }
        List<String> ping = measure == null ? List.of() : measure.pingTargets();
        // The built-in ping target is no choice of the user's: two independent resolvers judge life better than one.
        boolean named = !ping.isEmpty() && !ping.equals(MeasureSettings.defaults().pingTargets());
        if (named) {
            return new Resolved(l.withTargets(ping.subList(0, Math.min(MAX, ping.size()))), LivenessTargetSource.PING_TARGETS);
        }
        return new Resolved(l.withTargets(LivenessSettings.PUBLIC_RESOLVERS), LivenessTargetSource.PUBLIC_RESOLVERS);
    }
}
