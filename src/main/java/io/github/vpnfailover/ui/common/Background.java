package io.github.vpnfailover.ui.common;

import io.github.vpnfailover.engine.CatchingExecutors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UI's named worker threads: "ui-io" for SSH, SQLite and files (never the FX thread), and "ui-timer" for the
 * event batcher. A failed task is logged at WARN with its name, also when nobody reads its future.
 */
public final class Background implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Background.class);

    private final ExecutorService io = CatchingExecutors.cached("ui-io");
    private final ScheduledExecutorService timer = CatchingExecutors.scheduled("ui-timer");

    /** Runs {@code work}, called {@code task} in the log, on an I/O thread. */
    public <T> CompletableFuture<T> supply(String task, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, io).whenComplete((r, e) -> {
            if (e != null) {
                LOG.warn("background task '{}' failed", task, e);
            }
        });
    }

    public CompletableFuture<Void> run(String task, Runnable work) {
        return supply(task, () -> {
            work.run();
            return null;
        });
    }

    /** The I/O pool as an executor, for futures that continue there (their callers handle the failures). */
    public Executor executor() {
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
}
