package io.github.vpnfailover.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.TunnelState;
import io.github.vpnfailover.engine.ConnectionState;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.ui.FakeEngine;
import io.github.vpnfailover.ui.common.Theme;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What one engine event costs the FX thread in the overview (fold, row publish, the bound table's CSS and layout)
 * with 1 router and with 20 simulated ones, the same events per batch in both. Prints figures; run with -Pbench.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class OverviewBenchmark {

    private static final int BATCHES = 200;
    private static final int EVENTS_PER_BATCH = 200;

    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        new Theme().apply(false);
    }

    @Test
    void perEventFxCostDoesNotGrowWithRouters(FxRobot robot) throws Exception {
        run(robot, 20); // warm-up: JIT and the table's first cells
        double one = run(robot, 1);
        double twenty = run(robot, 20);
        System.out.printf(Locale.ROOT, "overview bench: per-event FX time  1 router: %.2f µs%n", one * 1000);
        System.out.printf(Locale.ROOT, "overview bench: per-event FX time 20 routers: %.2f µs%n", twenty * 1000);
        System.out.printf(Locale.ROOT, "overview bench: ratio 20/1 = %.2f (%d batches of %d events each)%n", twenty / one,
                BATCHES, EVENTS_PER_BATCH);
        assertThat(twenty).as("an event's cost with 20 routers against 1").isLessThan(one * 3);
    }

    /** Milliseconds of FX time per event, averaged over all batches. */
    private double run(FxRobot robot, int routers) throws Exception {
        List<Runnable> timers = new ArrayList<>();
        long[] fxNanos = new long[1];
        OverviewView[] view = new OverviewView[1];
        // the hop as the app makes it, timed: the batch's fold and publish, then the table's CSS and layout pass
        Executor fx = r -> Platform.runLater(() -> {
            long t0 = System.nanoTime();
            r.run();
            view[0].applyCss();
            view[0].layout();
            fxNanos[0] += System.nanoTime() - t0;
        });
        OverviewViewModel vm = new OverviewViewModel((ms, task) -> timers.add(task), fx, 100);
        List<FakeEngine> engines = new ArrayList<>();
        robot.interact(() -> {
            for (int i = 0; i < routers; i++) {
                FakeEngine e = FakeEngine.manual();
                engines.add(e);
                vm.track(String.format(Locale.ROOT, "branch-%02d", i), e, ConnectionState.CONNECTED);
            }
            view[0] = new OverviewView(vm, name -> { });
            stage.setScene(new Scene(view[0], 1200, 800));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Instant t = Instant.parse("2026-12-02T10:00:00Z");
        for (int b = 0; b < BATCHES; b++) {
            for (int i = 0; i < EVENTS_PER_BATCH; i++) {
                FakeEngine e = engines.get(i % routers);
                t = t.plusMillis(1);
                e.emit(event(t, i));
            }
            List<Runnable> due = new ArrayList<>(timers);
            timers.clear();
            due.forEach(Runnable::run);
            WaitForAsyncUtils.waitForFxEvents();
        }
        long samples = vm.rows().stream().mapToLong(r -> r.samplesProperty().get()).sum();
        assertThat(samples).as("every sample reached a row").isEqualTo((long) BATCHES * EVENTS_PER_BATCH / 2);
        return fxNanos[0] / 1e6 / ((double) BATCHES * EVENTS_PER_BATCH);
    }

    /** Half samples, half liveness reports, over three tunnels: what a router's engine sends most. */
    private static EngineEvent event(Instant t, int i) {
        String tunnel = "tun" + (i % 3);
        if (i % 2 == 0) {
            return new EngineEvent.SampleEvent(t, new Sample(tunnel, t, 25.0, 20.0, 40.0, 2.0, 0.0, 90.0, 20.0, null));
        }
        return new EngineEvent.LivenessEvent(t, tunnel, TunnelState.UP, 21.0, i % 7 == 0 ? LinkCondition.DEGRADED : LinkCondition.UP,
                0.0, null);
    }
}
