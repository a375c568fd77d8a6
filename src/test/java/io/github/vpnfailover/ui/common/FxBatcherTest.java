package io.github.vpnfailover.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FxBatcherTest {

    /** The timer, run by hand: tasks wait until the test fires them. */
    private final List<Runnable> timers = new CopyOnWriteArrayList<>();
    private final AtomicInteger runLaters = new AtomicInteger();
    private final Executor fx = r -> {
        runLaters.incrementAndGet();
        r.run();
    };
    private final List<List<Integer>> batches = new ArrayList<>();
    private final FxBatcher<Integer> batcher = new FxBatcher<>((ms, task) -> timers.add(task), fx, 100, batches::add);

    @Test
    void aBurstFromManyThreadsCostsOneFxHop() throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int base = t * 250;
            Thread th = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                IntStream.range(base, base + 250).forEach(batcher::submit);
            });
            th.start();
            threads.add(th);
        }
        go.countDown();
        for (Thread th : threads) {
            th.join();
        }

        assertThat(timers).hasSize(1);
        timers.get(0).run();

        assertThat(runLaters).hasValue(1);
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0)).hasSize(1000).doesNotHaveDuplicates();
    }

    @Test
    void keepsOrderOfOneThreadAndSchedulesTheNextBatchAfterDraining() {
        IntStream.range(0, 10).forEach(batcher::submit);
        timers.remove(0).run();
        IntStream.range(10, 15).forEach(batcher::submit);

        assertThat(timers).hasSize(1);
        timers.remove(0).run();

        assertThat(runLaters).hasValue(2);
        assertThat(batches).containsExactly(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), List.of(10, 11, 12, 13, 14));
    }

    @Test
    void nothingSubmittedMeansNoHop() {
        assertThat(timers).isEmpty();
        assertThat(runLaters).hasValue(0);
    }
}
