package io.github.vpnfailover.engine;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's executors. A task given with {@code submit} or {@code schedule} keeps its exception in its future,
 * where no thread handler ever sees it (a failing periodic task simply stops). These log such a failure at WARN
 * with the thread's (that is, the job's) name the moment the task ends, whether or not anyone reads the future.
 */
public final class CatchingExecutors {

    private static final Logger LOG = LoggerFactory.getLogger(CatchingExecutors.class);

    private CatchingExecutors() {
    }

    /** One thread named {@code name}-1, tasks in order. */
    public static ExecutorService single(String name) {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), new NamedThreads(name)) {
            @Override
            protected void afterExecute(Runnable r, Throwable t) {
                report(r, t);
            }
        };
    }

    /** Threads named {@code name}-N made on demand and kept a minute. */
    public static ExecutorService cached(String name) {
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), new NamedThreads(name)) {
            @Override
            protected void afterExecute(Runnable r, Throwable t) {
                report(r, t);
            }
        };
    }

    /** One scheduling thread named {@code name}-1. */
    public static ScheduledExecutorService scheduled(String name) {
        ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, new NamedThreads(name)) {
            @Override
            protected void afterExecute(Runnable r, Throwable t) {
                report(r, t);
            }
        };
        e.setRemoveOnCancelPolicy(true);
        return e;
    }

    /** Runs on the task's own thread, right after it; a thrown {@code t} goes on to the thread's handler as before. */
    static void report(Runnable r, Throwable t) {
        if (t != null || !(r instanceof Future<?> f) || !f.isDone() || f.isCancelled()) {
            return;
        }
        try {
            f.get();
        } catch (ExecutionException e) {
            LOG.warn("task on {} failed", Thread.currentThread().getName(), e.getCause());
        } catch (CancellationException e) {
            // cancelled on purpose (measure now, close)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
