package io.github.vpnfailover.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The adaptive miss timeout inside fall/rise (decision 0200): a dead 20 ms link is judged tens of ms after its
 * third missed probe, a 150 ms one in hundreds; ordinary jitter never builds a miss streak reaching fall.
 */
class AdaptiveMissTimeoutTest {

    private static final int TICK = 5;

    private static LivenessSettings settings(int interval) {
        return LivenessSettings.defaults().withTargets(List.of("10.0.0.1")).withIntervalMillis(interval);
    }

    /** Round trips {@code base} ± {@code jitter} (fraction, uniform), from a seeded random source. */
    private static double[] jittered(long seed, int n, double base, double jitter) {
        Random r = new Random(seed);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = base * (1 + (r.nextDouble() * 2 - 1) * jitter);
        }
        return out;
    }

    @ParameterizedTest(name = "{0} ms link, probe every {1} ms")
    @CsvSource({"20, 200", "20, 100", "150, 200", "150, 100"})
    void twentyPercentJitterNeverReachesFall(double base, int interval) {
        for (long seed = 1; seed <= 20; seed++) {
            double[] rtt = jittered(seed, 3_000, base, 0.2);
            long death = ProbeSim.firstDeathMillis(settings(interval), rtt.length, TICK, k -> rtt[(int) k]);
            assertThat(death).as("seed %d: a target judged dead by jitter alone at %d ms", seed, death).isEqualTo(-1);
        }
    }

    @ParameterizedTest(name = "{0} ms link settles on a timeout of {1} to {2} ms")
    @CsvSource({"20, 50, 50", "150, 160, 300"})
    void aJitteryLinksTimeoutStaysNearItsRoundTrip(double base, long min, long max) {
        double[] rtt = jittered(7, 500, base, 0.2);
        long t = ProbeSim.timeoutAfter(settings(200), rtt.length, k -> rtt[(int) k]);
        assertThat(t).isBetween(min, max);
    }

    @ParameterizedTest(name = "dead {0} ms link judged within fall x {1} ms + {2} ms")
    @CsvSource({"20, 200, 50", "150, 200, 300", "20, 100, 50"})
    void aDeadLinkIsJudgedOneTimeoutAfterItsThirdMissedProbe(double base, int interval, long slack) {
        double[] rtt = jittered(3, 400, base, 0.2);
        int lastAnswered = 199;
        long death = ProbeSim.firstDeathMillis(settings(interval), rtt.length, TICK,
                k -> k <= lastAnswered ? rtt[(int) k] : Double.NaN);
        long afterLastSend = death - (long) lastAnswered * interval;
        // far below the fixed 800 ms timeout it replaces: 3 intervals, then one adaptive timeout
        assertThat(afterLastSend).isBetween(3L * interval, 3L * interval + slack + TICK);
    }

    @ParameterizedTest(name = "150 ms link, a 400 ms spike of {0} ms, probe every {1} ms: dead {2}")
    @CsvSource({"1000, 200, false", "3000, 200, false", "1000, 100, true"})
    void aSpikeOf400MsRidesOutAt200MsButNotAt100Ms(long spikeMillis, int interval, boolean dies) {
        double[] rtt = jittered(11, 1_000, 150, 0.2);
        long spikeFrom = 60_000 / interval;
        long spikeTo = spikeFrom + spikeMillis / interval;
        long death = ProbeSim.firstDeathMillis(settings(interval), rtt.length, TICK,
                k -> rtt[(int) k] + (k >= spikeFrom && k < spikeTo ? 400 : 0));
        // at 100 ms the 3rd probe's timeout passes before the spike's first answer comes back: why 200 ms stays the default
        assertThat(death >= 0).as("judged dead at %d ms", death).isEqualTo(dies);
    }

    /**
     * The spike as the test bed's relay makes it (DetectionBenchmark): the whole round trip, 150 + 400 ms, jittered
     * ±20 %, so the spike's first answer can take 660 ms; each answer reaches the monitor {@code lateMs} after ping
     * saw it (ping's output, the SSH channel). 200 spikes of 2 s, each starting at a random phase of the probe clock.
     */
    @ParameterizedTest(name = "150 ms link, 400 ms spikes jittered as a whole, answers {0} ms late: never dead")
    @CsvSource({"0", "25"})
    void aJitteredSpikeOf400MsNeverReachesFallAt200Ms(int lateMs) {
        var s = settings(200);
        Random r = new Random(17);
        for (int spike = 0; spike < 200; spike++) {
            long phase = r.nextInt(200);
            double[] rtt = new double[300];
            for (int k = 0; k < rtt.length; k++) {
                long sent = k * 200L;
                boolean inSpike = sent >= 30_000 + phase && sent < 32_000 + phase;
                rtt[k] = (inSpike ? 550 : 150) * (1 + (r.nextDouble() * 2 - 1) * 0.2);
            }
            long death = ProbeSim.firstDeathMillis(s, rtt.length, TICK, lateMs, k -> rtt[(int) k]);
            assertThat(death).as("spike %d (phase %d ms): judged dead at %d ms", spike, phase, death).isEqualTo(-1);
        }
    }

    @ParameterizedTest(name = "fixed timeout when floor = ceiling = {0}")
    @CsvSource({"800", "300"})
    void equalFloorAndCeilingKeepTheFixedTimeout(int timeout) {
        var s = new LivenessSettings(List.of("10.0.0.1"), 200, timeout, 3, 5, 1, null, 3, 120, List.of());
        assertThat(ProbeSim.timeoutAfter(s, 100, k -> 20)).isEqualTo(timeout);
    }
}
