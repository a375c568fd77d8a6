package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.Decision;
import io.github.vpnfailover.core.Ipv6Action;
import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.LivenessTargetSource;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.ScoreBoard;
import io.github.vpnfailover.core.TunnelState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the engine tells its listeners (UI, {@code run --json-events}, tests); every event and field is
 * described in docs/events.md. Listeners are called on the engine's threads and must not block them.
 */
public sealed interface EngineEvent {

    Instant time();

    /** A tunnel was measured (or failed to be). */
    record SampleEvent(Instant time, Sample sample) implements EngineEvent { }

    /** The decider's verdict after a cycle; {@code applied} is false when auto-failover is off (a recommendation). */
    record DecisionEvent(Instant time, Decision decision, Map<String, Double> scores, boolean applied) implements EngineEvent { }

    /**
     * Routes were changed (or a change was tried): {@code verified} only when read back pointing at {@code to};
     * {@code kind} says why ({@code manual} is kept for the JSON contract and equals kind == MANUAL). {@code ipv6To}
     * is where IPv6 goes after it (null: nowhere or blocked), {@code ipv6} what was done with IPv6, and
     * {@code flushedFlows} how many conntrack entries of the old tunnel were deleted (null: no flush ran); decisions
     * 0170-0172.
     */
    record SwitchEvent(Instant time, String from, String to, boolean verified, boolean manual, String reason, SwitchKind kind,
                       String ipv6To, Ipv6Action ipv6, Integer flushedFlows) implements EngineEvent {

        public SwitchEvent {
            kind = kind == null ? (manual ? SwitchKind.MANUAL : SwitchKind.SWITCH) : kind;
        }

        public SwitchEvent(Instant time, String from, String to, boolean verified, boolean manual, String reason, SwitchKind kind) {
            this(time, from, to, verified, manual, reason, kind, null, null, null);
        }
    }

    /** The link to the router changed state; {@code retryIn} is set while reconnecting. */
    record ConnectionEvent(Instant time, ConnectionState state, String detail, Duration retryIn) implements EngineEvent { }

    /** Something went wrong that a person should see: {@code problem} says what, {@code message} says it in words. */
    record ErrorEvent(Instant time, String message, Problem problem) implements EngineEvent { }

    /**
     * Where the cycle is: measuring {@code tunnel} ({@code index} of {@code total}, from 0), or idle until the next
     * cycle in {@code nextCycleIn} (null when none is scheduled), or cancelled.
     */
    record ProgressEvent(Instant time, String tunnel, Step step, int index, int total, Duration nextCycleIn) implements EngineEvent { }

    /**
     * The fast liveness monitor's view of a tunnel changed, or its round trip was sampled (about once a second):
     * {@code state} for the decider, {@code condition} for people (UP, DEGRADED, DOWN, UNKNOWN), loss over the
     * quality window and the reason for the condition.
     */
    record LivenessEvent(Instant time, String tunnel, TunnelState state, Double rttMs, LinkCondition condition,
                         Double lossPercent, String reason) implements EngineEvent {

        public LivenessEvent(Instant time, String tunnel, TunnelState state, Double rttMs) {
            this(time, tunnel, state, rttMs, null, null, null);
        }
    }

    /**
     * Commit-confirm after a switch to {@code tunnel}: {@code confirmed} when traffic answered (on the tunnel's open
     * liveness stream or through the default route, as {@code method} says); {@code checked} false when the check
     * itself could not run. A rollback follows as a {@link SwitchEvent}.
     */
    record ConfirmEvent(Instant time, String tunnel, boolean confirmed, boolean checked, String detail,
                        ConfirmMethod method) implements EngineEvent {

        /** A check by a ping through the default route (the method before decision 0201). */
        public ConfirmEvent(Instant time, String tunnel, boolean confirmed, boolean checked, String detail) {
            this(time, tunnel, confirmed, checked, detail, ConfirmMethod.DEFAULT_ROUTE_PING);
        }
    }

    /**
     * No liveness target ({@code targets}, from {@code source}) answers through any tunnel, while the cycle's pings
     * to {@code pingTargets} answer through {@code answeringTunnels}: liveness cannot tell a dead tunnel, so it
     * blocks none and the cycle decides. Repeated every such cycle; fixed by naming liveness targets that answer.
     */
    record LivenessUnansweredEvent(Instant time, List<String> targets, LivenessTargetSource source, List<String> pingTargets,
                                   List<String> answeringTunnels) implements EngineEvent { }

    /**
     * What the decider was given, published just before each cycle's {@link DecisionEvent} and after an operator hold
     * changes (decision 0220): the active tunnel, the tunnels, each one's newest good samples (newest first; more than
     * {@code depth} so a deeper draft policy can be tried), latest samples, the tunnels liveness or the quarantine
     * blocks, the operator's holds, when the hold-down last started, and the engine's scores.
     */
    record WindowEvent(Instant time, String active, List<String> tunnels, Map<String, List<Sample>> windows,
                       Map<String, Sample> latest, Set<String> blocked, Set<String> held, Instant holdDownSince,
                       ScoreBoard scores) implements EngineEvent {

        public WindowEvent {
            tunnels = List.copyOf(tunnels);
            java.util.SortedMap<String, List<Sample>> w = new java.util.TreeMap<>();
            windows.forEach((t, l) -> w.put(t, List.copyOf(l)));
            windows = java.util.Collections.unmodifiableSortedMap(w);
            latest = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(latest));
            blocked = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(blocked));
            held = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(held));
        }

        /** The decider's view of this window with {@code scores} (the engine's own, or a draft policy's). */
        public io.github.vpnfailover.core.Situation situation(ScoreBoard with) {
            return new io.github.vpnfailover.core.Situation(active, tunnels, with, latest, blocked, held);
        }
    }

    /**
     * An OpenVPN server of the router profile was probed from this computer (decision 0222): {@code status} is the
     * check-openvpn verdict, {@code rttMs} the answer's round trip when it answered, {@code reason} why not otherwise.
     */
    record ServerEvent(Instant time, String tunnel, String host, int port, String proto,
                       io.github.vpnfailover.probe.ProbeStatus status, Double rttMs, String reason) implements EngineEvent { }
}
