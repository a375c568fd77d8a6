package io.github.vpnfailover.engine;

import static io.github.vpnfailover.engine.FakeRouter.answers;
import static io.github.vpnfailover.engine.FakeRouter.dead;
import static io.github.vpnfailover.engine.FakeRouter.hangs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.vpnfailover.core.DecisionKind;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Weights;
import io.github.vpnfailover.core.ScoringMode;
import io.github.vpnfailover.core.TunnelState;
import io.github.vpnfailover.engine.EngineEvent.DecisionEvent;
import io.github.vpnfailover.engine.EngineEvent.ErrorEvent;
import io.github.vpnfailover.engine.EngineEvent.ProgressEvent;
import io.github.vpnfailover.engine.EngineEvent.SampleEvent;
import io.github.vpnfailover.engine.EngineEvent.SwitchEvent;
import io.github.vpnfailover.store.HistoryStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {

    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    private Engine engine;

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    static Policy policy(int depth, double threshold, int holdDown, boolean auto) {
        Policy d = Policy.defaults();
        return new Policy(new Weights(1, 1, 0.5, 1), depth, threshold, 1, holdDown, ScoringMode.NORMALIZED, auto, d.measure());
    }

    private Engine engine(FakeRouter r, Policy p, EngineOptions o) {
        engine = new Engine(r, History.none(), p, Clock.systemUTC(), o, FastFailover.off());
        engine.addListener(events::add);
        return engine;
    }

    private void cycles(int n) throws Exception {
        for (int i = 0; i < n; i++) {
            engine.runOnce().get(10, TimeUnit.SECONDS);
        }
    }

    private <T extends EngineEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void movesTrafficToTheTunnelTheWeightsFavourWithinDepthCycles() throws Exception {
        FakeRouter r = new FakeRouter().tunnel("tun0", answers(120, 10)).tunnel("tun1", answers(80, 30)).tunnel("tun2", answers(20, 90));
        r.active = "tun0";
        engine(r, policy(3, 0.15, 300, true), EngineOptions.defaults());
        cycles(2);
        assertThat(r.switches).isEmpty();
        cycles(1);
        assertThat(r.switches).containsExactly("tun2");
        SwitchEvent s = of(SwitchEvent.class).get(0);
        assertThat(s.verified()).isTrue();
        assertThat(s.manual()).isFalse();
        assertThat(s.kind()).isEqualTo(SwitchKind.SWITCH);
        assertThat(s.reason()).startsWith("tun2 scores 1.00 vs tun0");
        assertThat(of(SampleEvent.class)).hasSize(9);
    }

    @Test
    void equalTunnelsWithNoiseNeverSwitch() throws Exception {
        Random rnd = new Random(1);
        FakeRouter r = new FakeRouter();
        for (String t : List.of("tun0", "tun1", "tun2")) {
            r.tunnel(t, x -> answers(40 * (0.95 + rnd.nextDouble() * 0.1), 50 * (0.95 + rnd.nextDouble() * 0.1)).apply(x));
        }
        r.active = "tun1";
        engine(r, policy(3, 0.15, 0, true), EngineOptions.defaults());
        cycles(20);
        assertThat(r.switches).isEmpty();
        assertThat(of(DecisionEvent.class)).hasSize(20).allMatch(d -> d.decision().kind() == DecisionKind.STAY);
    }

    @Test
    void withAutoFailoverOffTheDecisionIsOnlyARecommendation() throws Exception {
        FakeRouter r = new FakeRouter().tunnel("tun0", answers(200, 1)).tunnel("tun1", answers(10, 100));
        r.active = "tun0";
        engine(r, policy(1, 0.15, 0, false), EngineOptions.defaults());
        cycles(1);
        DecisionEvent d = of(DecisionEvent.class).get(0);
        assertThat(d.decision().kind()).isEqualTo(DecisionKind.SWITCH);
        assertThat(d.applied()).isFalse();
        assertThat(r.switches).isEmpty();
        engine.setAutoFailover(true);
        cycles(1);
        assertThat(r.switches).containsExactly("tun1");
    }

    @Test
    void aHangingTunnelTimesOutWithoutStallingTheOthers() throws Exception {
        FakeRouter r = new FakeRouter().tunnel("tun0", answers(30, 10)).tunnel("tun1", hangs()).tunnel("tun2", answers(30, 10));
        r.active = "tun0";
        engine(r, policy(1, 0.15, 0, true), new EngineOptions(false, Duration.ofMillis(300), List.of()));
        long t0 = System.nanoTime();
        cycles(1);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(of(SampleEvent.class)).extracting(e -> e.sample().tunnel()).containsExactly("tun0", "tun1", "tun2");
        assertThat(of(SampleEvent.class).get(1).sample().error()).contains("timed out");
        assertThat(of(SampleEvent.class).get(2).sample().isGood()).isTrue();
    }

    @Test
    void parallelModeMeasuresAllTunnelsUnderOneDeadline() throws Exception {
        FakeRouter r = new FakeRouter().tunnel("tun0", hangs()).tunnel("tun1", hangs()).tunnel("tun2", answers(30, 10));
        engine(r, policy(1, 0.15, 0, true), new EngineOptions(true, Duration.ofMillis(500), List.of()));
        long t0 = System.nanoTime();
        cycles(1);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(1500));
        assertThat(of(SampleEvent.class)).hasSize(3);
    }

    @Test
    void measureNowCancelsTheRunningCycleAndStartsANewOne() {
        FakeRouter r = new FakeRouter().tunnel("tun0", hangs()).tunnel("tun1", answers(30, 10));
        engine(r, policy(1, 0.15, 0, true), new EngineOptions(false, Duration.ofMinutes(5), List.of()));
        engine.start();
        await().atMost(5, TimeUnit.SECONDS).until(() -> of(ProgressEvent.class).stream().anyMatch(p -> p.step() == Step.MEASURE));
        engine.measureNow();
        await().atMost(5, TimeUnit.SECONDS).until(() -> of(ProgressEvent.class).stream().anyMatch(p -> p.step() == Step.CANCELLED));
        await().atMost(5, TimeUnit.SECONDS).until(() -> of(ProgressEvent.class).stream().filter(p -> p.step() == Step.MEASURE).count() >= 2);
    }

    @Test
    void policyChangeTakesEffectNextCycleAndABadOneIsRefused() throws Exception {
        FakeRouter r = new FakeRouter().tunnel("tun0", answers(30, 10));
        r.active = "tun0";
        engine(r, policy(5, 0.15, 0, true), EngineOptions.defaults());
        cycles(1);
        assertThat(of(DecisionEvent.class).get(0).scores().get("tun0")).isNull();
        engine.updatePolicy(policy(1, 0.15, 0, true));
        cycles(1);
        assertThat(of(DecisionEvent.class).get(1).scores().get("tun0")).isNotNull();
        assertThatThrownBy(() -> engine.updatePolicy(policy(0, 0.15, 0, true))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("depth = 0");
        assertThat(engine.policy().depth()).isEqualTo(1);
    }

    @Test
    void manualSwitchIsAlwaysAllowedAndStartsTheHoldDown() throws Exception {
        FakeRouter r = new FakeRouter().tunnel("tun0", answers(20, 90)).tunnel("tun1", answers(200, 5));
        r.active = "tun0";
        engine(r, policy(1, 0.15, 300, true), EngineOptions.defaults());
        cycles(1);
        assertThat(engine.switchNow("tun1").get(5, TimeUnit.SECONDS).verified()).isTrue();
        cycles(1);
        assertThat(r.switches).containsExactly("tun1");
        assertThat(of(SwitchEvent.class).get(0).manual()).isTrue();
        assertThat(of(SwitchEvent.class).get(0).kind()).isEqualTo(SwitchKind.MANUAL);
        assertThat(of(DecisionEvent.class).get(1).decision().reason()).contains("hold-down has");
        assertThatThrownBy(() -> engine.switchNow("tun7").get(5, TimeUnit.SECONDS)).hasMessageContaining("no tunnel named 'tun7'");
    }

    @Test
    void deadActiveTunnelFailsOverDespiteHoldDown() throws Exception {
        FakeRouter r = new FakeRouter().tunnel("tun0", answers(20, 90)).tunnel("tun1", answers(60, 30));
        r.active = "tun0";
        engine(r, policy(1, 0.15, 3600, true), EngineOptions.defaults());
        engine.switchNow("tun0").get(5, TimeUnit.SECONDS);
        cycles(1);
        r.behaviour.put("tun0", dead());
        cycles(1);
        assertThat(r.switches).containsExactly("tun0", "tun1");
        assertThat(of(DecisionEvent.class).get(1).decision().kind()).isEqualTo(DecisionKind.FAILOVER);
    }

    @Test
    void livenessDownOfTheActiveTunnelFailsOverAtOnce() throws Exception {
        FakeRouter r = new FakeRouter().tunnel("tun0", answers(20, 90)).tunnel("tun1", answers(60, 30));
        r.active = "tun0";
        engine(r, policy(1, 0.15, 3600, true), EngineOptions.defaults());
        cycles(1);
        engine.reportLiveness("tun0", TunnelState.DOWN, null);
        await().atMost(3, TimeUnit.SECONDS).until(() -> r.switches.contains("tun1"));
        assertThat(engine.active()).isEqualTo("tun1");
        assertThat(of(EngineEvent.LivenessEvent.class)).hasSize(1);
    }

    @Test
    void storeFailureKeepsTheEngineRunningAndWritesLater() throws Exception {
        FailingHistory h = new FailingHistory();
        FakeRouter r = new FakeRouter().tunnel("tun0", answers(20, 90));
        r.active = "tun0";
        engine = new Engine(r, h, policy(1, 0.15, 0, true), Clock.systemUTC(), EngineOptions.defaults(), FastFailover.off());
        engine.addListener(events::add);
        h.failing = true;
        cycles(2);
        assertThat(of(SampleEvent.class)).hasSize(2);
        assertThat(of(ErrorEvent.class)).extracting(ErrorEvent::message).filteredOn(m -> m.contains("not being saved"))
                .hasSize(1).first().asString().contains("disk full");
        // the seeding read fails first, then the first write
        assertThat(of(ErrorEvent.class)).extracting(ErrorEvent::problem).containsExactly(Problem.HISTORY_UNREADABLE, Problem.HISTORY_NOT_SAVED);
        h.failing = false;
        cycles(1);
        assertThat(h.samples).hasSize(3);
        assertThat(h.decisions).isEqualTo(3);
        assertThat(of(ErrorEvent.class)).last().extracting(ErrorEvent::message).asString().contains("saved again");
        assertThat(of(ErrorEvent.class)).last().extracting(ErrorEvent::problem).isEqualTo(Problem.HISTORY_SAVED_AGAIN);
    }

    @Test
    void aThrowingListenerNeverStopsTheEngine() throws Exception {
        FakeRouter r = new FakeRouter().tunnel("tun0", answers(20, 90));
        engine(r, policy(1, 0.15, 0, true), EngineOptions.defaults());
        engine.addListener(e -> {
            throw new IllegalStateException("boom");
        });
        cycles(2);
        assertThat(of(DecisionEvent.class)).hasSize(2);
    }

    @Test
    void unreachableRouterIsReportedAndTheEngineKeepsGoing() throws Exception {
        FakeRouter r = new FakeRouter().tunnel("tun0", answers(20, 90));
        engine(r, policy(1, 0.15, 0, true), EngineOptions.defaults());
        r.unreachable = true;
        cycles(1);
        assertThat(of(EngineEvent.ConnectionEvent.class)).extracting(EngineEvent.ConnectionEvent::state)
                .containsExactly(ConnectionState.RECONNECTING);
        r.unreachable = false;
        cycles(1);
        assertThat(of(EngineEvent.ConnectionEvent.class)).last().extracting(EngineEvent.ConnectionEvent::state)
                .isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void samplesDecisionsAndSwitchesLandInTheStoreAndSeedTheNextEngine() throws Exception {
        FakeRouter r = new FakeRouter().tunnel("tun0", answers(120, 10)).tunnel("tun1", answers(20, 90));
        r.active = "tun0";
        try (HistoryStore store = HistoryStore.open(dir.resolve("h.db"))) {
            engine = new Engine(r, store, "r1", policy(2, 0.15, 0, true), Clock.systemUTC(), EngineOptions.defaults(), FastFailover.off());
            cycles(1);
            engine.close();
            // a fresh engine continues from the stored window: one more cycle reaches depth 2
            engine = new Engine(r, store, "r1", policy(2, 0.15, 0, true), Clock.systemUTC(), EngineOptions.defaults(), FastFailover.off());
            cycles(1);
            assertThat(r.switches).containsExactly("tun1");
            assertThat(store.recentSwitches("r1", 5)).hasSize(1);
            assertThat(engine.history("tun0", Instant.EPOCH, Instant.now().plusSeconds(5)).get(5, TimeUnit.SECONDS)).hasSize(2);
            engine.close();
            engine = null;
        }
    }
}
