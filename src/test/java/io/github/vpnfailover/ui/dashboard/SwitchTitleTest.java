package io.github.vpnfailover.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.engine.SwitchKind;
import io.github.vpnfailover.ui.FakeEngine;
import io.github.vpnfailover.ui.common.ConnectionStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The desktop names a switch after its kind, whatever its reason says (decision 0142); no window, no FX thread. */
class SwitchTitleTest {

    @Test
    void theNotificationTitleFollowsTheSwitchKindNotTheReasonText() {
        List<String> titles = new CopyOnWriteArrayList<>();
        Clock clock = Clock.systemUTC();
        var vm = new DashboardViewModel(FakeEngine.manual(), (title, text, problem) -> titles.add(title), Runnable::run,
                Runnable::run, clock, p -> CompletableFuture.completedFuture(null), new ConnectionStatus(clock::instant));
        Instant now = Instant.now();
        // the reasons say the opposite of the kinds on purpose: only the kind may count
        vm.apply(List.of(
                new EngineEvent.SwitchEvent(now, "tun0", "tun1", true, false, "tun1 scores better", SwitchKind.FAILOVER),
                new EngineEvent.SwitchEvent(now, "tun1", "wg0", true, false, "tun1 is down: failing over to wg0", SwitchKind.SWITCH),
                new EngineEvent.SwitchEvent(now, "wg0", "tun1", true, false, "rollback to tun1", SwitchKind.ROLLBACK),
                new EngineEvent.SwitchEvent(now, "tun1", "tun0", true, true, "manual switch to tun0", SwitchKind.MANUAL)));
        assertThat(titles).containsExactly("Failover to tun1", "Automatic switch to wg0", "Rolled back to tun1", "Switched to tun0");
    }
}
