package io.github.vpnfailover.ui.dashboard;

import io.github.vpnfailover.engine.EngineControl;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.engine.Problem;
import io.github.vpnfailover.ui.chart.ChartModel;
import io.github.vpnfailover.ui.chart.SwitchMarker;
import io.github.vpnfailover.ui.chart.TimeRange;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Fills the charts from the store: each tunnel's samples of the shown range, once per tunnel and range, and the
 * stored switch markers. Folding the history into chart columns is O(history), so it runs on {@code io}; the FX
 * thread only swaps the result in.
 */
final class ChartHistory {

    private final EngineControl engine;
    private final ChartModel chart;
    private final Executor fx;
    private final Executor io;
    private final Clock clock;
    private final Supplier<TimeRange> range;
    private final Consumer<EngineEvent> problems;
    private final Set<String> requested = new HashSet<>();

    /** {@code problems} hears a failed read as an error event (the log shows it). */
    ChartHistory(EngineControl engine, ChartModel chart, Executor fx, Executor io, Clock clock, Supplier<TimeRange> range,
                 Consumer<EngineEvent> problems) {
        this.engine = engine;
        this.chart = chart;
        this.fx = fx;
        this.io = io;
        this.clock = clock;
        this.range = range;
        this.problems = problems;
    }

    /** The range changed: every tunnel is loaded again. */
    void rangeChanged() {
        requested.clear();
        chart.tunnels().forEach(this::load);
    }

    void load(String tunnel) {
        if (!requested.add(tunnel)) {
            return;
        }
        TimeRange r = range.get();
        int width = chart.width();
        Instant now = clock.instant();
        engine.history(tunnel, now.minus(r.length()), now.plusSeconds(1))
                .thenApplyAsync(list -> ChartModel.prepare(tunnel, list, r, width, now.toEpochMilli()), io)
                .whenComplete((loaded, err) -> fx.execute(() -> {
                    if (err != null) {
                        failed("cannot read history of " + tunnel + ": " + err.getMessage());
                    } else if (range.get() == r) {
                        chart.install(loaded);
                    }
                }));
    }

    /** Markers for the switches stored before this window opened (the chart keeps 7 days of them). */
    void loadStoredSwitches() {
        Instant now = clock.instant();
        engine.switches(now.minus(TimeRange.DAYS_7.length()), now.plusSeconds(1))
                .whenComplete((list, err) -> fx.execute(() -> {
                    if (err != null) {
                        failed("cannot read stored switches: " + err.getMessage());
                    } else {
                        list.forEach(r -> chart.addMarker(new SwitchMarker(r.time(), r.from(), r.to(), r.verified(), r.reason())));
                    }
                }));
    }

    private void failed(String message) {
        problems.accept(new EngineEvent.ErrorEvent(clock.instant(), message, Problem.HISTORY_UNREADABLE));
    }
}
