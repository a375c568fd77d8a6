package io.github.vpnfailover.engine;

import static io.github.vpnfailover.engine.FakeRouter.answers;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Weights;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.ScoringMode;
import io.github.vpnfailover.store.HistoryStore;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Store append cost and engine memory at 1 k vs 10 M stored samples, in one run.
 * {@code mvn -B -Pbench verify -Dtest=HistoryScalingBenchmark} (rows: -Dbench.rows=10000000).
 */
@Tag("bench")
class HistoryScalingBenchmark {

    static final long BIG = Long.getLong("bench.rows", 10_000_000L);
    static final long SMALL = 1_000;
    static final int APPENDS = 3_000;
    static final String[] TUNNELS = {"tun0", "tun1", "tun2", "tun3"};

    @TempDir
    Path dir;

    @Test
    void appendCostAndEngineMemoryDoNotGrowWithHistory() throws Exception {
        try (HistoryStore small = HistoryStore.open(dir.resolve("small.db"));
             HistoryStore big = HistoryStore.open(dir.resolve("big.db"))) {
            fill(small, SMALL);
            long t0 = System.nanoTime();
            fill(big, BIG);
            double fillSeconds = (System.nanoTime() - t0) / 1e9;
            assertThat(big.countSamples()).isEqualTo(BIG);

            // interleave rounds so that machine noise hits both sizes alike
            double[] smallUs = new double[APPENDS * 3];
            double[] bigUs = new double[APPENDS * 3];
            long ts = Instant.parse("2030-01-01T00:00:00Z").getEpochSecond();
            for (int round = 0; round < 3; round++) {
                time(small, smallUs, round * APPENDS, ts + round * APPENDS);
                time(big, bigUs, round * APPENDS, ts + round * APPENDS);
            }
            double smallMedian = median(smallUs);
            double bigMedian = median(bigUs);
            double ratio = bigMedian / smallMedian;

            long memSmall = engineHeap(small);
            long memBig = engineHeap(big);
            System.out.printf("BENCH fill %,d rows in %.1f s (%.0f rows/s)%n", BIG, fillSeconds, BIG / fillSeconds);
            System.out.printf("BENCH store append median: %.1f us at %,d rows, %.1f us at %,d rows, ratio %.2f (limit 1.50)%n",
                    smallMedian, SMALL, bigMedian, BIG, ratio);
            System.out.printf("BENCH engine heap after 10 cycles: %,d KiB with %,d rows, %,d KiB with %,d rows%n",
                    memSmall / 1024, SMALL, memBig / 1024, BIG);
            assertThat(ratio).isLessThanOrEqualTo(1.5);
            assertThat(memBig).isLessThan(memSmall + 8L * 1024 * 1024);
        }
    }

    private static void fill(HistoryStore store, long rows) throws Exception {
        Instant base = Instant.parse("2020-01-01T00:00:00Z");
        Iterable<Sample> samples = () -> new Iterator<>() {
            long i;

            @Override
            public boolean hasNext() {
                return i < rows;
            }

            @Override
            public Sample next() {
                long k = i++;
                String t = TUNNELS[(int) (k % TUNNELS.length)];
                double lat = 20 + (k % 97);
                return new Sample(t, base.plusSeconds(k / TUNNELS.length * 60), lat, lat - 1, lat + 1, 0.5, 0.0, 50.0, 10.0, null);
            }
        };
        store.appendAll("bench", samples);
    }

    private static void time(HistoryStore store, double[] us, int from, long epoch) throws Exception {
        for (int i = 0; i < APPENDS; i++) {
            String t = TUNNELS[i % TUNNELS.length];
            Sample s = new Sample(t, Instant.ofEpochSecond(epoch + i), 30.0, 29.0, 31.0, 0.5, 0.0, 50.0, 10.0, null);
            long t0 = System.nanoTime();
            store.append("bench", s);
            us[from + i] = (System.nanoTime() - t0) / 1e3;
        }
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    /** Heap held after an engine over this store ran 10 cycles (its window loaded from the store). */
    private static long engineHeap(HistoryStore store) throws Exception {
        long before = usedAfterGc();
        FakeRouter r = new FakeRouter();
        for (String t : TUNNELS) {
            r.tunnel(t, answers(30, 50));
        }
        r.active = "tun0";
        Policy d = Policy.defaults();
        Policy p = new Policy(new Weights(1, 1, 0.5, 1), 10, 0.15, 60, 0, ScoringMode.NORMALIZED, true, d.measure());
        Engine engine = new Engine(r, store, "bench", p, Clock.systemUTC(), EngineOptions.defaults(), FastFailover.off());
        for (int i = 0; i < 10; i++) {
            engine.runOnce().get(60, TimeUnit.SECONDS);
        }
        long held = usedAfterGc() - before;
        engine.close();
        return Math.max(0, held);
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
