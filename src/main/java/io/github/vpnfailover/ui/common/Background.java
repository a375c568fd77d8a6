package io.github.vpnfailover.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UI's named worker threads: "ui-io" for SSH, SQLite and files (never the FX thread), and
 * "ui-timer" for the event batcher. Exceptions are logged, never swallowed.
 */
public final class Background implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Background.class);

    private final ExecutorService io = Executors.newCachedThreadPool(named("ui-io"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(named("ui-timer"));

    /** Runs {@code work} on an I/O thread. */
    public <T> CompletableFuture<T> supply(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, io).whenComplete((r, e) -> {
            if (e != null) {
                LOG.debug("background task failed", e);
            }
        });
    }

    public CompletableFuture<Void> run(Runnable work) {
        return supply(() -> {
            work.run();
            return null;
        });
    }

    /** The I/O pool as an executor, for futures that continue there. */
    public java.util.concurrent.Executor executor() {
        return io;
    }

    /** The batcher's delay: a single timer thread. */
    public FxBatcher.Delayer delayer() {
        return (millis, task) -> timer.schedule(task, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        io.shutdown();
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(() -> {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    LOG.error("uncaught in {}", Thread.currentThread().getName(), e);
                    throw e;
                }
            }, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
