package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.LinkHealth;
import io.github.vpnfailover.core.LinkStatus;
import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Tunnel;
import io.github.vpnfailover.router.LivenessProber;
import io.github.vpnfailover.router.ProbeLine;
import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.router.RouterControl;
import io.github.vpnfailover.router.ShellException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fast liveness monitor: one probe stream per tunnel (see {@link LivenessProber}), judged by a
 * {@link LinkHealth} every {@value #TICK_MILLIS} ms on the thread "vpnfailover-liveness". Changes go to the sink at
 * once, the round trip about once a second. It never waits for the measuring cycle and runs during it.
 */
public final class LivenessMonitor implements AutoCloseable, StreamAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(LivenessMonitor.class);
    static final long TICK_MILLIS = 50;
    private static final long CONFIRM_POLL_MILLIS = 10;
    private static final Duration TRACE_EVERY = Duration.ofSeconds(1);
    private static final Duration RELIST_EVERY = Duration.ofSeconds(30);
    private static final Duration RESTART_AFTER = Duration.ofSeconds(2);

    /** One monitored tunnel: its stream and its state machine (health guarded by the Watched itself). */
    private static final class Watched {
        LinkHealth health;
        volatile RemoteShell.LineStream stream;
        Instant lastStart;
        Instant lastReported = Instant.MIN;
        volatile LinkStatus last = LinkStatus.unknown();
        boolean warned;
    }

    private final RouterControl router;
    private final LivenessProber prober;
    private final LivenessSettings settings;
    private final Supplier<MeasureSettings> measure;
    private final List<String> onlyTunnels;
    private final Clock clock;
    private final LinkSink sink;
    private final Map<String, Watched> watched = new ConcurrentHashMap<>();
    private final ScheduledExecutorService thread = CatchingExecutors.scheduled("vpnfailover-liveness");
    private volatile Instant lastListed = Instant.MIN;

    public LivenessMonitor(RouterControl router, LivenessProber prober, LivenessSettings settings,
                           Supplier<MeasureSettings> measure, List<String> onlyTunnels, Clock clock, LinkSink sink) {
        this.router = router;
        this.prober = prober;
        this.settings = settings;
        this.measure = measure;
        this.onlyTunnels = List.copyOf(onlyTunnels);
        this.clock = clock;
        this.sink = sink;
    }

    public void start() {
        thread.scheduleWithFixedDelay(this::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The latest status of every monitored tunnel. */
    public Map<String, LinkStatus> statuses() {
        Map<String, LinkStatus> out = new java.util.TreeMap<>();
        watched.forEach((t, w) -> out.put(t, w.last));
        return out;
    }

    @Override
    public Boolean answeredSince(String tunnel, List<String> targets, Instant since, Duration within) throws InterruptedException {
        List<Integer> indexes = targets.stream().map(settings.targets()::indexOf).toList();
        if (indexes.isEmpty() || indexes.contains(-1)) {
            return null;
        }
        long end = System.nanoTime() + within.toNanos();
        while (true) {
            Watched w = watched.get(tunnel);
            RemoteShell.LineStream s = w == null ? null : w.stream;
            if (s == null || !s.isRunning()) {
                return null;
            }
            synchronized (w) {
                for (int i : indexes) {
                    Instant sent = w.health.lastAnsweredSend(i);
                    if (sent != null && sent.isAfter(since)) {
                        return true;
                    }
                }
            }
            if (System.nanoTime() >= end) {
                return false;
            }
            Thread.sleep(CONFIRM_POLL_MILLIS);
        }
    }

    private void tick() {
        try {
            Instant now = clock.instant();
            if (Duration.between(lastListed, now).compareTo(RELIST_EVERY) >= 0) {
                relist(now);
            }
            watched.forEach((tunnel, w) -> judge(tunnel, w, now));
        } catch (RuntimeException e) {
            LOG.warn("liveness tick failed", e);
        }
    }

    private void judge(String tunnel, Watched w, Instant now) {
        RemoteShell.LineStream s = w.stream;
        boolean probing = s != null && s.isRunning();
        if (!probing && Duration.between(w.lastStart, now).compareTo(RESTART_AFTER) >= 0) {
            probing = startStream(tunnel, w, now);
        }
        LinkStatus status;
        if (!probing) {
            // no probes means no evidence about the tunnel (the SSH link may be what failed): never call it down
            status = new LinkStatus(LinkCondition.UNKNOWN, null, null, "not probed: the probe stream stopped");
        } else {
            synchronized (w) {
                status = w.health.evaluate(now);
            }
        }
        boolean changed = status.condition() != w.last.condition();
        w.last = status;
        if (changed || Duration.between(w.lastReported, now).compareTo(TRACE_EVERY) >= 0) {
            w.lastReported = now;
            sink.report(tunnel, status);
        }
    }

    private void relist(Instant now) {
        lastListed = now;
        List<String> names;
        try {
            names = router.listTunnels(measure.get()).stream().filter(Tunnel::isUsable).map(Tunnel::name)
                    .filter(n -> onlyTunnels.isEmpty() || onlyTunnels.contains(n)).toList();
        } catch (ShellException e) {
            LOG.debug("liveness cannot list tunnels: {}", e.getMessage());
            lastListed = now.minus(RELIST_EVERY).plus(RESTART_AFTER);
            return;
        }
        for (String t : names) {
            watched.computeIfAbsent(t, n -> {
                Watched w = new Watched();
                startStream(n, w, now);
                return w;
            });
        }
        watched.keySet().removeIf(t -> {
            if (names.contains(t)) {
                return false;
            }
            stop(watched.get(t));
            return true;
        });
    }

    /** Starts (or restarts) the tunnel's stream with a fresh state machine: old misses say nothing about now. */
    private boolean startStream(String tunnel, Watched w, Instant now) {
        w.lastStart = now;
        stop(w);
        synchronized (w) {
            w.health = new LinkHealth(settings, now);
        }
        try {
            w.stream = prober.start(tunnel, settings.targets(), settings.intervalMillis(), settings.timeoutMillis(),
                    line -> onLine(w, line));
            w.warned = false;
            return true;
        } catch (ShellException | RuntimeException e) {
            // once per streak: a router refusing channels (sshd MaxSessions) would otherwise log every 2 s
            if (!w.warned) {
                LOG.warn("cannot start the liveness stream of {} (it stays UNKNOWN; retrying every {} s): {}",
                        tunnel, RESTART_AFTER.toSeconds(), e.getMessage());
                w.warned = true;
            }
            return false;
        }
    }

    private void onLine(Watched w, ProbeLine line) {
        if (line.target() < 0 || line.target() >= settings.targets().size()) {
            return;
        }
        Instant now = clock.instant();
        synchronized (w) {
            if (line instanceof ProbeLine.Reply r) {
                w.health.answered(r.target(), r.seq(), r.rttMs(), now);
            } else if (line instanceof ProbeLine.Lost l && l.definite()) {
                w.health.missed(l.target(), now);
            }
        }
    }

    private static void stop(Watched w) {
        RemoteShell.LineStream s = w == null ? null : w.stream;
        if (s != null) {
            w.stream = null;
            s.close();
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        watched.values().forEach(LivenessMonitor::stop);
        watched.clear();
    }
}
