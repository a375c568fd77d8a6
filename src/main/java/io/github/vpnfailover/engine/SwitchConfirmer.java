package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.router.LivenessProber;
import io.github.vpnfailover.router.ShellException;
import java.time.Duration;

/**
 * Commit-confirm: after a switch, checks that traffic really flows through the default route (a ping not bound to
 * any interface). "Unchecked" (the router could not be asked) is not a failure: rolling back on a probe we could
 * not run would move traffic for no reason.
 */
final class SwitchConfirmer {

    /** {@code checked} false when the probe itself could not run. */
    record Outcome(boolean confirmed, boolean checked, String detail) { }

    private final LivenessProber prober;
    private final LivenessSettings settings;

    SwitchConfirmer(LivenessProber prober, LivenessSettings settings) {
        this.prober = prober;
        this.settings = settings;
    }

    Outcome check(String tunnel) {
        Duration window = Duration.ofSeconds(settings.confirmSeconds());
        long start = System.nanoTime();
        try {
            boolean flows = prober.trafficFlows(settings.effectiveConfirmTargets(), window);
            long ms = (System.nanoTime() - start) / 1_000_000;
            return flows
                    ? new Outcome(true, true, "traffic flows through " + tunnel + " (an answer via the default route after " + ms + " ms)")
                    : new Outcome(false, true, "no answer from " + String.join(", ", settings.effectiveConfirmTargets())
                    + " through the default route within " + settings.confirmSeconds() + " s");
        } catch (ShellException e) {
            return new Outcome(false, false, "could not confirm the switch to " + tunnel + ": " + e.getMessage());
        }
    }
}
