package io.github.vpnfailover.router.ssh;

import java.time.Duration;

/**
 * Exponential backoff for reconnecting after a drop: attempt 1 at once, then waits of
 * initialDelay, 2x, 4x ... capped at maxDelay, for at most maxAttempts attempts per command.
 */
public record ReconnectPolicy(Duration initialDelay, Duration maxDelay, int maxAttempts) {

    /** 1 s, 2 s, 4 s, 8 s between 5 attempts: about 15 s of waiting before a command gives up. */
    public static final ReconnectPolicy DEFAULT = new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(16), 5);

    public ReconnectPolicy {
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("reconnect policy needs 0 <= initialDelay <= maxDelay and maxAttempts >= 1");
        }
    }

    /** The wait before attempt {@code attempt} (1-based); zero for the first. */
    public Duration delayBefore(int attempt) {
        if (attempt <= 1) {
            return Duration.ZERO;
        }
        long factor = 1L << Math.min(attempt - 2, 30);
        Duration delay = initialDelay.multipliedBy(factor);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
