package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.LivenessTargetSource;
import io.github.vpnfailover.router.LivenessProber;

/**
 * The engine's fast path (decisions 0080-0082): {@code prober} probes the router; with {@code monitor} on, a liveness stream
 * per tunnel detects death within about a second; commit-confirm after every switch runs whenever a prober is set.
 */
public record FastFailover(LivenessSettings settings, LivenessProber prober, boolean monitor, LivenessTargetSource source) {

    /** Settings whose targets were given as they are. */
    public FastFailover(LivenessSettings settings, LivenessProber prober, boolean monitor) {
        this(settings, prober, monitor, LivenessTargetSource.GIVEN);
    }

    /** No liveness monitor and no commit-confirm: the engine without a fast path. */
    public static FastFailover off() {
        return new FastFailover(LivenessSettings.defaults(), null, false);
    }

    public boolean confirms() {
        return prober != null;
    }

    public boolean monitors() {
        return prober != null && monitor;
    }
}
