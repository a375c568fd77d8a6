package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.Decider;
import io.github.vpnfailover.core.Decision;
import io.github.vpnfailover.core.DecisionKind;
import io.github.vpnfailover.core.HoldDown;
import io.github.vpnfailover.core.LinkStatus;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.ScoreBoard;
import io.github.vpnfailover.core.Situation;
import io.github.vpnfailover.router.ActiveRoutes;
import io.github.vpnfailover.router.RouterControl;
import io.github.vpnfailover.router.ShellException;
import io.github.vpnfailover.router.SwitchResult;
import io.github.vpnfailover.store.SwitchRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's switch desk: decides, changes the routes, confirms or rolls back, keeps the hold-down and acts on the
 * liveness monitor's fast path. Everything runs on its one switch thread ("vpnfailover-switch"), so a manual or
 * liveness switch never waits for a measurement and two route changes never overlap. The cycle runner hands a
 * cycle's scores over through {@link #afterCycle}.
 */
final class SwitchDesk {

    private static final Logger LOG = LoggerFactory.getLogger(SwitchDesk.class);

    private final RouterControl router;
    private final EngineState state;
    private final Outbox out;
    private final HistoryWriter writer;
    private final Decider decider;
    private final HoldDown holdDown;
    private final FastPath fastPath;
    private final SwitchConfirmer confirmer;
    private final ExecutorService thread;
    private final UnansweredWatch unanswered;
    private final SwitchNotes notes;
    private final Ipv6Alignment alignment = new Ipv6Alignment();

    /** {@code confirmer} null: no commit-confirm after a switch. */
    SwitchDesk(RouterControl router, EngineState state, Outbox out, HistoryWriter writer, Decider decider, HoldDown holdDown,
               FastPath fastPath, SwitchConfirmer confirmer, ExecutorService thread, UnansweredWatch unanswered) {
        this.router = router;
        this.state = state;
        this.out = out;
        this.writer = writer;
        this.decider = decider;
        this.holdDown = holdDown;
        this.fastPath = fastPath;
        this.confirmer = confirmer;
        this.thread = thread;
        this.unanswered = unanswered;
        this.notes = new SwitchNotes(out);
    }

    /** The tunnels the cycle listed: liveness silence is judged over them (decision 0121). */
    void tunnelsListed(List<String> names) {
        fastPath.tunnels(names);
    }

    /** After a cycle's samples: say so when no liveness target answers although the cycle's pings do (decision 0121). */
    void judgeLiveness(Map<String, Sample> latest, MeasureSettings measure) {
        unanswered.check(fastPath, latest, measure, out.now()).forEach(out::publish);
    }

    /** The hand-off from the cycle runner: decides on {@code scores} (and applies) on the switch thread, and waits. */
    void afterCycle(Policy p, ScoreBoard scores) throws InterruptedException, ExecutionException {
        thread.submit(() -> decide(p, scores)).get();
    }

    /** Decides again now on the last cycle's window (an operator hold changed, decision 0221). */
    void decideAgain() {
        thread.execute(() -> decide(state.policy(), state.scores));
    }

    /** The window goes out first, so a listener can re-score exactly what the decision saw (decision 0220). */
    private void decide(Policy p, ScoreBoard scores) {
        act(decider.decide(publishWindow(scores), p), p, scores);
    }

    private Situation publishWindow(ScoreBoard scores) {
        Situation s = state.situation(scores, fastPath.blocked());
        out.publish(new EngineEvent.WindowEvent(out.now(), s.active(), s.tunnels(), state.recent.windows(s.tunnels()),
                s.latest(), s.liveDown(), s.held(), holdDown.since(), scores));
        return s;
    }

    /**
     * At a cycle's start: IPv6 that drifted from the active tunnel is set again with it when the engine switches
     * (auto-failover on), else said once (decision 0175). On the switch thread; waits.
     */
    void alignIpv6(ActiveRoutes routes, List<String> tunnels, Policy p) throws InterruptedException, ExecutionException {
        thread.submit(() -> alignment.drift(routes, tunnels).ifPresent(drift -> {
            if (p.autoFailover()) {
                applySwitch(drift.tunnel(), SwitchKind.ALIGN, drift.reason(), p, false);
            } else {
                out.error(Problem.IPV6_DRIFTED, drift.found() + "; auto-failover is off, so nothing is changed: switch to "
                        + drift.tunnel() + " to set both");
            }
        })).get();
    }

    /** Reads which tunnel is active when nobody knows yet, so a death is acted on before the first cycle ends. */
    void readActive() {
        thread.execute(() -> {
            try {
                if (state.active == null) {
                    state.active = router.active().orElse(null);
                }
            } catch (ShellException e) {
                out.error(Problem.ACTIVE_UNKNOWN, "cannot read the active tunnel: " + e.getMessage());
            }
        });
    }

    CompletableFuture<SwitchResult> switchNow(String tunnel) {
        return CompletableFuture.supplyAsync(() -> {
            Policy p = state.policy();
            try {
                List<String> known = state.tunnels.isEmpty() ? state.usable(router.listTunnels(p.measure())) : state.tunnels;
                if (!known.contains(tunnel)) {
                    throw new IllegalArgumentException("no tunnel named '" + tunnel + "'; known: " + known);
                }
            } catch (ShellException e) {
                throw new CompletionException(e);
            }
            return applySwitch(tunnel, SwitchKind.MANUAL, "manual switch to " + tunnel, p, true);
        }, thread);
    }

    /** The liveness monitor's report: published; a death of the active tunnel fails over now, on the switch thread. */
    void reportLink(String tunnel, LinkStatus status) {
        Set<String> blockedBefore = fastPath.blocked();
        boolean act = fastPath.update(tunnel, status, state.active, out.now());
        LinkStatus shown = fastPath.unanswered(tunnel) ? unanswered.shown(status) : status;
        out.publish(new EngineEvent.LivenessEvent(out.now(), tunnel, shown.condition().tunnelState(), shown.rttMs(),
                shown.condition(), shown.lossPercent(), shown.reason()));
        if (act) {
            thread.execute(this::failFastReported);
        }
        if (!fastPath.blocked().equals(blockedBefore)) {
            // a tunnel liveness now holds back (or lets go): a new window says so, after the failover this causes, so
            // a prediction from it never names a dead tunnel as the better one (decision 0209)
            thread.execute(() -> publishWindow(state.scores));
        }
    }

    Map<String, LinkStatus> liveness() {
        return fastPath.snapshot();
    }

    void close() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(5, TimeUnit.SECONDS);
    }

    /**
     * The fast path must never fail in silence: whatever goes wrong in it becomes an error event, a decision row
     * (so the history shows the failover that did not happen) and a log line.
     */
    private void failFastReported() {
        try {
            failFast();
        } catch (RuntimeException e) {
            String from = state.active;
            LOG.warn("fast failover from {} failed", from, e);
            Instant now = out.now();
            Decision d = Decision.stay(from, "fast failover from " + from + " failed: " + e);
            Map<String, Double> scores = state.scores.asMap();
            out.publish(new EngineEvent.DecisionEvent(now, d, scores, false));
            writer.write(h -> h.recordDecision(now, d, scores, false));
            out.error(Problem.FAST_FAILOVER_FAILED, "fast failover from " + from + " failed (" + e + "); routes left as they are, the next cycle decides again");
        }
    }

    /** The active tunnel died (or failed its confirm): no hold-down and no waiting for a cycle. */
    private void failFast() {
        String from = state.active;
        // with another tunnel still unjudged (the monitor just started), wait: its verdict calls this again
        if (from == null || fastPath.usable(from) || fastPath.othersUnjudged(from)) {
            return;
        }
        Policy p = state.policy();
        ScoreBoard scores = state.scores;
        act(fastPath.decide(from, state.situation(scores, fastPath.blocked()), p, decider), p, scores);
    }

    private void act(Decision d, Policy p, ScoreBoard scores) {
        boolean apply = p.autoFailover() && d.kind() != DecisionKind.STAY;
        Instant now = out.now();
        out.publish(new EngineEvent.DecisionEvent(now, d, scores.asMap(), apply));
        writer.write(h -> h.recordDecision(now, d, scores.asMap(), apply));
        if (apply) {
            applySwitch(d.target(), d.kind() == DecisionKind.FAILOVER ? SwitchKind.FAILOVER : SwitchKind.SWITCH, d.reason(), p, true);
        }
    }

    /** With {@code confirm}, a verified switch is then commit-confirmed. */
    private SwitchResult applySwitch(String target, SwitchKind kind, String reason, Policy p, boolean confirm) {
        boolean manual = kind == SwitchKind.MANUAL;
        String from = state.active;
        SwitchResult r;
        try {
            r = router.switchTo(target, p.measure());
        } catch (ShellException e) {
            r = new SwitchResult(target, false, null, "cannot reach the router: " + e.getMessage());
        }
        if (r.verified()) {
            state.active = target;
        } else if (r.activeAfter() != null) {
            state.active = r.activeAfter();
        }
        if (kind.startsHoldDown(r.verified())) {
            holdDown.start();
        }
        String why = r.verified() ? reason : reason + "; not verified: " + r.detail();
        Instant now = out.now();
        out.publish(new EngineEvent.SwitchEvent(now, from, target, r.verified(), manual, why, kind, r.ipv6After(), r.ipv6(),
                SwitchNotes.flushed(r)));
        notes.after(r);
        boolean verified = r.verified();
        writer.write(h -> h.recordSwitch(new SwitchRecord(now, from, target, verified, manual, why)));
        if (!r.verified()) {
            out.error(Problem.SWITCH_NOT_VERIFIED, "switch to " + target + " not verified: " + r.detail());
        } else if (confirm && confirmer != null) {
            confirmOrRollBack(from, target, p);
        }
        return r;
    }

    /** Commit-confirm; a failed candidate is quarantined and left (back, or on). */
    private void confirmOrRollBack(String from, String target, Policy p) {
        SwitchConfirmer.Verdict v = confirmer.check(from, target, fastPath::usable);
        out.publish(v.event());
        if (v.rollbackTo() != null) {
            applySwitch(v.rollbackTo(), SwitchKind.ROLLBACK, v.reason(), p, false);
        } else if (v.lookFurther()) {
            out.error(Problem.SWITCH_UNCONFIRMED, v.reason());
            failFast();
        }
    }
}
