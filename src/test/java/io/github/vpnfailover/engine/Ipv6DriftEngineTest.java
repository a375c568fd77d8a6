package io.github.vpnfailover.engine;

import static io.github.vpnfailover.engine.FakeRouter.answers;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.engine.EngineEvent.ErrorEvent;
import io.github.vpnfailover.engine.EngineEvent.SwitchEvent;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the engine does, cycle by cycle, when IPv6 has drifted from the active tunnel (decision 0175). */
class Ipv6DriftEngineTest {

    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    private Engine engine;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    private void cycles(FakeRouter r, boolean auto, int holdDown, int n) throws Exception {
        engine = new Engine(r, History.none(), EngineTest.policy(1, 0.15, holdDown, auto), Clock.systemUTC(),
                EngineOptions.defaults(), FastFailover.off());
        engine.addListener(events::add);
        for (int i = 0; i < n; i++) {
            engine.runOnce().get(10, TimeUnit.SECONDS);
        }
    }

    private static FakeRouter leaking() {
        FakeRouter r = new FakeRouter().tunnel("tun0", answers(30, 10)).tunnel("tun1", answers(30, 10));
        r.active = "tun0";
        r.ipv6 = "wan0";
        return r;
    }

    private <T extends EngineEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void withAutoFailoverTheSameTunnelIsSetAgainOnceAndIpv6FollowsIt() throws Exception {
        FakeRouter r = leaking();
        cycles(r, true, 300, 3);
        assertThat(r.switches).containsExactly("tun0");
        assertThat(r.ipv6).isEqualTo("tun0");
        SwitchEvent s = of(SwitchEvent.class).get(0);
        assertThat(s.kind()).isEqualTo(SwitchKind.ALIGN);
        assertThat(s.from()).isEqualTo("tun0");
        assertThat(s.reason()).contains("IPv6 through wan0, outside the tunnels");
    }

    @Test
    void anAlignmentThatChangesNothingIsNotRepeatedEveryCycle() throws Exception {
        FakeRouter r = leaking();
        r.ipv6Left = true;
        cycles(r, true, 300, 4);
        assertThat(r.switches).as("ipv6: leave keeps IPv6 where it was").containsExactly("tun0");
    }

    @Test
    void anAlignmentStartsNoHoldDownSoABetterTunnelIsTakenAtOnce() throws Exception {
        FakeRouter r = leaking();
        r.behaviour.put("tun1", answers(5, 100));
        cycles(r, true, 300, 1);
        assertThat(r.switches).containsExactly("tun0", "tun1");
        assertThat(of(SwitchEvent.class)).extracting(SwitchEvent::kind).containsExactly(SwitchKind.ALIGN, SwitchKind.SWITCH);
    }

    @Test
    void withoutAutoFailoverNothingChangesAndItIsSaidOnce() throws Exception {
        FakeRouter r = leaking();
        cycles(r, false, 0, 3);
        assertThat(r.switches).isEmpty();
        assertThat(of(ErrorEvent.class)).filteredOn(e -> e.problem() == Problem.IPV6_DRIFTED).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("IPv4 goes through tun0 but IPv6 through wan0, outside"
                        + " the tunnels; auto-failover is off, so nothing is changed: switch to tun0 to set both"));
    }
}
