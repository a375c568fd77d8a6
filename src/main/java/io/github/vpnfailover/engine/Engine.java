package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.Decider;
import io.github.vpnfailover.core.Decision;
import io.github.vpnfailover.core.DecisionKind;
import io.github.vpnfailover.core.HoldDown;
import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.LinkStatus;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.PolicyValidator;
import io.github.vpnfailover.core.Quarantine;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.ScoreBoard;
import io.github.vpnfailover.core.Scorer;
import io.github.vpnfailover.core.Situation;
import io.github.vpnfailover.core.Tunnel;
import io.github.vpnfailover.core.TunnelState;
import io.github.vpnfailover.router.RouterControl;
import io.github.vpnfailover.router.ShellException;
import io.github.vpnfailover.router.SwitchResult;
import io.github.vpnfailover.store.HistoryStore;
import io.github.vpnfailover.store.StoreException;
import io.github.vpnfailover.store.SwitchRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The measuring cycle, decisions and switches. Cycles run on the thread "vpnfailover-cycle", route changes
 * on "vpnfailover-switch" (so a manual or liveness switch never waits for a measurement), measurements on
 * "vpnfailover-measure-N", history reads for the UI on "vpnfailover-query". Every public method returns at once.
 */
public final class Engine implements EngineControl {

    private static final Duration RETRY_AFTER_CONNECTION_LOSS = Duration.ofSeconds(10);

    private final RouterControl router;
    private final History history;
    private final HistoryWriter writer;
    private final Clock clock;
    private final EngineOptions options;
    private final EventBus bus = new EventBus();
    private final Scorer scorer = new Scorer();
    private final HoldDown holdDown;
    private final Decider decider;
    private final RecentSamples recent = new RecentSamples();
    private final AllDownWatch allDown = new AllDownWatch();
    private final Quarantine quarantine;
    private final FastPath fastPath;
    private final FastFailover fast;
    private final SwitchConfirmer confirmer;
    private LivenessMonitor monitor;
    private final ScheduledExecutorService cycleThread = Executors.newSingleThreadScheduledExecutor(new NamedThreads("vpnfailover-cycle"));
    private final ExecutorService switchThread = Executors.newSingleThreadExecutor(new NamedThreads("vpnfailover-switch"));
    private final ExecutorService measurePool = Executors.newCachedThreadPool(new NamedThreads("vpnfailover-measure"));
    private final ExecutorService queryThread = Executors.newSingleThreadExecutor(new NamedThreads("vpnfailover-query"));
    private final Measurer measurer;

    private volatile Policy policy;
    private volatile String active;
    private volatile List<String> tunnels = List.of();
    private volatile ScoreBoard lastScores = ScoreBoard.empty();
    private volatile ConnectionState connection;

    private final Object scheduling = new Object();
    private Future<?> current;
    private int generation;
    private boolean closed;

    /** An engine over {@code router} storing its history (for router {@code routerName}) in {@code store}; store may be null. */
    public Engine(RouterControl router, HistoryStore store, String routerName, Policy policy, Clock clock, EngineOptions options) {
        this(router, store == null ? History.none() : History.of(store, routerName), policy, clock, options);
    }

    /** As above, with the fast path of issue 5: liveness monitor, immediate failover and commit-confirm. */
    public Engine(RouterControl router, HistoryStore store, String routerName, Policy policy, Clock clock, EngineOptions options,
                  FastFailover fast) {
        this(router, store == null ? History.none() : History.of(store, routerName), policy, clock, options, fast);
    }

    Engine(RouterControl router, History history, Policy policy, Clock clock, EngineOptions options) {
        this(router, history, policy, clock, options, FastFailover.off());
    }

    Engine(RouterControl router, History history, Policy policy, Clock clock, EngineOptions options, FastFailover fast) {
        this.fast = fast;
        this.quarantine = new Quarantine(clock);
        this.fastPath = new FastPath(quarantine);
        this.confirmer = fast.confirms() ? new SwitchConfirmer(fast.prober(), fast.settings(), quarantine, clock) : null;
        this.router = router;
        this.history = history;
        this.clock = clock;
        this.options = options;
        this.policy = PolicyValidator.validate(policy);
        this.holdDown = new HoldDown(clock);
        this.decider = new Decider(holdDown);
        this.measurer = new Measurer(router, measurePool, clock);
        this.writer = new HistoryWriter(history, msg -> publish(new EngineEvent.ErrorEvent(clock.instant(), msg)), 100_000);
    }

    @Override
    public void addListener(Consumer<EngineEvent> listener) {
        bus.add(listener);
    }

    /** Starts cycling now and every {@code intervalSeconds} after each cycle ends. */
    @Override
    public void start() {
        startLiveness();
        schedule(Duration.ZERO, true);
    }

    /**
     * Starts the liveness monitor alone (when configured; {@link #start()} does it too) after reading which tunnel
     * is active, so a death is acted on even before the first measuring cycle has ended.
     */
    public void startLiveness() {
        synchronized (scheduling) {
            if (closed || monitor != null || !fast.monitors()) {
                return;
            }
            monitor = new LivenessMonitor(router, fast.prober(), fast.settings(), () -> policy.measure(),
                    options.onlyTunnels(), clock, this::reportLink);
        }
        switchThread.execute(() -> {
            try {
                if (active == null) {
                    active = router.active().orElse(null);
                }
            } catch (ShellException e) {
                publish(new EngineEvent.ErrorEvent(clock.instant(), "cannot read the active tunnel: " + e.getMessage()));
            }
        });
        monitor.start();
    }

    @Override
    public void measureNow() {
        schedule(Duration.ZERO, true);
    }

    @Override
    public CompletableFuture<Void> runOnce() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        synchronized (scheduling) {
            cancelCurrent();
            int g = ++generation;
            current = cycleThread.submit(() -> {
                try {
                    cycle(g, false);
                } finally {
                    done.complete(null);
                }
            });
        }
        return done;
    }

    @Override
    public void setAutoFailover(boolean on) {
        policy = policy.withAutoFailover(on);
    }

    @Override
    public void updatePolicy(Policy p) {
        policy = PolicyValidator.validate(p);
    }

    @Override
    public Policy policy() {
        return policy;
    }

    @Override
    public String active() {
        return active;
    }

    /** The scores of the last cycle. */
    public ScoreBoard scores() {
        return lastScores;
    }

    @Override
    public CompletableFuture<SwitchResult> switchNow(String tunnel) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                List<String> known = tunnels.isEmpty() ? usable(router.listTunnels(policy.measure())) : tunnels;
                if (!known.contains(tunnel)) {
                    throw new IllegalArgumentException("no tunnel named '" + tunnel + "'; known: " + known);
                }
            } catch (ShellException e) {
                throw new CompletionException(e);
            }
            return applySwitch(tunnel, true, "manual switch to " + tunnel, policy);
        }, switchThread);
    }

    @Override
    public CompletableFuture<List<Sample>> history(String tunnel, Instant from, Instant to) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return history.range(tunnel, from, to);
            } catch (StoreException e) {
                throw new CompletionException(e);
            }
        }, queryThread);
    }

    @Override
    public CompletableFuture<List<SwitchRecord>> switches(Instant from, Instant to) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return history.switches(from, to);
            } catch (StoreException e) {
                throw new CompletionException(e);
            }
        }, queryThread);
    }

    /**
     * The liveness monitor's entry point (issue 5): publishes the new state and, when the active tunnel has
     * just gone down, decides at once on the switch thread (failover ignores hold-down) instead of waiting.
     */
    public void reportLiveness(String tunnel, TunnelState state, Double rttMs) {
        LinkCondition c = state == TunnelState.UP ? LinkCondition.UP : state == TunnelState.DOWN ? LinkCondition.DOWN : LinkCondition.UNKNOWN;
        reportLink(tunnel, new LinkStatus(c, rttMs, null, "reported " + state));
    }

    /** The liveness monitor's report: published as a {@link EngineEvent.LivenessEvent}; a death of the active tunnel fails over now. */
    public void reportLink(String tunnel, LinkStatus status) {
        boolean act = fastPath.update(tunnel, status, active);
        publish(new EngineEvent.LivenessEvent(clock.instant(), tunnel, status.condition().tunnelState(), status.rttMs(),
                status.condition(), status.lossPercent(), status.reason()));
        if (act) {
            switchThread.execute(this::failFast);
        }
    }

    /**
     * The router link's own view (e.g. from {@link SshLinkBridge}): published as a connection event when the
     * state changes, and every time while reconnecting (each attempt with its backoff).
     */
    public void reportConnection(ConnectionState state, String detail, Duration retryIn) {
        connection(state, detail, retryIn);
    }

    @Override
    public Map<String, LinkStatus> liveness() {
        return fastPath.snapshot();
    }

    @Override
    public void close() {
        synchronized (scheduling) {
            closed = true;
            cancelCurrent();
        }
        if (monitor != null) {
            monitor.close();
        }
        cycleThread.shutdownNow();
        switchThread.shutdown();
        measurePool.shutdownNow();
        queryThread.shutdown();
        try {
            cycleThread.awaitTermination(5, TimeUnit.SECONDS);
            switchThread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer.flush();
        connection(ConnectionState.CLOSED, router.describe(), null);
    }

    private void schedule(Duration delay, boolean repeat) {
        synchronized (scheduling) {
            if (closed) {
                return;
            }
            cancelCurrent();
            int g = ++generation;
            current = cycleThread.schedule(() -> cycle(g, repeat), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void cancelCurrent() {
        if (current != null) {
            current.cancel(true);
        }
    }

    private void cycle(int g, boolean repeat) {
        Policy p = policy;
        Duration next = Duration.ofSeconds(p.intervalSeconds());
        try {
            writer.flush();
            List<String> names = usable(router.listTunnels(p.measure()));
            connection(ConnectionState.CONNECTED, router.describe(), null);
            tunnels = names;
            active = router.active().orElse(null);
            for (String t : names) {
                seed(t, p.depth());
            }
            Duration timeout = options.tunnelTimeout() != null ? options.tunnelTimeout() : Measurer.defaultTimeout(p.measure());
            measurer.measure(names, p.measure(), options.parallel(), timeout,
                    (t, i) -> publish(new EngineEvent.ProgressEvent(clock.instant(), t, "measure", i, names.size(), null)),
                    s -> {
                        recent.add(s, p.depth());
                        publish(new EngineEvent.SampleEvent(clock.instant(), s));
                        writer.write(h -> h.append(s));
                    });
            ScoreBoard scores = scorer.score(recent.windows(names), p);
            lastScores = scores;
            allDown.check(names, recent.latest(), active).ifPresent(m -> publish(new EngineEvent.ErrorEvent(clock.instant(), m)));
            switchThread.submit(() -> decideAndApply(p, scores)).get();
        } catch (ShellException e) {
            next = RETRY_AFTER_CONNECTION_LOSS.compareTo(next) < 0 ? RETRY_AFTER_CONNECTION_LOSS : next;
            connection(ConnectionState.RECONNECTING, router.describe() + ": " + e.getMessage(), next);
            publish(new EngineEvent.ErrorEvent(clock.instant(), "cannot reach " + router.describe() + ": " + e.getMessage()));
        } catch (InterruptedException e) {
            publish(new EngineEvent.ProgressEvent(clock.instant(), null, "cancelled", 0, 0, null));
            return;
        } catch (ExecutionException | RuntimeException e) {
            publish(new EngineEvent.ErrorEvent(clock.instant(), "cycle failed: " + e));
        }
        synchronized (scheduling) {
            if (repeat && g == generation && !closed) {
                publish(new EngineEvent.ProgressEvent(clock.instant(), null, "idle", 0, 0, next));
                current = cycleThread.schedule(() -> cycle(g, true), next.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                publish(new EngineEvent.ProgressEvent(clock.instant(), null, "idle", 0, 0, null));
            }
        }
    }

    /** Loads a tunnel's window from the store the first time it is seen (or when depth grew). */
    private void seed(String tunnel, int depth) {
        if (!recent.needsLoad(tunnel, depth)) {
            return;
        }
        try {
            recent.load(tunnel, depth, history.newestGood(tunnel, depth), history.newest(tunnel, 1));
        } catch (StoreException e) {
            recent.load(tunnel, depth, List.of(), List.of());
            publish(new EngineEvent.ErrorEvent(clock.instant(), "cannot read history of " + tunnel + ": " + e.getMessage()));
        }
    }

    /** Runs on the switch thread. */
    private void decideAndApply(Policy p, ScoreBoard scores) {
        act(decider.decide(situation(scores), p), p, scores);
    }

    /** Runs on the switch thread: the active tunnel died (or failed its confirm), so no hold-down and no cycle wait. */
    private void failFast() {
        String from = active;
        if (from == null || fastPath.usable(from)) {
            return;
        }
        Policy p = policy;
        act(fastPath.decide(from, situation(lastScores), p, decider), p, lastScores);
    }

    private Situation situation(ScoreBoard scores) {
        return new Situation(active, tunnels, scores, recent.latest(), fastPath.blocked());
    }

    private void act(Decision d, Policy p, ScoreBoard scores) {
        boolean apply = p.autoFailover() && d.kind() != DecisionKind.STAY;
        Instant now = clock.instant();
        publish(new EngineEvent.DecisionEvent(now, d, scores.asMap(), apply));
        writer.write(h -> h.recordDecision(now, d, scores.asMap(), apply));
        if (apply) {
            applySwitch(d.target(), false, d.reason(), p);
        }
    }

    /** Runs on the switch thread. */
    private SwitchResult applySwitch(String target, boolean manual, String reason, Policy p) {
        return applySwitch(target, manual, reason, p, true);
    }

    /** Runs on the switch thread; with {@code confirm}, a verified switch is then commit-confirmed. */
    private SwitchResult applySwitch(String target, boolean manual, String reason, Policy p, boolean confirm) {
        String from = active;
        SwitchResult r;
        try {
            r = router.switchTo(target, p.measure());
        } catch (ShellException e) {
            r = new SwitchResult(target, false, null, "cannot reach the router: " + e.getMessage());
        }
        if (r.verified()) {
            active = target;
        } else if (r.activeAfter() != null) {
            active = r.activeAfter();
        }
        if (r.verified() || manual) {
            holdDown.start();
        }
        String why = r.verified() ? reason : reason + "; not verified: " + r.detail();
        Instant now = clock.instant();
        publish(new EngineEvent.SwitchEvent(now, from, target, r.verified(), manual, why));
        boolean verified = r.verified();
        writer.write(h -> h.recordSwitch(new SwitchRecord(now, from, target, verified, manual, why)));
        if (!r.verified()) {
            publish(new EngineEvent.ErrorEvent(now, "switch to " + target + " not verified: " + r.detail()));
        } else if (confirm && confirmer != null) {
            confirmOrRollBack(from, target, p);
        }
        return r;
    }

    /** Runs on the switch thread: commit-confirm; a failed candidate is quarantined and left (back, or on). */
    private void confirmOrRollBack(String from, String target, Policy p) {
        SwitchConfirmer.Verdict v = confirmer.check(from, target, fastPath::usable);
        publish(v.event());
        if (v.rollbackTo() != null) {
            applySwitch(v.rollbackTo(), false, v.reason(), p, false);
        } else if (v.lookFurther()) {
            publish(new EngineEvent.ErrorEvent(clock.instant(), v.reason()));
            failFast();
        }
    }

    private List<String> usable(List<Tunnel> listed) {
        return listed.stream().filter(Tunnel::isUsable).map(Tunnel::name)
                .filter(n -> options.onlyTunnels().isEmpty() || options.onlyTunnels().contains(n)).toList();
    }

    private void connection(ConnectionState state, String detail, Duration retryIn) {
        // Reconnect attempts are repeated on purpose (each has its own backoff); other states only on change.
        if (state != connection || state == ConnectionState.RECONNECTING) {
            connection = state;
            publish(new EngineEvent.ConnectionEvent(clock.instant(), state, detail, retryIn));
        }
    }

    private void publish(EngineEvent e) {
        bus.publish(e);
    }
}
