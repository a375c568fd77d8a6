package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.Quarantine;
import io.github.vpnfailover.router.LivenessProber;
import io.github.vpnfailover.router.ShellException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Commit-confirm: after a switch, checks that traffic really flows through the default route (a ping not bound to
 * any interface). On failure the candidate is quarantined and the engine is told where to go: back to the previous
 * tunnel when that one is usable, else on to another live tunnel. "Unchecked" (the router could not be asked) is
 * not a failure: rolling back on a probe we could not run would move traffic for no reason.
 */
final class SwitchConfirmer {

    /** What to do after the check: {@code rollbackTo} a tunnel, {@code lookFurther} for another, or neither. */
    record Verdict(EngineEvent.ConfirmEvent event, String rollbackTo, boolean lookFurther, String reason) { }

    private final LivenessProber prober;
    private final LivenessSettings settings;
    private final Quarantine quarantine;
    private final Clock clock;

    SwitchConfirmer(LivenessProber prober, LivenessSettings settings, Quarantine quarantine, Clock clock) {
        this.prober = prober;
        this.settings = settings;
        this.quarantine = quarantine;
        this.clock = clock;
    }

    /** Runs on the switch thread right after routes were verified pointing at {@code target}. */
    Verdict check(String from, String target, Predicate<String> usable) {
        Duration window = Duration.ofSeconds(settings.confirmSeconds());
        String targets = String.join(", ", settings.effectiveConfirmTargets());
        long start = System.nanoTime();
        boolean flows;
        try {
            flows = prober.trafficFlows(settings.effectiveConfirmTargets(), window);
        } catch (ShellException e) {
            return new Verdict(event(target, false, false, "could not confirm the switch to " + target + ": " + e.getMessage()),
                    null, false, null);
        }
        if (flows) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            return new Verdict(event(target, true, true, "traffic flows through " + target + " (an answer from " + targets
                    + " via the default route after " + ms + " ms)"), null, false, null);
        }
        String detail = "no answer from " + targets + " through the default route within " + settings.confirmSeconds() + " s";
        int q = settings.quarantineSeconds();
        quarantine.add(target, Duration.ofSeconds(q), detail);
        var event = event(target, false, true, detail);
        if (from != null && !from.equals(target) && usable.test(from)) {
            return new Verdict(event, from, false, "rollback to " + from + ": " + detail + "; " + target + " quarantined for " + q + " s");
        }
        return new Verdict(event, null, true, "switch to " + target + " unconfirmed (" + detail + ") and "
                + (from == null ? "no previous tunnel" : from + " is not live") + ": looking for another live tunnel");
    }

    private EngineEvent.ConfirmEvent event(String tunnel, boolean confirmed, boolean checked, String detail) {
        return new EngineEvent.ConfirmEvent(clock.instant(), tunnel, confirmed, checked, detail);
    }
}
