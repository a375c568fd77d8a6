package io.github.vpnfailover.engine;

import static io.github.vpnfailover.engine.FakeRouter.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.vpnfailover.core.DecisionKind;
import io.github.vpnfailover.engine.EngineEvent.DecisionEvent;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Turning auto-failover on beside a standing recommendation switches at once on the last cycle's window (decision
 * 0209). The desktop on the namespace router showed the toggle on and "Recommended: switch to tun0" for 106 s, until
 * the next cycle ended.
 */
class AutoFailoverOnEngineTest {

    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    private final FakeRouter router = new FakeRouter().tunnel("tun0", answers(20, 90)).tunnel("tun1", answers(80, 5));
    private Engine engine;

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void theRecommendationIsActedOnWhenTheToggleGoesOnAndNothingMovesWhenItGoesOff() throws Exception {
        router.active = "tun1";
        engine = new Engine(router, History.none(), EngineTest.policy(1, 0.15, 0, false), Clock.systemUTC(),
                EngineOptions.defaults(), FastFailover.off());
        engine.addListener(events::add);
        engine.runOnce().get(5, TimeUnit.SECONDS);
        assertThat(events).filteredOn(DecisionEvent.class::isInstance).map(DecisionEvent.class::cast).last()
                .satisfies(d -> {
                    assertThat(d.decision().kind()).isEqualTo(DecisionKind.SWITCH);
                    assertThat(d.applied()).as("auto-failover off: a recommendation").isFalse();
                });
        assertThat(router.switches).isEmpty();

        engine.setAutoFailover(true);
        await().atMost(3, TimeUnit.SECONDS).until(() -> router.switches.contains("tun0"));
        assertThat(events).filteredOn(DecisionEvent.class::isInstance).map(DecisionEvent.class::cast).last()
                .satisfies(d -> assertThat(d.applied()).isTrue());

        int decisions = (int) events.stream().filter(DecisionEvent.class::isInstance).count();
        engine.setAutoFailover(true);
        engine.setAutoFailover(false);
        Thread.sleep(300);
        assertThat(events.stream().filter(DecisionEvent.class::isInstance).count())
                .as("already on, then off: no decision of its own").isEqualTo(decisions);
        assertThat(router.switches).containsExactly("tun0");
    }

    @Test
    void turnedOnWhileACycleMeasuresThatCyclesDecisionSwitches() throws Exception {
        java.util.concurrent.CountDownLatch measuring = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        router.behaviour.put("tun1", t -> {
            measuring.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return answers(80, 5).apply(t);
        });
        router.active = "tun1";
        engine = new Engine(router, History.none(), EngineTest.policy(1, 0.15, 0, false), Clock.systemUTC(),
                EngineOptions.defaults(), FastFailover.off());
        engine.addListener(events::add);
        var cycle = engine.runOnce();
        assertThat(measuring.await(5, TimeUnit.SECONDS)).isTrue();
        engine.setAutoFailover(true);
        release.countDown();
        cycle.get(5, TimeUnit.SECONDS);
        await().atMost(3, TimeUnit.SECONDS).until(() -> router.switches.contains("tun0"));
        assertThat(events).filteredOn(DecisionEvent.class::isInstance).map(DecisionEvent.class::cast)
                .as("no recommendation once the toggle is on").noneMatch(d -> d.decision().kind() != DecisionKind.STAY && !d.applied());
    }
}
