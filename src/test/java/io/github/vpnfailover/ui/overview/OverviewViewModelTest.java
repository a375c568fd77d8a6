package io.github.vpnfailover.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.TunnelState;
import io.github.vpnfailover.engine.ConnectionState;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.engine.SwitchKind;
import io.github.vpnfailover.ui.FakeEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The overview's view model with the timer and the FX thread run by hand. */
class OverviewViewModelTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    private final List<Runnable> timers = new ArrayList<>();
    private final AtomicInteger fxHops = new AtomicInteger();
    private final OverviewViewModel vm = new OverviewViewModel((ms, task) -> timers.add(task), r -> {
        fxHops.incrementAndGet();
        r.run();
    }, 100);

    private void fire() {
        List<Runnable> due = new ArrayList<>(timers);
        timers.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void eachRouterShowsItsLinkActiveTunnelWorstStateAndLastSwitch() {
        FakeEngine a = FakeEngine.manual();
        FakeEngine b = FakeEngine.manual();
        RouterRow rowA = vm.track("branch-a", a, ConnectionState.CONNECTED);
        RouterRow rowB = vm.track("branch-b", b, ConnectionState.CONNECTED);

        a.emit(new EngineEvent.ConnectionEvent(T0, ConnectionState.CONNECTED, "root@10.0.0.1", null));
        a.emit(window("tun0", "tun0", "tun1"));
        a.emit(new EngineEvent.SampleEvent(T0, good("tun0")));
        a.emit(new EngineEvent.LivenessEvent(T0, "tun1", TunnelState.DOWN, null, LinkCondition.DOWN, 100.0, "no answer"));
        a.emit(new EngineEvent.SwitchEvent(T0.plusSeconds(5), "tun0", "tun1", true, false, "tun0 lost 100 %", SwitchKind.FAILOVER));
        b.emit(new EngineEvent.ConnectionEvent(T0, ConnectionState.RECONNECTING, "connection reset", Duration.ofSeconds(2)));
        assertThat(rowA.samplesProperty().get()).as("nothing before the batch").isZero();
        fire();

        assertThat(fxHops).as("two routers, one hop").hasValue(1);
        assertThat(rowA.linkProperty().get()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(rowA.activeProperty().get()).isEqualTo("tun1");
        assertThat(rowA.worstProperty().get()).isEqualTo(LinkCondition.DOWN);
        assertThat(rowA.worstTunnelProperty().get()).isEqualTo("tun1");
        assertThat(rowA.lastSwitchKindProperty().get()).isEqualTo(SwitchKind.FAILOVER);
        assertThat(rowA.lastSwitchReasonProperty().get()).isEqualTo("tun0 lost 100 %");
        assertThat(rowA.samplesProperty().get()).isEqualTo(1);
        assertThat(rowB.linkProperty().get()).isEqualTo(ConnectionState.RECONNECTING);
        assertThat(rowB.linkDetailProperty().get()).isEqualTo("connection reset");
        assertThat(rowB.samplesProperty().get()).isZero();
        assertThat(vm.summaryProperty().get()).isEqualTo("2 routers: 1 connected, 1 reconnecting");
    }

    @Test
    void aRouterWhoseLinkIsDownHasNoKnownWorstTunnelUntilItIsBack() {
        FakeEngine a = FakeEngine.manual();
        RouterRow row = vm.track("r", a, ConnectionState.CONNECTED);
        a.emit(new EngineEvent.SampleEvent(T0, Sample.failed("tun1", T0, "ping: no answer")));
        a.emit(new EngineEvent.ConnectionEvent(T0, ConnectionState.FAILED, "Connection refused", null));
        fire();
        assertThat(row.worstProperty().get()).isEqualTo(LinkCondition.UNKNOWN);
        assertThat(row.worstTunnelProperty().get()).isNull();

        a.emit(new EngineEvent.ConnectionEvent(T0, ConnectionState.CONNECTED, "root@r", null));
        fire();
        assertThat(row.worstTunnelProperty().get()).isEqualTo("tun1");
        assertThat(row.worstProperty().get()).isEqualTo(LinkCondition.DOWN);
    }

    @Test
    void aRouterOnThisComputerStartsInTheStateTheConnectStepLeft() {
        RouterRow row = vm.track("This computer", FakeEngine.manual(), ConnectionState.CONNECTED);
        assertThat(row.linkProperty().get()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(vm.summaryProperty().get()).isEqualTo("1 router: 1 connected");
    }

    @Test
    void aTunnelThatRecoversOrLeavesNoLongerCountsAsWorst() {
        FakeEngine a = FakeEngine.manual();
        RouterRow row = vm.track("r", a, ConnectionState.CONNECTED);
        a.emit(new EngineEvent.SampleEvent(T0, Sample.failed("tun1", T0, "ping: no answer")));
        a.emit(new EngineEvent.SampleEvent(T0, good("tun0")));
        fire();
        assertThat(row.worstProperty().get()).isEqualTo(LinkCondition.DOWN);

        a.emit(new EngineEvent.SampleEvent(T0.plusSeconds(10), good("tun1")));
        fire();
        assertThat(row.worstProperty().get()).isEqualTo(LinkCondition.UP);

        a.emit(new EngineEvent.LivenessEvent(T0, "tun2", TunnelState.DOWN, null));
        a.emit(window("tun0", "tun0", "tun1"));
        fire();
        assertThat(row.worstProperty().get()).as("tun2 left the router's list").isEqualTo(LinkCondition.UP);
    }

    @Test
    void anUnverifiedSwitchKeepsTheActiveTunnelAndSaysSo() {
        FakeEngine a = FakeEngine.manual();
        RouterRow row = vm.track("r", a, ConnectionState.CONNECTED);
        a.emit(window("tun0", "tun0", "tun1"));
        a.emit(new EngineEvent.SwitchEvent(T0, "tun0", "tun1", false, true, "read back tun0", SwitchKind.MANUAL));
        fire();
        assertThat(row.activeProperty().get()).isEqualTo("tun0");
        assertThat(row.lastSwitchReasonProperty().get()).isEqualTo("not verified: read back tun0");
    }

    @Test
    void aDisconnectedRouterLeavesAndItsLateEventsAreDropped() {
        FakeEngine a = FakeEngine.manual();
        FakeEngine b = FakeEngine.manual();
        RouterRow rowA = vm.track("a", a, ConnectionState.CONNECTED);
        vm.track("b", b, ConnectionState.CONNECTED);
        a.emit(new EngineEvent.SampleEvent(T0, good("tun0")));
        vm.untrack("a");
        fire();
        assertThat(vm.rows()).extracting(RouterRow::name).containsExactly("b");
        assertThat(rowA.samplesProperty().get()).isZero();
    }

    static Sample good(String tunnel) {
        return new Sample(tunnel, T0, 20.0, 19.0, 21.0, 1.0, 0.0, 10.0, 5.0, null);
    }

    static EngineEvent.WindowEvent window(String active, String... tunnels) {
        return new EngineEvent.WindowEvent(T0, active, List.of(tunnels), Map.of(), Map.of(), Set.of(), Set.of(), null, null);
    }
}
