package io.github.vpnfailover.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fall/rise state machine, driven by a hand-moved clock: probes every 200 ms, timeout 800 ms, fall 3, rise 5. */
class LinkHealthTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final MutableClock clock = new MutableClock(T0);

    private static LivenessSettings settings(int reliability, QualityThresholds q) {
        return new LivenessSettings(List.of("10.0.0.1", "10.0.0.2"), 200, 800, 3, 5, reliability, q, 3, 120, List.of());
    }

    /** Every target answers {@code n} probes, 200 ms apart, each after {@code rtt} ms. */
    private long answerAll(LinkHealth h, long seq, int n, double rtt) {
        for (int i = 0; i < n; i++) {
            clock.advance(Duration.ofMillis(200));
            h.answered(0, seq, rtt, clock.instant());
            h.answered(1, seq, rtt, clock.instant());
            h.evaluate(clock.instant());
            seq++;
        }
        return seq;
    }

    private LinkCondition after(LinkHealth h, long millis) {
        clock.advance(Duration.ofMillis(millis));
        return h.evaluate(clock.instant()).condition();
    }

    @Test
    void startsUnknownAndIsUpAfterRiseAnswersInARow() {
        LinkHealth h = new LinkHealth(settings(1, null), T0);
        answerAll(h, 1, 4, 10);
        assertThat(h.status().condition()).isEqualTo(LinkCondition.UNKNOWN);
        answerAll(h, 5, 1, 10);
        assertThat(h.status().condition()).isEqualTo(LinkCondition.UP);
        assertThat(h.status().rttMs()).isEqualTo(10.0);
        assertThat(h.status().lossPercent()).isZero();
    }

    @Test
    void goesDownExactlyWhenTheThirdProbeAfterTheLastAnswerTimesOut() {
        LinkHealth h = new LinkHealth(settings(1, null), T0);
        answerAll(h, 1, 5, 10);
        // the last answered probe went out 10 ms before its answer; the 3rd probe after it times out 3 x 200 + 800 ms later
        assertThat(after(h, 1389)).isEqualTo(LinkCondition.UP);
        assertThat(after(h, 1)).isEqualTo(LinkCondition.DOWN);
        assertThat(h.status().reason()).isEqualTo("2 of 2 targets missed 3 probes in a row");
    }

    @Test
    void oneSilentTargetKeepsTheTunnelUpUnlessReliabilityNeedsBoth() {
        LinkHealth one = new LinkHealth(settings(1, null), T0);
        LinkHealth both = new LinkHealth(settings(2, null), T0);
        long seq = 1;
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofMillis(200));
            for (LinkHealth h : List.of(one, both)) {
                h.answered(0, seq, 10, clock.instant());
                if (i < 5) {
                    h.answered(1, seq, 10, clock.instant());
                }
                h.evaluate(clock.instant());
            }
            seq++;
        }
        assertThat(one.status().condition()).isEqualTo(LinkCondition.UP);
        assertThat(one.status().reason()).isEqualTo("1 of 2 targets answer");
        assertThat(both.status().condition()).isEqualTo(LinkCondition.DOWN);
    }

    @Test
    void comesBackOnlyAfterRiseAnswersAndALossInBetweenRestartsTheCount() {
        LinkHealth h = new LinkHealth(settings(1, null), T0);
        long seq = answerAll(h, 1, 5, 10);
        after(h, 3000);
        assertThat(h.status().condition()).isEqualTo(LinkCondition.DOWN);
        seq = answerAll(h, seq + 15, 4, 10);
        assertThat(h.status().condition()).isEqualTo(LinkCondition.DOWN);
        answerAll(h, seq + 1, 1, 10); // seq gap: one probe lost, the count starts again at 1
        assertThat(h.status().condition()).isEqualTo(LinkCondition.DOWN);
        answerAll(h, seq + 2, 4, 10);
        assertThat(h.status().condition()).isEqualTo(LinkCondition.UP);
    }

    @Test
    void repliesSlowerThanTheTimeoutCountAsMisses() {
        LinkHealth h = new LinkHealth(settings(1, null), T0);
        long seq = answerAll(h, 1, 5, 10);
        answerAll(h, seq, 3, 900);
        assertThat(h.status().condition()).isEqualTo(LinkCondition.DOWN);
    }

    @Test
    void fivePercentRandomLossWithJitterNeverTakesTheTunnelDownInTenMinutes() {
        Random r = new Random(42);
        LinkHealth h = new LinkHealth(settings(1, null), T0);
        long seq = answerAll(h, 1, 5, 20);
        int downs = 0;
        for (int i = 0; i < 3000; i++) {
            clock.advance(Duration.ofMillis(200));
            for (int t = 0; t < 2; t++) {
                if (r.nextDouble() >= 0.05) {
                    h.answered(t, seq, 20 * (0.8 + 0.4 * r.nextDouble()), clock.instant());
                }
            }
            seq++;
            if (h.evaluate(clock.instant()).condition() != LinkCondition.UP) {
                downs++;
            }
        }
        assertThat(downs).isZero();
        assertThat(h.status().lossPercent()).isBetween(0.0, 20.0);
    }

    @Test
    void qualityDegradesAtTheFailLevelAndRecoversOnlyBelowTheRecoverLevel() {
        var q = new QualityThresholds(100.0, 50.0, null, null, 10);
        LinkHealth h = new LinkHealth(settings(1, q), T0);
        long seq = answerAll(h, 1, 10, 40);
        assertThat(h.status().condition()).isEqualTo(LinkCondition.UP);
        seq = answerAll(h, seq, 10, 120);
        assertThat(h.status().condition()).isEqualTo(LinkCondition.DEGRADED);
        assertThat(h.status().reason()).matches("degraded: latency 1\\d\\d\\.\\d ms >= 100.0 ms");
        seq = answerAll(h, seq, 10, 80); // under the fail level, above the recover level: stays degraded
        assertThat(h.status().condition()).isEqualTo(LinkCondition.DEGRADED);
        answerAll(h, seq, 10, 30);
        assertThat(h.status().condition()).isEqualTo(LinkCondition.UP);
    }

    @Test
    void lossCountedFromSequenceGapsDegradesOnLossLimits() {
        var q = new QualityThresholds(null, null, 20.0, 5.0, 20);
        LinkHealth h = new LinkHealth(settings(1, q), T0);
        long seq = answerAll(h, 1, 10, 10);
        for (int i = 0; i < 10; i++) {
            seq = answerAll(h, seq + 1, 1, 10); // every other probe lost: 50 %
        }
        assertThat(h.status().condition()).isEqualTo(LinkCondition.DEGRADED);
        assertThat(h.status().lossPercent()).isGreaterThanOrEqualTo(20.0);
        answerAll(h, seq, 20, 10);
        assertThat(h.status().condition()).isEqualTo(LinkCondition.UP);
        assertThat(h.status().lossPercent()).isZero();
    }
}
