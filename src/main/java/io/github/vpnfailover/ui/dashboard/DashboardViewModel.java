package io.github.vpnfailover.ui.dashboard;

import io.github.vpnfailover.core.DecisionKind;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.TunnelState;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.router.SwitchResult;
import io.github.vpnfailover.ui.chart.ChartModel;
import io.github.vpnfailover.ui.chart.SwitchMarker;
import io.github.vpnfailover.ui.chart.TimeRange;
import io.github.vpnfailover.ui.common.ConnectionStatus;
import io.github.vpnfailover.ui.common.Notifier;
import io.github.vpnfailover.ui.log.EventLogModel;
import io.github.vpnfailover.ui.log.EventText;
import io.github.vpnfailover.ui.policy.PolicyViewModel;
import io.github.vpnfailover.engine.EngineControl;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * The dashboard's state, fed with batches of engine events on the FX thread: the tunnel table (sorted by
 * score, active marked), charts, log, measuring progress, the auto-failover switch and "Switch now".
 * It never blocks: engine calls return futures whose results come back through {@code fx}. The rows and the
 * active tunnel are kept by {@link TunnelRows}, "Switch now" by {@link SwitchNow}; this class routes events to them.
 */
public final class DashboardViewModel {

    private final EngineControl engine;
    private final Notifier notifier;
    private final java.util.concurrent.Executor fx;
    private final java.util.concurrent.Executor io;
    private final Clock clock;
    private final ChartHistory history;
    private final ServerHealth servers = new ServerHealth();
    private final ReadOnlyObjectWrapper<Instant> now;
    private final TunnelRows tunnels;
    private final SwitchNow switchNow;
    private final ReadOnlyStringWrapper recommendation = new ReadOnlyStringWrapper("");
    private final BooleanProperty autoFailover = new SimpleBooleanProperty();
    private final ObjectProperty<TimeRange> range = new SimpleObjectProperty<>(TimeRange.HOUR_1);
    private final MeasureProgress progress;
    private final ChartModel chart;
    private final EventLogModel log = new EventLogModel(2000);
    private final EventText eventText;
    private final PolicyViewModel policy;
    private final ConnectionStatus connection;
    private java.util.function.BiConsumer<String, Boolean> onHold = (t, h) -> { };

    /** {@code fx} runs results on the FX thread; {@code io} does the heavy folding of loaded history. */
    public DashboardViewModel(EngineControl engine, Notifier notifier, java.util.concurrent.Executor fx, java.util.concurrent.Executor io,
                              Clock clock, Function<Policy, CompletableFuture<?>> saver, ConnectionStatus connection) {
        this.engine = engine;
        this.notifier = notifier;
        this.fx = fx;
        this.io = io;
        this.clock = clock;
        this.connection = connection;
        this.chart = new ChartModel(clock::millis);
        this.progress = new MeasureProgress(clock);
        this.eventText = new EventText(clock.getZone());
        this.policy = new PolicyViewModel(engine::policy, engine::updatePolicy, saver, fx);
        this.tunnels = new TunnelRows(policy::setActive);
        this.switchNow = new SwitchNow(engine, fx, tunnels);
        this.autoFailover.set(engine.policy().autoFailover());
        autoFailover.addListener((o, was, on) -> {
            engine.setAutoFailover(on);
            policy.saveEnginePolicy();
            recommendation.set("");
        });
        this.now = new ReadOnlyObjectWrapper<>(clock.instant());
        this.history = new ChartHistory(engine, chart, fx, io, clock, range::get, e -> log.addAll(List.of(eventText.line(e))));
        range.addListener((o, was, r) -> {
            chart.setRange(r);
            history.rangeChanged();
        });
        setActive(engine.active());
        history.loadStoredSwitches();
    }

    /** One batch of engine events, on the FX thread. */
    public void apply(List<EngineEvent> batch) {
        List<String> lines = new ArrayList<>();
        boolean resort = false;
        for (EngineEvent e : batch) {
            resort |= handle(e);
            String line = eventText.line(e);
            if (line != null) {
                lines.add(line);
            }
        }
        log.addAll(lines);
        Instant at = clock.instant();
        tunnels.rows().forEach(r -> r.noteState(at));
        if (resort) {
            tunnels.sort();
        }
    }

    private boolean handle(EngineEvent e) {
        if (e instanceof EngineEvent.SampleEvent s) {
            sample(s.sample());
            return true;
        }
        if (e instanceof EngineEvent.WindowEvent w) {
            for (String t : w.tunnels()) {
                TableScore shown = TableScore.of(w, t);
                row(t).scoreProperty().set(shown.score());
                row(t).scoreNoteProperty().set(shown.note());
                row(t).heldProperty().set(w.held().contains(t));
            }
            policy.window(w);
            return true;
        }
        if (e instanceof EngineEvent.DecisionEvent d) {
            if (d.decision().active() != null && !d.applied()) {
                setActive(d.decision().active());
            }
            boolean recommends = !d.applied() && d.decision().kind() != DecisionKind.STAY;
            recommendation.set(recommends ? "Recommended: switch to " + d.decision().target() + " — " + d.decision().reason() : "");
            return true;
        }
        if (e instanceof EngineEvent.SwitchEvent s) {
            if (s.verified()) {
                setActive(s.to());
                tunnels.ipv6(s);
            }
            if (s.kind().startsHoldDown(s.verified())) {
                policy.switched(s.time(), s.verified() ? s.to() : tunnels.activeProperty().get(), true);
            }
            chart.addMarker(new SwitchMarker(s.time(), s.from(), s.to(), s.verified(), s.reason()));
            String title = switch (s.kind()) {
                case MANUAL -> "Switched to " + s.to();
                case FAILOVER -> "Failover to " + s.to();
                case ROLLBACK -> "Rolled back to " + s.to();
                case SWITCH -> "Automatic switch to " + s.to();
                case ALIGN -> "IPv6 set again through " + s.to();
            };
            notifier.notify(s.verified() ? title : "Switch to " + s.to() + " failed", s.reason(), !s.verified());
            return true;
        }
        if (e instanceof EngineEvent.ProgressEvent p) {
            progress.update(p);
        } else if (e instanceof EngineEvent.ServerEvent v) {
            servers.update(v);
        } else if (e instanceof EngineEvent.ConnectionEvent c) {
            connection.set(c.state(), c.detail(), c.retryIn());
        } else if (e instanceof EngineEvent.LivenessUnansweredEvent u) {
            for (String t : u.answeringTunnels()) {
                row(t).conditionProperty().set(LinkCondition.NO_TARGET_ANSWERS);
                row(t).stateHintProperty().set(EventText.unanswered(u));
            }
        } else if (e instanceof EngineEvent.LivenessEvent l) {
            TunnelRow r = row(l.tunnel());
            r.stateProperty().set(l.state());
            r.conditionProperty().set(l.condition());
            // NO_TARGET_ANSWERS keeps the hint its alarm set (with the fix) just before
            if (l.condition() != LinkCondition.NO_TARGET_ANSWERS || r.stateHintProperty().get() == null) {
                r.stateHintProperty().set(l.reason());
            }
            // a dead tunnel's last round trip would mislead: show none
            r.liveRttProperty().set(l.state() == TunnelState.UP ? l.rttMs() : null);
        }
        return false;
    }

    private void sample(Sample s) {
        row(s.tunnel()).update(s);
        chart.add(s);
        history.load(s.tunnel());
    }

    private TunnelRow row(String tunnel) {
        return tunnels.row(tunnel);
    }

    private void setActive(String tunnel) {
        tunnels.setActive(tunnel);
    }

    /** Switches to the selected tunnel (the view has asked for confirmation). */
    public CompletableFuture<SwitchResult> switchToSelected() {
        return switchNow.start();
    }

    public void measureNow() {
        engine.measureNow();
    }

    /** Every second: countdowns move, the charts slide, the states' "since" ages. */
    public void tick() {
        progress.tick();
        connection.tick();
        now.set(clock.instant());
    }

    /** The clock as of the last tick (the state column's "for 3 min"). */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    /** Takes {@code row}'s tunnel out of rotation or puts it back (decision 0221); the engine's next window shows it. */
    public void hold(TunnelRow row, boolean held) {
        engine.hold(row.getName(), held);
        onHold.accept(row.getName(), held);
    }

    /** Where a hold goes besides the engine: saved with the router profile (decision 0214). */
    public void setOnHold(java.util.function.BiConsumer<String, Boolean> saver) {
        onHold = saver;
    }

    public ObservableList<TunnelRow> rows() {
        return tunnels.rows();
    }

    public ReadOnlyStringProperty activeProperty() {
        return tunnels.activeProperty();
    }

    public ObjectProperty<TunnelRow> selectedProperty() {
        return switchNow.selectedProperty();
    }

    public BooleanBinding switchDisabledBinding() {
        return switchNow.disabledBinding();
    }

    public StringBinding switchHintBinding() {
        return switchNow.hintBinding();
    }

    public ReadOnlyBooleanProperty switchingProperty() {
        return switchNow.switchingProperty();
    }

    public ReadOnlyStringProperty switchResultProperty() {
        return switchNow.resultProperty();
    }

    public ReadOnlyStringProperty recommendationProperty() {
        return recommendation.getReadOnlyProperty();
    }

    public BooleanProperty autoFailoverProperty() {
        return autoFailover;
    }

    public ObjectProperty<TimeRange> rangeProperty() {
        return range;
    }

    public MeasureProgress progress() {
        return progress;
    }

    public ChartModel chart() {
        return chart;
    }

    /** The latest probe of each OpenVPN server of the profile. */
    public ServerHealth servers() {
        return servers;
    }

    public EventLogModel log() {
        return log;
    }

    public PolicyViewModel policy() {
        return policy;
    }

    public ConnectionStatus connection() {
        return connection;
    }

    public EngineControl engine() {
        return engine;
    }
}
