package io.github.vpnfailover.engine;

import static io.github.vpnfailover.engine.FakeRouter.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.vpnfailover.core.DecisionKind;
import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.LinkStatus;
import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.engine.EngineEvent.ConfirmEvent;
import io.github.vpnfailover.engine.EngineEvent.DecisionEvent;
import io.github.vpnfailover.engine.EngineEvent.SwitchEvent;
import io.github.vpnfailover.router.LivenessProber;
import io.github.vpnfailover.router.ProbeLine;
import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.router.ShellException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine's fast path with a fake router and prober: immediate failover, live targets only, commit-confirm. */
class EngineFastPathTest {

    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    private final FakeRouter router = new FakeRouter().tunnel("tun0", answers(20, 90)).tunnel("tun1", answers(60, 30))
            .tunnel("tun2", answers(30, 50));
    private final FakeProber prober = new FakeProber();
    private Engine engine;

    /** Traffic flows through every tunnel but those in {@link #blocked}; {@link #broken} makes the check itself fail. */
    private final class FakeProber implements LivenessProber {
        final Set<String> blocked = ConcurrentHashMap.newKeySet();
        volatile boolean broken;

        @Override
        public RemoteShell.LineStream start(String tunnel, List<String> targets, int intervalMillis, int timeoutMillis,
                                            Consumer<ProbeLine> onLine) {
            throw new UnsupportedOperationException("the test reports link states itself");
        }

        @Override
        public boolean trafficFlows(List<String> targets, Duration within) throws ShellException {
            if (broken) {
                throw new ShellException("connection refused");
            }
            return !blocked.contains(router.active);
        }
    }

    @AfterEach
    void close() {
        engine.close();
    }

    /** An engine on tun0, set by a manual switch: its one-hour hold-down must not delay any failover. */
    private void engine(boolean auto) throws Exception {
        Policy p = EngineTest.policy(1, 0.15, 3600, auto);
        engine = new Engine(router, History.none(), p, Clock.systemUTC(), EngineOptions.defaults(),
                new FastFailover(LivenessSettings.defaults(), prober, false));
        engine.addListener(events::add);
        engine.switchNow("tun0").get(5, TimeUnit.SECONDS);
        router.switches.clear();
        events.clear();
    }

    private void report(String tunnel, LinkCondition c, Double rtt) {
        engine.reportLink(tunnel, new LinkStatus(c, rtt, 0.0, "test"));
    }

    private <T extends EngineEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private void allUp() {
        report("tun0", LinkCondition.UP, 20.0);
        report("tun1", LinkCondition.UP, 60.0);
        report("tun2", LinkCondition.UP, 30.0);
    }

    @Test
    void activeDownFailsOverAtOnceToTheFastestLiveTunnelWithoutAnyCycle() throws Exception {
        engine(true);
        allUp();
        report("tun0", LinkCondition.DOWN, null);
        await().atMost(3, TimeUnit.SECONDS).until(() -> "tun2".equals(engine.active()));
        assertThat(router.switches).containsExactly("tun2");
        DecisionEvent d = of(DecisionEvent.class).get(0);
        assertThat(d.decision().kind()).isEqualTo(DecisionKind.FAILOVER);
        assertThat(d.decision().reason()).startsWith("tun0 is down (test): failing over at once to tun2 (live, 30.0 ms");
        assertThat(of(SwitchEvent.class)).extracting(SwitchEvent::kind).containsExactly(SwitchKind.FAILOVER);
        await().atMost(3, TimeUnit.SECONDS).until(() -> of(ConfirmEvent.class).size() == 1);
        assertThat(of(ConfirmEvent.class)).allMatch(ConfirmEvent::confirmed);
    }

    @Test
    void downAndDegradedTunnelsAreNeverTargets() throws Exception {
        engine(true);
        allUp();
        report("tun1", LinkCondition.DOWN, null);
        report("tun2", LinkCondition.DEGRADED, 400.0);
        report("tun0", LinkCondition.DOWN, null);
        await().atMost(3, TimeUnit.SECONDS).until(() -> !of(DecisionEvent.class).isEmpty());
        assertThat(of(DecisionEvent.class).get(0).decision().kind()).isEqualTo(DecisionKind.STAY);
        assertThat(of(DecisionEvent.class).get(0).decision().reason()).contains("nothing to fail over to");
        assertThat(router.switches).isEmpty();
        report("tun1", LinkCondition.UP, 60.0); // a live tunnel appears while the active one is dead: leave now
        await().atMost(3, TimeUnit.SECONDS).until(() -> router.switches.contains("tun1"));
    }

    @Test
    void autoFailoverOffOnlyRecommends() throws Exception {
        engine(false);
        allUp();
        report("tun0", LinkCondition.DOWN, null);
        await().atMost(3, TimeUnit.SECONDS).until(() -> !of(DecisionEvent.class).isEmpty());
        assertThat(of(DecisionEvent.class).get(0).applied()).isFalse();
        assertThat(of(DecisionEvent.class).get(0).decision().target()).isEqualTo("tun2");
        assertThat(router.switches).isEmpty();
    }

    @Test
    void switchWithoutTrafficRollsBackAndQuarantinesTheCandidate() throws Exception {
        engine(true);
        allUp();
        prober.blocked.add("tun2");
        engine.switchNow("tun2").get(5, TimeUnit.SECONDS);
        assertThat(router.switches).containsExactly("tun2", "tun0");
        assertThat(engine.active()).isEqualTo("tun0");
        ConfirmEvent c = of(ConfirmEvent.class).get(0);
        assertThat(c.confirmed()).isFalse();
        assertThat(c.checked()).isTrue();
        SwitchEvent back = of(SwitchEvent.class).get(1);
        assertThat(back.kind()).isEqualTo(SwitchKind.ROLLBACK);
        assertThat(back.reason()).startsWith("rollback to tun0: no answer from 1.1.1.1, 8.8.8.8 through the default route within 3 s")
                .endsWith("tun2 quarantined for 120 s");
        report("tun0", LinkCondition.DOWN, null);
        await().atMost(3, TimeUnit.SECONDS).until(() -> router.switches.size() == 3);
        assertThat(router.switches.get(2)).as("tun2 is faster but quarantined").isEqualTo("tun1");
    }

    @Test
    void unconfirmedFailoverFromADeadTunnelMovesOnToTheNextLiveOne() throws Exception {
        engine(true);
        allUp();
        prober.blocked.add("tun2");
        report("tun0", LinkCondition.DOWN, null);
        await().atMost(10, TimeUnit.SECONDS).until(() -> router.switches.size() == 2);
        assertThat(router.switches).containsExactly("tun2", "tun1");
        assertThat(of(EngineEvent.ErrorEvent.class)).extracting(EngineEvent.ErrorEvent::message)
                .anyMatch(m -> m.contains("tun0 is not live: looking for another live tunnel"));
        assertThat(of(EngineEvent.ErrorEvent.class)).extracting(EngineEvent.ErrorEvent::problem).contains(Problem.SWITCH_UNCONFIRMED);
    }

    @Test
    void aConfirmThatCannotRunNeverRollsBack() throws Exception {
        engine(true);
        allUp();
        prober.broken = true;
        engine.switchNow("tun1").get(5, TimeUnit.SECONDS);
        assertThat(router.switches).containsExactly("tun1");
        ConfirmEvent c = of(ConfirmEvent.class).get(0);
        assertThat(c.checked()).isFalse();
        assertThat(c.detail()).contains("connection refused");
    }
}
