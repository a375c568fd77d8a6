package io.github.vpnfailover.ui.overview;

import io.github.vpnfailover.engine.ConnectionState;
import io.github.vpnfailover.engine.EngineControl;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.ui.common.FxBatcher;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The overview's state: one {@link RouterRow} per connected router. Every router's engine events go through one
 * {@link FxBatcher}, so all routers together cost one FX hop per period; on the FX thread each event is one O(1)
 * fold and each touched row is published once per batch (decision 0230).
 */
public final class OverviewViewModel {

    /** An event and the router it came from, tagged on the engine's thread. */
    record Tagged(Tracked router, EngineEvent event) { }

    /** A router's row and its fold; the fold is touched on the FX thread only. */
    static final class Tracked {
        final RouterRow row;
        final RouterFold fold = new RouterFold();
        boolean gone;

        Tracked(String name, ConnectionState initial) {
            row = new RouterRow(name, initial);
            fold.link = initial;
        }
    }

    private final ObservableList<RouterRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RouterRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final java.util.Map<String, Tracked> byName = new java.util.HashMap<>();
    private final FxBatcher<Tagged> batcher;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("No router connected");

    /** {@code delayer} and {@code fx} as for {@link FxBatcher}; tests hand in direct ones. */
    public OverviewViewModel(FxBatcher.Delayer delayer, Executor fx, long periodMillis) {
        this.batcher = new FxBatcher<>(delayer, fx, periodMillis, this::apply);
    }

    /**
     * Adds a router's row and subscribes to its engine; FX thread. A name already tracked is replaced. {@code link} is
     * the state the connect step left it in (a shell on this computer publishes no link events).
     */
    public RouterRow track(String name, EngineControl engine, ConnectionState link) {
        untrack(name);
        Tracked t = new Tracked(name, link);
        byName.put(name, t);
        rows.add(t.row);
        summarize();
        engine.addListener(e -> batcher.submit(new Tagged(t, e)));
        return t.row;
    }

    /** Removes a router's row (it was disconnected); its late events are dropped. FX thread. */
    public void untrack(String name) {
        Tracked t = byName.remove(name);
        if (t != null) {
            t.gone = true;
            rows.remove(t.row);
            summarize();
        }
    }

    /** One batch on the FX thread: fold every event, then publish each touched row once. */
    void apply(List<Tagged> batch) {
        Set<Tracked> touched = new LinkedHashSet<>();
        for (Tagged t : batch) {
            if (!t.router().gone) {
                t.router().fold.fold(t.event());
                touched.add(t.router());
            }
        }
        for (Tracked t : touched) {
            t.row.publish(t.fold);
        }
        if (!touched.isEmpty()) {
            summarize();
        }
    }

    /** The status bar's line for the overview: how many routers are in which link state. Once per batch. */
    private void summarize() {
        java.util.Map<ConnectionState, Integer> counts = new java.util.EnumMap<>(ConnectionState.class);
        byName.values().forEach(t -> counts.merge(t.fold.link, 1, Integer::sum));
        StringBuilder sb = new StringBuilder(byName.size() == 1 ? "1 router" : byName.size() + " routers");
        String sep = ": ";
        for (var c : counts.entrySet()) {
            sb.append(sep).append(c.getValue()).append(' ').append(c.getKey().name().toLowerCase(java.util.Locale.ROOT));
            sep = ", ";
        }
        summary.set(byName.isEmpty() ? "No router connected" : sb.toString());
    }

    /** "20 routers: 19 connected, 1 reconnecting"; recounted once per batch, over the routers, not the events. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<RouterRow> rows() {
        return readOnlyRows;
    }
}
