package io.github.vpnfailover.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.router.SwitchResult;
import io.github.vpnfailover.ui.common.ConnectionStatus;
import io.github.vpnfailover.ui.common.Theme;
import io.github.vpnfailover.ui.dashboard.DashboardView;
import io.github.vpnfailover.ui.dashboard.DashboardViewModel;
import io.github.vpnfailover.ui.export.ExportActions;
import io.github.vpnfailover.engine.EngineControl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
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
 * What one engine sample costs the FX thread (table, policy re-score, both charts redrawn) with 1 k and with
 * 1 M samples of history in the chart, and what loading that history costs once. Prints figures; run with -Pbench.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class ChartDrawBenchmark {

    private static final int EVENTS = 300;

    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        new Theme().apply(false);
    }

    @Test
    void sampleCostDoesNotGrowWithHistory(FxRobot robot) throws Exception {
        run(robot, 1_000); // warm-up: JIT and the first-use costs of the scene graph
        Result small = run(robot, 1_000);
        Result large = run(robot, 1_000_000);
        double ratio = large.medianMs / small.medianMs;
        System.out.printf(Locale.ROOT, "chart bench: per-event FX time  1k history: median %.3f ms, p99 %.3f ms, max %.3f ms%n",
                small.medianMs, small.p99Ms, small.maxMs);
        System.out.printf(Locale.ROOT, "chart bench: per-event FX time  1M history: median %.3f ms, p99 %.3f ms, max %.3f ms%n",
                large.medianMs, large.p99Ms, large.maxMs);
        System.out.printf(Locale.ROOT, "chart bench: ratio 1M/1k (median) = %.2f%n", ratio);
        System.out.printf(Locale.ROOT, "chart bench: loading history, off the FX thread (fold into %d columns): 1k %.1f ms, 1M %.1f ms%n",
                large.columns, small.prepareMs, large.prepareMs);
        System.out.printf(Locale.ROOT, "chart bench: loading history, on the FX thread (swap in): 1k %.2f ms, 1M %.2f ms%n",
                small.installMs, large.installMs);
        System.out.printf(Locale.ROOT, "chart bench: range change, on the FX thread (re-fold kept samples): 1k %.1f ms, 1M %.1f ms%n",
                small.rangeChangeMs, large.rangeChangeMs);
        assertThat(large.loaded).as("the 1M history reached the chart").isEqualTo(1_000_000 + 1);
    }

    private Result run(FxRobot robot, int history) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        HistoryEngine engine = new HistoryEngine(history, clock);
        DashboardViewModel[] vm = new DashboardViewModel[1];
        robot.interact(() -> {
            vm[0] = new DashboardViewModel(engine, (a, b, c) -> { }, Platform::runLater, Runnable::run, clock,
                    p -> CompletableFuture.completedFuture(null), new ConnectionStatus(clock::instant));
            vm[0].rangeProperty().set(TimeRange.HOURS_24);
            stage.setScene(new Scene(new DashboardView(vm[0], new ExportActions(engine, Runnable::run, clock)), 1200, 760));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // the first sample makes the view model ask for the tunnel's history; time its arrival on the FX thread
        long[] install = new long[1];
        robot.interact(() -> vm[0].apply(List.of(event(clock.instant()))));
        engine.served.join();
        WaitForAsyncUtils.waitForFxEvents();
        int width = vm[0].chart().width();
        long p0 = System.nanoTime();
        ChartModel.Prepared prepared = ChartModel.prepare("tun0", engine.samples, TimeRange.HOURS_24, width, clock.millis());
        long prepare = System.nanoTime() - p0;
        robot.interact(() -> {
            long t0 = System.nanoTime();
            vm[0].chart().install(prepared);
            install[0] = System.nanoTime() - t0;
        });
        WaitForAsyncUtils.waitForFxEvents();
        int loaded = vm[0].chart().sampleCount("tun0");

        double[] ms = new double[EVENTS];
        for (int i = 0; i < EVENTS; i += 50) {
            int from = i;
            robot.interact(() -> {
                for (int j = from; j < from + 50; j++) {
                    EngineEvent e = event(clock.instant());
                    long t0 = System.nanoTime();
                    vm[0].apply(List.of(e));
                    ms[j] = (System.nanoTime() - t0) / 1e6;
                }
            });
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        // the first events warm the JIT: the median and the max over the last two thirds count
        double[] steady = Arrays.copyOfRange(ms, EVENTS / 3, EVENTS);
        Arrays.sort(steady);
        long[] rebuild = new long[1];
        robot.interact(() -> {
            long t0 = System.nanoTime();
            vm[0].rangeProperty().set(TimeRange.HOURS_6);
            rebuild[0] = System.nanoTime() - t0;
        });
        return new Result(steady[steady.length / 2], steady[(int) (steady.length * 0.99)], steady[steady.length - 1], prepare / 1e6, install[0] / 1e6,
                rebuild[0] / 1e6, loaded, width);
    }

    private static EngineEvent event(Instant now) {
        return new EngineEvent.SampleEvent(now, new Sample("tun0", now, 25.0, 20.0, 40.0, 2.0, 0.0, 90.0, 20.0, null));
    }

    private record Result(double medianMs, double p99Ms, double maxMs, double prepareMs, double installMs, double rangeChangeMs,
                          int loaded, int columns) { }

    /** An engine whose store holds {@code n} samples of tun0 spread over the last 24 h. */
    private static final class HistoryEngine implements EngineControl {
        final List<Sample> samples;
        final CompletableFuture<Void> served = new CompletableFuture<>();

        HistoryEngine(int n, Clock clock) {
            Instant end = clock.instant();
            long span = Duration.ofHours(24).toMillis() - 1000;
            samples = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                double lat = 20 + (i % 97) * 0.3;
                samples.add(new Sample("tun0", end.minusMillis(span - span * i / n), lat, lat - 2, lat + 9, 1.0, 0.0,
                        80.0 + i % 13, 20.0, null));
            }
        }

        @Override
        public CompletableFuture<List<io.github.vpnfailover.store.SwitchRecord>> switches(Instant from, Instant to) {
            return CompletableFuture.completedFuture(List.of());
        }

        @Override
        public CompletableFuture<List<Sample>> history(String tunnel, Instant from, Instant to) {
            served.complete(null);
            // the benchmark hands the history in itself, timed; an empty answer keeps the view model's own load out
            return CompletableFuture.completedFuture(List.of());
        }

        @Override
        public void addListener(Consumer<EngineEvent> l) {
        }

        @Override
        public void hold(String tunnel, boolean held) {
        }

        @Override
        public void start() {
        }

        @Override
        public void measureNow() {
        }

        @Override
        public CompletableFuture<Void> runOnce() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void setAutoFailover(boolean on) {
        }

        @Override
        public void updatePolicy(Policy p) {
        }

        @Override
        public Policy policy() {
            return Policy.defaults();
        }

        @Override
        public java.util.Map<String, io.github.vpnfailover.core.LinkStatus> liveness() {
            return java.util.Map.of();
        }

        @Override
        public String active() {
            return "tun0";
        }

        @Override
        public CompletableFuture<SwitchResult> switchNow(String t) {
            return CompletableFuture.completedFuture(new SwitchResult(t, true, t, ""));
        }

        @Override
        public void close() {
        }
    }
}
