package io.github.vpnfailover.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The x axis is labelled at round local times, not at quarters of the span. */
class TimeTicksTest {

    private static long at(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void fifteenMinutesTickEveryFiveMinutes() {
        long end = at("2026-12-02T04:03:24Z");
        assertThat(TimeChart.timeTicks(end - 900_000L, end, ZoneOffset.UTC))
                .containsExactly(at("2026-12-02T03:50:00Z"), at("2026-12-02T03:55:00Z"), at("2026-12-02T04:00:00Z"));
    }

    @Test
    void oneHourTicksEveryQuarterAndATickOnTheStartIsKept() {
        long end = at("2026-12-02T05:00:00Z");
        assertThat(TimeChart.timeTicks(end - 3_600_000L, end, ZoneOffset.UTC)).hasSize(5)
                .startsWith(at("2026-12-02T04:00:00Z")).endsWith(end);
    }

    @Test
    void sevenDaysTickAtLocalMidnight() {
        ZoneId zone = ZoneId.of("Europe/Berlin"); // UTC+1 in December
        long end = at("2026-12-09T12:00:00Z");
        List<Long> ticks = TimeChart.timeTicks(end - 7 * 86_400_000L, end, zone);
        assertThat(ticks).hasSize(7).allSatisfy(t -> assertThat(Instant.ofEpochMilli(t).atZone(zone).toLocalTime().toString())
                .isEqualTo("00:00"));
    }

    @Test
    void sixAndTwentyFourHoursTickHourlyAndEverySixHours() {
        long end = at("2026-12-02T04:30:00Z");
        assertThat(TimeChart.timeTicks(end - 21_600_000L, end, ZoneOffset.UTC)).hasSize(6).first().isEqualTo(at("2026-12-01T23:00:00Z"));
        assertThat(TimeChart.timeTicks(end - 86_400_000L, end, ZoneOffset.UTC))
                .containsExactly(at("2026-12-01T06:00:00Z"), at("2026-12-01T12:00:00Z"), at("2026-12-01T18:00:00Z"), at("2026-12-02T00:00:00Z"));
    }
}
