package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.ScoreBoard;
import io.github.vpnfailover.core.Scorer;
import io.github.vpnfailover.router.ActiveRoutes;
import io.github.vpnfailover.router.RouterControl;
import io.github.vpnfailover.router.ShellException;
import io.github.vpnfailover.store.StoreException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The engine's measuring cycle on its one thread ("vpnfailover-cycle"): lists the tunnels, seeds each tunnel's
 * window from the history the first time it is seen, measures, scores, and hands the scores to the switch desk.
 * Each scheduled cycle has a generation; a cycle whose generation is no longer current does not reschedule, so
 * "measure now" and {@link #runOnce} never leave two cycles running.
 */
final class CycleRunner {

    private static final Duration RETRY_AFTER_CONNECTION_LOSS = Duration.ofSeconds(10);

    private final RouterControl router;
    private final EngineState state;
    private final Outbox out;
    private final History history;
    private final HistoryWriter writer;
    private final Measurer measurer;
    private final Scorer scorer;
    private final AllDownWatch allDown;
    private final EngineOptions options;
    private final SwitchDesk desk;
    private final ScheduledExecutorService thread;

    private final Object scheduling = new Object();
    private Future<?> current;
    private int generation;
    private boolean closed;

    CycleRunner(RouterControl router, EngineState state, Outbox out, History history, HistoryWriter writer, Measurer measurer,
                Scorer scorer, AllDownWatch allDown, EngineOptions options, SwitchDesk desk, ScheduledExecutorService thread) {
        this.router = router;
        this.state = state;
        this.out = out;
        this.history = history;
        this.writer = writer;
        this.measurer = measurer;
        this.scorer = scorer;
        this.allDown = allDown;
        this.options = options;
        this.desk = desk;
        this.thread = thread;
    }

    /** Cancels the running cycle and cycles from now on, every interval after each cycle ends. */
    void cycleNow() {
        synchronized (scheduling) {
            if (closed) {
                return;
            }
            cancelCurrent();
            int g = ++generation;
            current = thread.schedule(() -> cycle(g, true), 0, TimeUnit.MILLISECONDS);
        }
    }

    /** Runs exactly one cycle (cancelling a running one); completes when it has ended. */
    CompletableFuture<Void> runOnce() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        synchronized (scheduling) {
            cancelCurrent();
            int g = ++generation;
            current = thread.submit(() -> {
                try {
                    cycle(g, false);
                } finally {
                    done.complete(null);
                }
            });
        }
        return done;
    }

    void close() throws InterruptedException {
        synchronized (scheduling) {
            closed = true;
            cancelCurrent();
        }
        thread.shutdownNow();
        measurer.close();
        thread.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void cancelCurrent() {
        if (current != null) {
            current.cancel(true);
        }
    }

    private void cycle(int g, boolean repeat) {
        Policy p = state.policy();
        Duration next = Duration.ofSeconds(p.intervalSeconds());
        try {
            writer.flush();
            List<String> names = state.usable(router.listTunnels(p.measure()));
            out.connection(ConnectionState.CONNECTED, router.describe(), null);
            state.tunnels = names;
            desk.tunnelsListed(names);
            ActiveRoutes routes = router.activeRoutes();
            state.active = routes.ipv4();
            desk.alignIpv6(routes, names, p);
            for (String t : names) {
                seed(t, p.depth());
            }
            measure(names, p);
            // scored and decided with the policy as it is now: a toggle or Apply during the measuring counts at
            // once, not a cycle later (decision 0209)
            Policy now = state.policy();
            ScoreBoard scores = scorer.score(state.recent.windows(names), now);
            state.scores = scores;
            allDown.check(names, state.recent.latest(), state.active)
                    .ifPresent(m -> out.error(names.isEmpty() ? Problem.NO_USABLE_TUNNEL : Problem.ALL_TUNNELS_DOWN, m));
            desk.judgeLiveness(state.recent.latest(), p.measure());
            desk.afterCycle(now, scores);
        } catch (ShellException e) {
            next = RETRY_AFTER_CONNECTION_LOSS.compareTo(next) < 0 ? RETRY_AFTER_CONNECTION_LOSS : next;
            out.connection(ConnectionState.RECONNECTING, router.describe() + ": " + e.getMessage(), next);
            out.error(Problem.ROUTER_UNREACHABLE, "cannot reach " + router.describe() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            out.publish(new EngineEvent.ProgressEvent(out.now(), null, Step.CANCELLED, 0, 0, null));
            return;
        } catch (ExecutionException | RuntimeException e) {
            out.error(Problem.CYCLE_FAILED, "cycle failed: " + e);
        }
        synchronized (scheduling) {
            if (repeat && g == generation && !closed) {
                out.publish(new EngineEvent.ProgressEvent(out.now(), null, Step.IDLE, 0, 0, next));
                current = thread.schedule(() -> cycle(g, true), next.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                out.publish(new EngineEvent.ProgressEvent(out.now(), null, Step.IDLE, 0, 0, null));
            }
        }
    }

    private void measure(List<String> names, Policy p) throws ShellException, InterruptedException {
        Duration timeout = options.tunnelTimeout() != null ? options.tunnelTimeout() : Measurer.defaultTimeout(p.measure());
        measurer.measure(names, p.measure(), options.parallel(), timeout,
                (t, i) -> out.publish(new EngineEvent.ProgressEvent(out.now(), t, Step.MEASURE, i, names.size(), null)),
                s -> {
                    state.recent.add(s, p.depth());
                    out.publish(new EngineEvent.SampleEvent(out.now(), s));
                    writer.write(h -> h.append(s));
                });
    }

    /** Loads a tunnel's window from the store the first time it is seen (or when depth grew). */
    private void seed(String tunnel, int depth) {
        if (!state.recent.needsLoad(tunnel, depth)) {
            return;
        }
        try {
            state.recent.load(tunnel, depth, history.newestGood(tunnel, RecentSamples.kept(depth)), history.newest(tunnel, 1));
        } catch (StoreException e) {
            state.recent.load(tunnel, depth, List.of(), List.of());
            out.error(Problem.HISTORY_UNREADABLE, "cannot read history of " + tunnel + ": " + e.getMessage());
        }
    }
}
