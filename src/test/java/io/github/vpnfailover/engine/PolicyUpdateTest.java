package io.github.vpnfailover.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.Policy;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Policy changes from two threads at once (the desktop's toggle and its Apply) never lose one another. */
class PolicyUpdateTest {

    private static final int ROUNDS = 20_000;

    @Test
    void autoFailoverTogglesNeverUndoAConcurrentPolicyUpdate() throws Exception {
        Policy start = EngineTest.policy(1, 0.15, 0, false);
        try (Engine engine = new Engine(new FakeRouter(), History.none(), start, Clock.systemUTC(), EngineOptions.defaults(),
                FastFailover.off())) {
            CountDownLatch go = new CountDownLatch(1);
            Thread toggler = new Thread(() -> {
                await(go);
                for (int i = 0; i < ROUNDS; i++) {
                    engine.setAutoFailover(i % 2 == 0);
                }
            });
            Thread applier = new Thread(() -> {
                await(go);
                for (int i = 1; i <= ROUNDS; i++) {
                    engine.updatePolicy(engine.policy().withIntervalSeconds(1 + i % 3_000));
                }
                engine.updatePolicy(engine.policy().withIntervalSeconds(3_333));
            });
            toggler.start();
            applier.start();
            go.countDown();
            toggler.join();
            applier.join();
            // a read-modify-write toggle racing the last Apply would bring an older interval back
            assertThat(engine.policy().intervalSeconds()).isEqualTo(3_333);
            engine.setAutoFailover(true);
            assertThat(engine.policy().autoFailover()).isTrue();
            assertThat(engine.policy().intervalSeconds()).isEqualTo(3_333);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
