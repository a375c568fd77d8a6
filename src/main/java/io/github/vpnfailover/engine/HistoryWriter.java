package io.github.vpnfailover.engine;

import io.github.vpnfailover.store.StoreException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BiConsumer;

/**
 * Writes to the history without ever stopping the engine: when the store fails (disk full, …) the writes wait
 * in a bounded queue, one error is reported, and every later write retries the queue in order.
 */
final class HistoryWriter {

    /** A write to retry. */
    @FunctionalInterface
    interface Write {
        void to(History h) throws StoreException;
    }

    private final History history;
    private final BiConsumer<Problem, String> onError;
    private final int maxPending;
    private final Deque<Write> pending = new ArrayDeque<>();
    private boolean failing;
    private long dropped;

    HistoryWriter(History history, BiConsumer<Problem, String> onError, int maxPending) {
        this.history = history;
        this.onError = onError;
        this.maxPending = maxPending;
    }

    synchronized void write(Write w) {
        if (pending.size() >= maxPending) {
            pending.pollFirst();
            dropped++;
        }
        pending.addLast(w);
        flush();
    }

    /** Tries the queued writes in order; stops at the first failure and keeps the rest. */
    synchronized void flush() {
        while (!pending.isEmpty()) {
            try {
                pending.peekFirst().to(history);
                pending.pollFirst();
            } catch (StoreException | RuntimeException e) {
                if (!failing) {
                    failing = true;
                    onError.accept(Problem.HISTORY_NOT_SAVED, "history is not being saved (" + e.getMessage() + "); keeping "
                            + "up to " + maxPending + " writes in memory and retrying");
                }
                return;
            }
        }
        if (failing) {
            failing = false;
            onError.accept(Problem.HISTORY_SAVED_AGAIN, "history is saved again" + (dropped > 0 ? "; " + dropped + " oldest writes were lost" : ""));
            dropped = 0;
        }
    }

    synchronized int pending() {
        return pending.size();
    }
}
