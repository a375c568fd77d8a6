package io.github.vpnfailover.engine;

import static io.github.vpnfailover.engine.FakeRouter.answers;
import static io.github.vpnfailover.engine.FakeRouter.dead;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.DecisionKind;
import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.LinkStatus;
import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.engine.EngineEvent.DecisionEvent;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * With auto-failover on, an active tunnel that stays dead for several cycles while another tunnel answers is always
 * left, whatever liveness says about the others: no "no other tunnel answered" while one does.
 */
class ActiveDeadFailoverTest {

    /** What the liveness monitor says while tun0 is dead. */
    enum Liveness { NONE, OTHERS_UP, ALL_DOWN_TARGETS_SILENT, OTHERS_UNKNOWN }

    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    private final FakeRouter router = new FakeRouter().tunnel("tun0", answers(20, 90)).tunnel("tun1", answers(60, 30))
            .tunnel("tun2", answers(30, 50));
    private Engine engine;

    @AfterEach
    void close() {
        engine.close();
    }

    @ParameterizedTest
    @EnumSource(Liveness.class)
    void aDeadActiveTunnelIsLeftWhileAnotherAnswers(Liveness liveness) throws Exception {
        Policy p = EngineTest.policy(3, 0.15, 3600, true);
        FastFailover fast = liveness == Liveness.NONE ? FastFailover.off()
                : new FastFailover(LivenessSettings.defaults(), new ReportedLinksProber(), false);
        engine = new Engine(router, History.none(), p, Clock.systemUTC(), EngineOptions.defaults(), fast);
        engine.addListener(events::add);
        engine.switchNow("tun0").get(5, TimeUnit.SECONDS);
        for (int i = 0; i < 3; i++) {
            engine.runOnce().get(5, TimeUnit.SECONDS);
        }
        router.switches.clear();
        events.clear();
        router.behaviour.put("tun0", dead());
        for (String t : List.of("tun0", "tun1", "tun2")) {
            LinkCondition c = switch (liveness) {
                case OTHERS_UP -> t.equals("tun0") ? LinkCondition.DOWN : LinkCondition.UP;
                case OTHERS_UNKNOWN -> t.equals("tun0") ? LinkCondition.DOWN : LinkCondition.UNKNOWN;
                default -> LinkCondition.DOWN;
            };
            if (liveness != Liveness.NONE) {
                engine.reportLink(t, new LinkStatus(c, null, c == LinkCondition.UP ? 0.0 : 100.0, "test"));
            }
        }
        for (int i = 0; i < 3 && router.switches.isEmpty(); i++) {
            engine.runOnce().get(5, TimeUnit.SECONDS);
        }
        List<String> reasons = events.stream().filter(DecisionEvent.class::isInstance).map(DecisionEvent.class::cast)
                .map(d -> d.decision().kind() + " " + d.decision().reason()).toList();
        assertThat(router.switches).as("decisions: %s", reasons).hasSize(1);
        assertThat(router.switches.get(0)).isIn("tun1", "tun2");
        assertThat(engine.active()).isNotEqualTo("tun0");
        assertThat(reasons).noneMatch(r -> r.contains("no other tunnel answered"));
        assertThat(reasons).anyMatch(r -> r.startsWith(DecisionKind.FAILOVER.name()));
    }
}
