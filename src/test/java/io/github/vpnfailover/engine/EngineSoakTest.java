package io.github.vpnfailover.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Weights;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.ScoringMode;
import io.github.vpnfailover.core.Tunnel;
import io.github.vpnfailover.core.TunnelState;
import io.github.vpnfailover.router.RouterControl;
import io.github.vpnfailover.router.SwitchResult;
import io.github.vpnfailover.store.HistoryStore;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compressed soak: the engine with a real SQLite history over an in-memory router of three tunnels whose
 * quality drifts and which drop at random, cycle interval 1 s, liveness reports every 250 ms, auto-failover on.
 * Runs {@code -Dsoak.seconds} (default 600). Prints heap, threads and open files at start (after warm-up) and
 * end, and the samples, decisions and switches; fails on lost samples, unexplained decisions, or growth of
 * threads, file descriptors or heap beyond generous bounds. Run: {@code mvn -Psoak test -Dtest=EngineSoakTest}.
 */
@Tag("soak")
class EngineSoakTest {

    @TempDir
    Path dir;

    @Test
    void engineRunsFlatForTheWholeSoak() throws Exception {
        long seconds = Long.getLong("soak.seconds", 600);
        long seed = Long.getLong("soak.seed", System.nanoTime());
        System.out.println("EngineSoakTest: " + seconds + " s, seed " + seed);
        DriftingRouter router = new DriftingRouter(new Random(seed));
        AtomicLong sampleEvents = new AtomicLong();
        AtomicLong decisions = new AtomicLong();
        AtomicLong switches = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<String> unexplained = new java.util.concurrent.CopyOnWriteArrayList<>();
        var liveness = Executors.newSingleThreadScheduledExecutor(new NamedThreads("soak-liveness"));
        try (HistoryStore store = HistoryStore.open(dir.resolve("history.db"))) {
            Engine engine = new Engine(router, store, "soak", policy(), Clock.systemUTC(), EngineOptions.defaults(), FastFailover.off());
            engine.addListener(e -> {
                if (e instanceof EngineEvent.SampleEvent) {
                    sampleEvents.incrementAndGet();
                } else if (e instanceof EngineEvent.DecisionEvent d) {
                    decisions.incrementAndGet();
                    if (d.decision().reason() == null || d.decision().reason().isBlank()) {
                        unexplained.add(d.toString());
                    }
                } else if (e instanceof EngineEvent.SwitchEvent s) {
                    switches.incrementAndGet();
                    if (s.reason() == null || s.reason().isBlank()) {
                        unexplained.add(s.toString());
                    }
                } else if (e instanceof EngineEvent.ErrorEvent) {
                    errors.incrementAndGet();
                }
            });
            liveness.scheduleAtFixedRate(() -> {
                for (String t : DriftingRouter.NAMES) {
                    engine.reportLiveness(t, router.isDown(t) ? TunnelState.DOWN : TunnelState.UP, router.isDown(t) ? null : router.latency(t));
                }
            }, 250, 250, TimeUnit.MILLISECONDS);
            engine.start();
            try {
                long warmUp = Math.max(5, seconds / 10);
                Thread.sleep(warmUp * 1000);
                Figures start = Figures.now(store.countSamples());
                System.out.println("EngineSoakTest start (after " + warmUp + " s warm-up): " + start);
                Thread.sleep((seconds - warmUp) * 1000);
                Figures end = Figures.now(store.countSamples());
                System.out.println("EngineSoakTest end: " + end);
                System.out.println("EngineSoakTest: " + sampleEvents.get() + " samples, " + decisions.get() + " decisions, "
                        + switches.get() + " switches, " + errors.get() + " error events, " + router.drops.get() + " drops");
                assertThat(end.samplesStored).as("the engine kept measuring").isGreaterThan(start.samplesStored);
                assertThat(end.threads).as("threads").isLessThanOrEqualTo(start.threads + 3);
                assertThat(end.openFiles).as("open file descriptors").isLessThanOrEqualTo(start.openFiles + 5);
                assertThat(end.heapMb).as("heap after GC, MB").isLessThan(start.heapMb + 64);
            } finally {
                engine.close();
                liveness.shutdownNow();
            }
            assertThat(store.countSamples()).as("every sample the engine published is stored").isEqualTo(sampleEvents.get());
            assertThat(unexplained).as("decisions and switches without a reason").isEmpty();
            assertThat(decisions.get()).isPositive();
        }
    }

    private static Policy policy() {
        Policy d = Policy.defaults();
        return new Policy(new Weights(1, 1, 0.5, 1), 3, 0.15, 1, 5, ScoringMode.NORMALIZED, true, d.measure());
    }

    /** What the process holds: heap after a GC, live threads, open file descriptors, and the history's rows. */
    private record Figures(double heapMb, int threads, long openFiles, long samplesStored) {
        static Figures now(long samples) throws Exception {
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(100);
            }
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            long fds;
            try (var s = Files.list(Path.of("/proc/self/fd"))) {
                fds = s.count();
            }
            return new Figures(heap.getUsed() / 1048576.0, ManagementFactory.getThreadMXBean().getThreadCount(), fds, samples);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "heap %.1f MB, %d threads, %d open files, %d samples stored", heapMb, threads,
                    openFiles, samplesStored);
        }
    }

    /** Three tunnels whose latency and throughput drift on slow waves, each dropping out now and then. */
    private static final class DriftingRouter implements RouterControl {
        static final List<String> NAMES = List.of("tun0", "tun1", "wg0");
        private final Random random;
        private final long t0 = System.nanoTime();
        private final ConcurrentHashMap<String, Long> downUntil = new ConcurrentHashMap<>();
        final AtomicLong drops = new AtomicLong();
        private volatile String active = "tun0";

        DriftingRouter(Random random) {
            this.random = random;
        }

        double latency(String t) {
            double s = (System.nanoTime() - t0) / 1e9;
            int i = NAMES.indexOf(t);
            return 30 + 20 * Math.sin(s / (20 + 7 * i) + i * 2.1);
        }

        boolean isDown(String t) {
            return downUntil.getOrDefault(t, 0L) > System.nanoTime();
        }

        @Override
        public synchronized List<Tunnel> listTunnels(MeasureSettings settings) {
            return NAMES.stream().map(n -> new Tunnel(n, isDown(n) ? TunnelState.DOWN : TunnelState.UP, List.of("10.9.0.1/32"), null, null))
                    .toList();
        }

        @Override
        public Sample measure(String t, MeasureSettings settings) {
            synchronized (this) {
                if (!isDown(t) && random.nextInt(100) < 3) {
                    downUntil.put(t, System.nanoTime() + Duration.ofSeconds(2 + random.nextInt(6)).toNanos());
                    drops.incrementAndGet();
                }
            }
            try {
                Thread.sleep(15);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (isDown(t)) {
                return Sample.failed(t, Instant.now(), "ping: 100% packet loss");
            }
            double lat = latency(t);
            double down = 200 - lat * 2;
            return new Sample(t, Instant.now(), lat, lat * 0.9, lat * 1.2, lat / 10, 0.0, down, down / 4, null);
        }

        @Override
        public Optional<String> active() {
            return Optional.of(active);
        }

        @Override
        public SwitchResult switchTo(String t, MeasureSettings settings) {
            active = t;
            return new SwitchResult(t, true, t, "routes point at " + t);
        }

        @Override
        public String describe() {
            return "soak router";
        }
    }
}
