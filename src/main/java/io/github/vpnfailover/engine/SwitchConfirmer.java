package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.Quarantine;
import io.github.vpnfailover.router.LivenessProber;
import io.github.vpnfailover.router.ShellException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Commit-confirm: after a switch, checks that traffic really flows through the new tunnel. Where it can, it waits for
 * a fresh answer on the tunnel's already-open liveness stream (decision 0201); otherwise (no monitor, the stream
 * stopped, or confirm targets the stream does not ping) a ping through the default route, not bound to any
 * interface. On failure the candidate is quarantined and the engine is told where to go: back to the previous
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
    private final Supplier<StreamAnswers> streams;

    /** {@code streams} may give null (no monitor running): then every check pings through the default route. */
    SwitchConfirmer(LivenessProber prober, LivenessSettings settings, Quarantine quarantine, Clock clock,
                    Supplier<StreamAnswers> streams) {
        this.prober = prober;
        this.settings = settings;
        this.quarantine = quarantine;
        this.clock = clock;
        this.streams = streams;
    }

    /** Runs on the switch thread right after routes were verified pointing at {@code target}. */
    Verdict check(String from, String target, Predicate<String> usable) {
        Duration window = Duration.ofSeconds(settings.confirmSeconds());
        List<String> targets = settings.effectiveConfirmTargets();
        Instant since = clock.instant();
        long start = System.nanoTime();
        Boolean flows = onStream(target, targets, since, window);
        ConfirmMethod method = flows == null ? ConfirmMethod.DEFAULT_ROUTE_PING : ConfirmMethod.LIVENESS_STREAM;
        boolean stream = flows != null;
        if (flows == null) {
            try {
                flows = prober.trafficFlows(targets, window);
            } catch (ShellException e) {
                return new Verdict(event(target, false, false, "could not confirm the switch to " + target + ": "
                        + e.getMessage(), method), null, false, null);
            }
        }
        String names = String.join(", ", targets);
        if (flows) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            return new Verdict(event(target, true, true, "traffic flows through " + target + " (an answer from " + names
                    + (stream ? " on its liveness stream" : " via the default route") + " after " + ms + " ms)", method), null, false, null);
        }
        String detail = "no answer from " + names + (stream ? " on its liveness stream" : " through the default route")
                + " within " + settings.confirmSeconds() + " s";
        int q = settings.quarantineSeconds();
        quarantine.add(target, Duration.ofSeconds(q), detail);
        var event = event(target, false, true, detail, method);
        if (from != null && !from.equals(target) && usable.test(from)) {
            return new Verdict(event, from, false, "rollback to " + from + ": " + detail + "; " + target + " quarantined for " + q + " s");
        }
        return new Verdict(event, null, true, "switch to " + target + " unconfirmed (" + detail + ") and "
                + (from == null ? "no previous tunnel" : from + " is not live") + ": looking for another live tunnel");
    }

    /** The stream's verdict, or null when it cannot give one. */
    private Boolean onStream(String target, List<String> targets, Instant since, Duration window) {
        StreamAnswers s = streams.get();
        if (s == null) {
            return null;
        }
        try {
            return s.answeredSince(target, targets, since, window);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private EngineEvent.ConfirmEvent event(String tunnel, boolean confirmed, boolean checked, String detail,
                                           ConfirmMethod method) {
        return new EngineEvent.ConfirmEvent(clock.instant(), tunnel, confirmed, checked, detail, method);
    }
}
