package io.github.vpnfailover.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Remembers when routes last moved, so quality switches wait {@code holdDownSeconds} after it. */
public final class HoldDown {

    private final Clock clock;
    private volatile Instant since;

    public HoldDown(Clock clock) {
        this.clock = clock;
    }

    /** A hold-down that started at {@code since} (null: none), as another part of the app last saw it (decision 0220). */
    public HoldDown(Clock clock, Instant since) {
        this.clock = clock;
        this.since = since;
    }

    /** When the hold-down last started; null when routes never moved. */
    public Instant since() {
        return since;
    }

    /** Starts (or restarts) the hold-down now: after every switch, manual ones included. */
    public void start() {
        since = clock.instant();
    }

    /** Time left before a quality switch is allowed again; zero when none. */
    public Duration remaining(int holdDownSeconds) {
        Instant s = since;
        if (s == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), s.plusSeconds(holdDownSeconds));
        return left.isNegative() ? Duration.ZERO : left;
    }

    public Instant now() {
        return clock.instant();
    }
}
