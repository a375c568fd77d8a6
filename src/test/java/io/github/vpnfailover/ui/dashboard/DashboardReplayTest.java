package io.github.vpnfailover.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.DecisionKind;
import io.github.vpnfailover.core.Situation;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.engine.EngineEvent.DecisionEvent;
import io.github.vpnfailover.engine.EngineEvent.WindowEvent;
import io.github.vpnfailover.engine.RecordedRun;
import io.github.vpnfailover.ui.FakeEngine;
import io.github.vpnfailover.ui.common.ConnectionStatus;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * One source of truth (decision 0220): a real engine's events replayed one by one into the dashboard's view model
 * (no window, no FX thread, direct executors). After every event the table's scores are the engine's scores of its
 * last window, and after every cycle decision the policy panel predicts exactly what the engine decided.
 */
class DashboardReplayTest {

    @Test
    void tableScoresAndPanelPredictionAgreeWithTheEngineAfterEveryEvent() throws Exception {
        List<EngineEvent> run = RecordedRun.record();
        Clock clock = Clock.systemDefaultZone();
        FakeEngine engine = FakeEngine.manual();
        engine.updatePolicy(RecordedRun.POLICY);
        DashboardViewModel vm = new DashboardViewModel(engine, (t, x, p) -> { }, Runnable::run, Runnable::run, clock,
                p -> CompletableFuture.completedFuture(null), new ConnectionStatus(clock::instant));
        WindowEvent window = null;
        int compared = 0;
        int kinds = 0;
        boolean sawDeadScoreHidden = false;
        for (int i = 0; i < run.size(); i++) {
            EngineEvent e = run.get(i);
            vm.apply(List.of(e));
            if (e instanceof WindowEvent w) {
                window = w;
            }
            if (window != null) {
                Situation s = window.situation(window.scores());
                for (String t : window.tunnels()) {
                    Double expected = s.isEligible(t) ? window.scores().score(t) : null;
                    assertThat(row(vm, t).getScore()).as("score of %s after event %d (%s)", t, i, e).isEqualTo(expected);
                    if (window.latest().get(t) != null && !window.latest().get(t).isGood() && window.scores().score(t) != null) {
                        sawDeadScoreHidden = true;
                        assertThat(row(vm, t).scoreNoteProperty().get()).contains("latest measurement failed");
                    }
                }
            }
            if (e instanceof DecisionEvent d && i > 0 && run.get(i - 1) instanceof WindowEvent) {
                assertThat(d.scores()).as("the decision scored what the window holds").isEqualTo(window.scores().asMap());
                String expected = d.decision().kind() == DecisionKind.STAY ? "Would stay on " + d.decision().active()
                        : "Would switch to " + d.decision().target();
                assertThat(vm.policy().predictionProperty().get()).as("prediction after event %d", i).isEqualTo(expected);
                assertThat(vm.policy().predictionReasonProperty().get()).isEqualTo(d.decision().reason());
                compared++;
                kinds |= 1 << d.decision().kind().ordinal();
            }
        }
        assertThat(compared).as("cycle decisions compared").isGreaterThanOrEqualTo(12);
        assertThat(kinds).as("stay, switch and failover all compared").isEqualTo(0b111);
        assertThat(sawDeadScoreHidden).as("a dead tunnel's stale score was seen and hidden").isTrue();
        assertThat(run).filteredOn(e -> e instanceof DecisionEvent d && d.decision().reason().contains("hold-down")).isNotEmpty();
        assertThat(run).filteredOn(e -> e instanceof WindowEvent w && w.held().contains("tun1")).isNotEmpty();
    }

    private static TunnelRow row(DashboardViewModel vm, String tunnel) {
        return vm.rows().stream().filter(r -> r.getName().equals(tunnel)).findFirst().orElseThrow();
    }
}
