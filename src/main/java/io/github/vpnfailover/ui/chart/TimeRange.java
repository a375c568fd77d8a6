package io.github.vpnfailover.ui.chart;

import java.time.Duration;

/** The chart's time window, ending now. */
public enum TimeRange {
    MIN_15("15 min", Duration.ofMinutes(15)),
    HOUR_1("1 h", Duration.ofHours(1)),
    HOURS_6("6 h", Duration.ofHours(6)),
    HOURS_24("24 h", Duration.ofHours(24)),
    DAYS_7("7 d", Duration.ofDays(7));

    private final String label;
    private final Duration length;

    TimeRange(String label, Duration length) {
        this.label = label;
        this.length = length;
    }

    public String label() {
        return label;
    }

    public Duration length() {
        return length;
    }
}
