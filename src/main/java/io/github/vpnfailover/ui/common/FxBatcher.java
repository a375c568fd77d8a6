package io.github.vpnfailover.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Collects items from any thread and hands them to the FX thread in batches: at most one hop (one
 * {@code Platform.runLater}) per period, however many items arrive, so a burst of engine events
 * never floods the FX queue.
 */
public final class FxBatcher<T> {

    /** Runs a task once after a delay (a timer thread in the app, a manual queue in tests). */
    @FunctionalInterface
    public interface Delayer {
        void after(long millis, Runnable task);
    }

    private final Queue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Delayer delayer;
    private final Executor fx;
    private final long periodMillis;
    private final Consumer<List<T>> onFx;

    public FxBatcher(Delayer delayer, Executor fx, long periodMillis, Consumer<List<T>> onFx) {
        this.delayer = delayer;
        this.fx = fx;
        this.periodMillis = periodMillis;
        this.onFx = onFx;
    }

    /** Safe from any thread; never blocks. */
    public void submit(T item) {
        queue.add(item);
        if (scheduled.compareAndSet(false, true)) {
            delayer.after(periodMillis, () -> fx.execute(this::drain));
        }
    }

    private void drain() {
        // cleared before polling: an item added after this line schedules the next batch itself
        scheduled.set(false);
        List<T> batch = new ArrayList<>();
        for (T t = queue.poll(); t != null; t = queue.poll()) {
            batch.add(t);
        }
        if (!batch.isEmpty()) {
            onFx.accept(batch);
        }
    }
}
