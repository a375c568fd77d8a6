package io.github.vpnfailover.ui;

import io.github.vpnfailover.core.Decider;
import io.github.vpnfailover.engine.SwitchKind;
import io.github.vpnfailover.engine.Step;
import io.github.vpnfailover.core.Decision;
import io.github.vpnfailover.core.DecisionKind;
import io.github.vpnfailover.core.HoldDown;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.ScoreBoard;
import io.github.vpnfailover.core.Scorer;
import io.github.vpnfailover.core.Situation;
import io.github.vpnfailover.engine.ConnectionState;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.router.SwitchResult;
import io.github.vpnfailover.engine.EngineControl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A stand-in engine for UI tests and the demo: three tunnels of clearly different quality (wg0 fast,
 * tun0 decent, tun1 slow and lossy), synthetic stored history, and switches that always verify.
 * In manual mode nothing happens until a test calls {@link #emit}; in demo mode a cycle runs every period.
 */
public final class FakeEngine implements EngineControl {

    public static final List<String> TUNNELS = List.of("tun0", "tun1", "wg0");

    private final List<Consumer<EngineEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private final Duration period;
    private final Map<String, Deque<Sample>> recent = new LinkedHashMap<>();
    private final Random random = new Random(42);
    private volatile Policy policy = Policy.defaults();
    private volatile String active = "tun0";
    private ScheduledExecutorService cycles;

    public final List<String> switchCalls = new CopyOnWriteArrayList<>();
    public final Set<String> held = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The alarm levels the charts and the table show (null: none). */
    public volatile io.github.vpnfailover.core.QualityThresholds quality;
    private final HoldDown holdDown = new HoldDown(Clock.systemUTC());
    public final List<Boolean> autoCalls = new CopyOnWriteArrayList<>();
    public final List<Policy> policyUpdates = new CopyOnWriteArrayList<>();
    public final AtomicInteger measureNowCalls = new AtomicInteger();
    public final AtomicInteger historyCalls = new AtomicInteger();
    public final List<io.github.vpnfailover.store.SwitchRecord> storedSwitches = new CopyOnWriteArrayList<>();

    private FakeEngine(Clock clock, Duration period) {
        this.clock = clock;
        this.period = period;
    }

    /** Only what tests emit. */
    public static FakeEngine manual() {
        return new FakeEngine(Clock.systemDefaultZone(), null);
    }

    /** Measures the three tunnels every {@code period} once started. */
    public static FakeEngine demo(Duration period) {
        return new FakeEngine(Clock.systemDefaultZone(), period);
    }

    public void emit(EngineEvent e) {
        listeners.forEach(l -> l.accept(e));
    }

    @Override
    public void addListener(Consumer<EngineEvent> listener) {
        listeners.add(listener);
    }

    @Override
    public synchronized void start() {
        if (period == null || cycles != null) {
            return;
        }
        cycles = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fake-engine");
            t.setDaemon(true);
            return t;
        });
        emit(new EngineEvent.ConnectionEvent(clock.instant(), ConnectionState.CONNECTED, "demo router (fake)", null));
        cycles.scheduleWithFixedDelay(this::cycle, 300, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletableFuture<Void> runOnce() {
        cycle();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void measureNow() {
        measureNowCalls.incrementAndGet();
        if (cycles != null) {
            cycles.execute(this::cycle);
        }
    }

    @Override
    public void setAutoFailover(boolean on) {
        autoCalls.add(on);
        policy = policy.withAutoFailover(on);
    }

    @Override
    public void updatePolicy(Policy p) {
        policyUpdates.add(p);
        policy = p;
    }

    @Override
    public Policy policy() {
        return policy;
    }

    @Override
    public java.util.Map<String, io.github.vpnfailover.core.LinkStatus> liveness() {
        return java.util.Map.of();
    }

    @Override
    public String active() {
        return active;
    }

    @Override
    public CompletableFuture<SwitchResult> switchNow(String tunnel) {
        switchCalls.add(tunnel);
        return CompletableFuture.supplyAsync(() -> {
            String from = active;
            active = tunnel;
            holdDown.start();
            emit(new EngineEvent.SwitchEvent(clock.instant(), from, tunnel, true, true, "manual switch to " + tunnel, SwitchKind.MANUAL));
            return new SwitchResult(tunnel, true, tunnel, "default route via " + tunnel);
        });
    }

    @Override
    public io.github.vpnfailover.core.QualityThresholds quality() {
        return quality;
    }

    @Override
    public void hold(String tunnel, boolean on) {
        if (on) {
            held.add(tunnel);
        } else {
            held.remove(tunnel);
        }
    }

    @Override
    public CompletableFuture<List<io.github.vpnfailover.store.SwitchRecord>> switches(Instant from, Instant to) {
        return CompletableFuture.completedFuture(storedSwitches.stream()
                .filter(r -> !r.time().isBefore(from) && r.time().isBefore(to)).toList());
    }

    @Override
    public CompletableFuture<List<Sample>> history(String tunnel, Instant from, Instant to) {
        historyCalls.incrementAndGet();
        return CompletableFuture.supplyAsync(() -> synthetic(tunnel, from, to));
    }

    @Override
    public synchronized void close() {
        if (cycles != null) {
            cycles.shutdownNow();
        }
    }

    /** One measuring cycle: progress, a sample per tunnel, a decision and (auto-failover on) a switch. */
    private void cycle() {
        Instant now = clock.instant();
        for (int i = 0; i < TUNNELS.size(); i++) {
            String t = TUNNELS.get(i);
            emit(new EngineEvent.ProgressEvent(clock.instant(), t, Step.MEASURE, i, TUNNELS.size(), null));
            Sample s = sample(t, clock.instant(), random);
            Deque<Sample> d = recent.computeIfAbsent(t, k -> new ArrayDeque<>());
            d.addFirst(s);
            while (d.size() > 20) {
                d.removeLast();
            }
            emit(new EngineEvent.SampleEvent(clock.instant(), s));
        }
        Policy p = policy;
        Map<String, List<Sample>> windows = new LinkedHashMap<>();
        Map<String, Sample> latest = new LinkedHashMap<>();
        recent.forEach((t, d) -> {
            windows.put(t, List.copyOf(d));
            latest.put(t, d.peekFirst());
        });
        ScoreBoard scores = new Scorer().score(windows, p);
        EngineEvent.WindowEvent w = new EngineEvent.WindowEvent(clock.instant(), active, TUNNELS, windows, latest, Set.of(),
                Set.copyOf(held), holdDown.since(), scores);
        emit(w);
        Decision d = new Decider(holdDown).decide(w.situation(scores), p);
        boolean apply = p.autoFailover() && d.kind() != DecisionKind.STAY;
        emit(new EngineEvent.DecisionEvent(clock.instant(), d, scores.asMap(), apply));
        if (apply) {
            String from = active;
            active = d.target();
            holdDown.start();
            emit(new EngineEvent.SwitchEvent(clock.instant(), from, d.target(), true, false, d.reason(),
                    d.kind() == DecisionKind.FAILOVER ? SwitchKind.FAILOVER : SwitchKind.SWITCH));
        }
        if (period != null) { // the demo's servers: one answers, one behind a dropped port
            emit(new EngineEvent.ServerEvent(clock.instant(), "wg0", "vpn1.example.net", 1194, "udp",
                    io.github.vpnfailover.probe.ProbeStatus.OK, 24 + random.nextDouble() * 4, null));
            emit(new EngineEvent.ServerEvent(clock.instant(), "tun1", "vpn2.example.net", 443, "tcp",
                    io.github.vpnfailover.probe.ProbeStatus.CRITICAL, null, "no valid response within 3 s (2 attempts)"));
        }
        emit(new EngineEvent.ProgressEvent(clock.instant(), null, Step.IDLE, 0, 0, period == null ? null : period));
        now.getEpochSecond();
    }

    /** Stored history: a sample every 30 s (coarser for long ranges), same quality profile as live ones. */
    static List<Sample> synthetic(String tunnel, Instant from, Instant to) {
        long span = Duration.between(from, to).toMillis();
        long step = Math.max(30_000, span / 3000);
        Random r = new Random(tunnel.hashCode() ^ from.toEpochMilli() / step);
        List<Sample> out = new ArrayList<>();
        for (long t = (from.toEpochMilli() / step + 1) * step; t < to.toEpochMilli() - 5_000; t += step) {
            out.add(sample(tunnel, Instant.ofEpochMilli(t), r));
        }
        return out;
    }

    /** The three quality profiles; tun0 has a bad spell every half hour so the charts have something to show. */
    static Sample sample(String tunnel, Instant time, Random r) {
        double phase = (time.getEpochSecond() % 1800) / 1800.0;
        switch (tunnel) {
            case "wg0": {
                double lat = 21 + r.nextGaussian() * 2;
                return sample(tunnel, time, lat, 3 + r.nextDouble() * 3, 1.5, r.nextDouble() < 0.9 ? 0 : 1,
                        110 + r.nextGaussian() * 8, 34 + r.nextGaussian() * 3);
            }
            case "tun1": {
                double lat = 58 + r.nextGaussian() * 12 + (r.nextDouble() < 0.1 ? 60 : 0);
                return sample(tunnel, time, lat, 15 + r.nextDouble() * 40, 9, 2 + r.nextInt(5),
                        38 + r.nextGaussian() * 6, 9 + r.nextGaussian() * 2);
            }
            default: {
                boolean badSpell = phase > 0.55 && phase < 0.7;
                double lat = (badSpell ? 75 : 31) + r.nextGaussian() * 4;
                return sample(tunnel, time, lat, 6 + r.nextDouble() * (badSpell ? 40 : 8), badSpell ? 12 : 3, badSpell ? 4 : 0,
                        (badSpell ? 35 : 85) + r.nextGaussian() * 6, 18 + r.nextGaussian() * 2);
            }
        }
    }

    private static Sample sample(String tunnel, Instant time, double lat, double spread, double jitter, double loss,
                                 double down, double up) {
        double l = Math.max(1, lat);
        return new Sample(tunnel, time, l, Math.max(0.5, l - spread * 0.3), l + spread * 0.7, jitter, loss,
                Math.max(0, down), Math.max(0, up), null);
    }

    public static Sample sample(String tunnel, double latency, double loss, double down, double up) {
        return new Sample(tunnel, Instant.now(), latency, latency - 1, latency + 2, 1.0, loss, down, up, null);
    }
}
