package io.github.vpnfailover.engine;

import static io.github.vpnfailover.engine.FakeRouter.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.vpnfailover.engine.EngineEvent.WindowEvent;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Holding a tunnel by hand (decision 0221) moves the routes off it at once and keeps them off until released. */
class OperatorHoldEngineTest {

    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    private final FakeRouter router = new FakeRouter().tunnel("tun0", answers(20, 90)).tunnel("tun1", answers(60, 30));
    private Engine engine;

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void holdingTheActiveTunnelLeavesItAtOnceAndNeverReturnsWhileHeld() throws Exception {
        router.active = "tun0";
        engine = new Engine(router, History.none(), EngineTest.policy(1, 0.15, 0, true), Clock.systemUTC(),
                EngineOptions.defaults(), FastFailover.off());
        engine.addListener(events::add);
        engine.runOnce().get(5, TimeUnit.SECONDS);
        assertThat(router.switches).isEmpty();

        engine.hold("tun0", true);
        await().atMost(3, TimeUnit.SECONDS).until(() -> router.switches.contains("tun1"));
        assertThat(events).filteredOn(WindowEvent.class::isInstance).last()
                .satisfies(w -> assertThat(((WindowEvent) w).held()).containsExactly("tun0"));
        for (int i = 0; i < 2; i++) {
            engine.runOnce().get(5, TimeUnit.SECONDS);
        }
        assertThat(router.switches).as("tun0 scores best but is held").containsExactly("tun1");

        engine.hold("tun0", false);
        engine.runOnce().get(5, TimeUnit.SECONDS);
        await().atMost(3, TimeUnit.SECONDS).until(() -> router.switches.size() == 2);
        assertThat(router.switches).containsExactly("tun1", "tun0");
    }
}
