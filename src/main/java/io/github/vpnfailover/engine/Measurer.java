package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.router.RouterControl;
import io.github.vpnfailover.router.ShellException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Measures a list of tunnels, in sequence or all at once, each under its own deadline, so one slow tunnel
 * becomes a failed sample instead of stalling the others.
 */
final class Measurer {

    private final RouterControl router;
    private final ExecutorService pool;
    private final Clock clock;

    Measurer(RouterControl router, ExecutorService pool, Clock clock) {
        this.router = router;
        this.pool = pool;
        this.clock = clock;
    }

    /** A deadline generous enough for all pings and both transfers (the upload's drain too), plus SSH overhead. */
    static Duration defaultTimeout(MeasureSettings m) {
        double pings = m.pingCount() * m.pingIntervalSeconds() * Math.max(1, m.pingTargets().size()) + 5;
        return Duration.ofMillis((long) ((pings + 2.0 * m.maxSeconds() + 20) * 1000));
    }

    /**
     * Measures {@code tunnels}; {@code onStart(tunnel, index)} before each, {@code onSample} after each.
     * Throws ShellException when the router could not be reached at all.
     */
    void measure(List<String> tunnels, MeasureSettings m, boolean parallel, Duration timeout,
                 BiConsumer<String, Integer> onStart, Consumer<Sample> onSample) throws ShellException, InterruptedException {
        if (parallel) {
            List<Future<Sample>> futures = new ArrayList<>();
            for (int i = 0; i < tunnels.size(); i++) {
                onStart.accept(tunnels.get(i), i);
                String t = tunnels.get(i);
                futures.add(pool.submit(() -> router.measure(t, m)));
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            for (int i = 0; i < tunnels.size(); i++) {
                onSample.accept(await(tunnels.get(i), futures.get(i), Math.max(0, deadline - System.nanoTime()), timeout));
            }
        } else {
            for (int i = 0; i < tunnels.size(); i++) {
                String t = tunnels.get(i);
                onStart.accept(t, i);
                onSample.accept(await(t, pool.submit(() -> router.measure(t, m)), timeout.toNanos(), timeout));
            }
        }
    }

    private Sample await(String tunnel, Future<Sample> f, long nanos, Duration timeout) throws ShellException, InterruptedException {
        try {
            Sample s = f.get(nanos, TimeUnit.NANOSECONDS);
            return s != null ? s : Sample.failed(tunnel, clock.instant(), "the router returned no measurement");
        } catch (TimeoutException e) {
            f.cancel(true);
            return Sample.failed(tunnel, clock.instant(), "measurement timed out after " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            f.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ShellException se) {
                throw se;
            }
            return Sample.failed(tunnel, clock.instant(), "measurement failed: " + e.getCause());
        }
    }

    /** Stops every running measurement. */
    void close() {
        pool.shutdownNow();
    }
}
