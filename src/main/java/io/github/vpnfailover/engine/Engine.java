package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.Decider;
import io.github.vpnfailover.core.HoldDown;
import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.LinkStatus;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Quarantine;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.ScoreBoard;
import io.github.vpnfailover.core.Scorer;
import io.github.vpnfailover.core.TunnelState;
import io.github.vpnfailover.router.RouterControl;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The engine as its callers see it: a {@link CycleRunner} (measuring on "vpnfailover-cycle", measurements on
 * "vpnfailover-measure-N") and a {@link SwitchDesk} (route changes on "vpnfailover-switch") over one shared
 * {@link EngineState}, the liveness monitor ("vpnfailover-liveness") and history reads for the UI
 * ("vpnfailover-query"). This class wires them; every public method returns at once (decision 0141).
 */
public final class Engine implements EngineControl {

    private final RouterControl router;
    private final History history;
    private final Clock clock;
    private final EngineOptions options;
    private final FastFailover fast;
    private final Outbox out;
    private final EngineState state;
    private final HistoryWriter writer;
    private final SwitchDesk desk;
    private final CycleRunner cycles;
    private final ExecutorService queryThread = CatchingExecutors.single("vpnfailover-query");
    private volatile LivenessMonitor monitor;
    private boolean closed;
    private ServerWatch servers;
    private Duration serverPeriod;

    /**
     * An engine over {@code router} storing its history (for router {@code routerName}) in {@code store} (null: none),
     * with the fast path {@code fast}: liveness monitor, immediate failover and commit-confirm.
     */
    public Engine(RouterControl router, HistoryStore store, String routerName, Policy policy, Clock clock, EngineOptions options,
                  FastFailover fast) {
        this(router, store == null ? History.none() : History.of(store, routerName), policy, clock, options, fast);
    }

    Engine(RouterControl router, History history, Policy policy, Clock clock, EngineOptions options, FastFailover fast) {
        this.router = router;
        this.history = history;
        this.clock = clock;
        this.options = options;
        this.fast = fast;
        this.out = new Outbox(clock);
        this.state = new EngineState(policy, options.onlyTunnels());
        this.writer = new HistoryWriter(history, out::error, 100_000);
        Quarantine quarantine = new Quarantine(clock);
        HoldDown holdDown = new HoldDown(clock);
        SwitchConfirmer confirmer = fast.confirms() ? new SwitchConfirmer(fast.prober(), fast.settings(), quarantine, clock, () -> monitor)
                : null;
        this.desk = new SwitchDesk(router, state, out, writer, new Decider(holdDown), holdDown, new FastPath(quarantine), confirmer,
                CatchingExecutors.single("vpnfailover-switch"), new UnansweredWatch(fast));
        // Measurer reads or cancels every future it submits, and a router that is down fails each one: no second report
        Measurer measurer = new Measurer(router, Executors.newCachedThreadPool(new NamedThreads("vpnfailover-measure")), clock);
        this.cycles = new CycleRunner(router, state, out, history, writer, measurer, new Scorer(), new AllDownWatch(), options, desk,
                CatchingExecutors.scheduled("vpnfailover-cycle"));
    }

    @Override
    public void addListener(Consumer<EngineEvent> listener) {
        out.add(listener);
    }

    @Override
    public void start() {
        startLiveness();
        cycles.cycleNow();
        ServerWatch w;
        synchronized (this) {
            w = closed ? null : servers;
        }
        if (w != null) {
            w.start(serverPeriod);
        }
    }

    @Override
    public synchronized void watchServers(List<io.github.vpnfailover.store.OpenVpnServer> list, Duration period) {
        if (closed || list.isEmpty() || servers != null) {
            return;
        }
        servers = new ServerWatch(list, new io.github.vpnfailover.probe.OpenVpnProbe(),
                CatchingExecutors.scheduled("vpnfailover-servers"), clock, out::publish);
        serverPeriod = period;
    }

    /**
     * Starts the liveness monitor alone (when configured; {@link #start()} does it too) after reading which tunnel
     * is active, so a death is acted on even before the first measuring cycle has ended.
     */
    public void startLiveness() {
        LivenessMonitor m;
        synchronized (this) {
            if (closed || monitor != null || !fast.monitors()) {
                return;
            }
            monitor = new LivenessMonitor(router, fast.prober(), fast.settings(), () -> state.policy().measure(),
                    options.onlyTunnels(), clock, desk::reportLink);
            m = monitor;
        }
        desk.readActive();
        m.start();
    }

    @Override
    public void measureNow() {
        cycles.cycleNow();
    }

    @Override
    public CompletableFuture<Void> runOnce() {
        return cycles.runOnce();
    }

    @Override
    public void setAutoFailover(boolean on) {
        boolean was = state.policy().autoFailover();
        state.updatePolicy(p -> p.withAutoFailover(on));
        if (on && !was) {
            // the last cycle's recommendation is acted on now, not a cycle later (decision 0209)
            desk.decideAgain();
        }
    }

    @Override
    public void updatePolicy(Policy p) {
        state.updatePolicy(old -> p);
    }

    @Override
    public Policy policy() {
        return state.policy();
    }

    @Override
    public String active() {
        return state.active;
    }

    /** The scores of the last cycle. */
    public ScoreBoard scores() {
        return state.scores;
    }

    @Override
    public CompletableFuture<SwitchResult> switchNow(String tunnel) {
        return desk.switchNow(tunnel);
    }

    @Override
    public io.github.vpnfailover.core.QualityThresholds quality() {
        return fast.monitors() ? fast.settings().quality() : null;
    }

    @Override
    public void hold(String tunnel, boolean held) {
        boolean changed = held ? state.held.add(tunnel) : state.held.remove(tunnel);
        if (changed) {
            desk.decideAgain();
        }
    }

    @Override
    public void restoreHolds(java.util.Collection<String> tunnels) {
        state.held.addAll(tunnels);
    }

    @Override
    public CompletableFuture<List<Sample>> history(String tunnel, Instant from, Instant to) {
        return query(() -> history.range(tunnel, from, to));
    }

    @Override
    public CompletableFuture<List<SwitchRecord>> switches(Instant from, Instant to) {
        return query(() -> history.switches(from, to));
    }

    /** A liveness report in the decider's terms (tests, tools): as {@link #reportLink} with that state. */
    public void reportLiveness(String tunnel, TunnelState state, Double rttMs) {
        LinkCondition c = state == TunnelState.UP ? LinkCondition.UP : state == TunnelState.DOWN ? LinkCondition.DOWN : LinkCondition.UNKNOWN;
        reportLink(tunnel, new LinkStatus(c, rttMs, null, "reported " + state));
    }

    /** The liveness monitor's report: published as a {@link EngineEvent.LivenessEvent}; a death of the active tunnel fails over now. */
    public void reportLink(String tunnel, LinkStatus status) {
        desk.reportLink(tunnel, status);
    }

    /**
     * The router link's own view (from {@link SshLinkBridge}): published as a connection event when the state changes,
     * and every time while reconnecting (each attempt with its backoff).
     */
    public void reportConnection(ConnectionState state, String detail, Duration retryIn) {
        out.connection(state, detail, retryIn);
    }

    @Override
    public Map<String, LinkStatus> liveness() {
        return desk.liveness();
    }

    @Override
    public void close() {
        LivenessMonitor m;
        synchronized (this) {
            closed = true;
            m = monitor;
        }
        if (m != null) {
            m.close();
        }
        ServerWatch w;
        synchronized (this) {
            w = servers;
        }
        if (w != null) {
            w.close();
        }
        try {
            cycles.close();
            queryThread.shutdown();
            desk.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer.flush();
        out.connection(ConnectionState.CLOSED, router.describe(), null);
    }

    private interface StoreRead<T> {
        T read() throws StoreException;
    }

    private <T> CompletableFuture<T> query(StoreRead<T> read) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return read.read();
            } catch (StoreException e) {
                throw new CompletionException(e);
            }
        }, queryThread);
    }
}
