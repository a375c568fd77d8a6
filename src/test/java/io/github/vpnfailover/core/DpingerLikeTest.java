package io.github.vpnfailover.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dpinger-like mode raises its alarm where dpinger's own arithmetic says: 2 s + 24 lost probes of 500 ms. */
class DpingerLikeTest {

    @Test
    void aDeadLinkAlarmsAfterTheLossIntervalAndTwentyPercentOfTheWindow() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        var h = new LinkHealth(DpingerLike.settings(List.of("10.0.0.1")), t0);
        Instant now = t0;
        for (int seq = 1; seq <= DpingerLike.WINDOW_PROBES; seq++) {
            now = now.plusMillis(DpingerLike.INTERVAL_MILLIS);
            h.answered(0, seq, 20, now);
            h.evaluate(now);
        }
        assertThat(h.status().condition()).isEqualTo(LinkCondition.UP);
        Instant lastSent = now.minusMillis(20);
        long alarmAfter = -1;
        for (int ms = 0; ms <= 30_000; ms += 10) {
            if (h.evaluate(now.plusMillis(ms)).condition() != LinkCondition.UP) {
                alarmAfter = Duration.between(lastSent, now.plusMillis(ms)).toMillis();
                break;
            }
        }
        assertThat(h.status().condition()).isEqualTo(LinkCondition.DEGRADED);
        // the 24th lost probe (20 % of 120) is sent 24 x 500 ms after the last answered one and lost 2 s later
        assertThat(alarmAfter).isBetween(14_000L, 14_020L);
    }
}
