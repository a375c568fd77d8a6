package io.github.vpnfailover.ui.dashboard;

import io.github.vpnfailover.core.Ipv6Action;
import io.github.vpnfailover.engine.EngineEvent;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The tunnel table's rows, one per tunnel ever seen, best score first, and which tunnel is active. FX thread only. */
final class TunnelRows {

    private static final Comparator<TunnelRow> BY_SCORE = Comparator
            .comparing((TunnelRow r) -> r.getScore() == null ? Double.NEGATIVE_INFINITY : r.getScore()).reversed()
            .thenComparing(TunnelRow::getName);

    private final ObservableList<TunnelRow> rows = FXCollections.observableArrayList();
    private final Map<String, TunnelRow> byName = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper active = new ReadOnlyStringWrapper();
    private final Consumer<String> onActive;

    /** {@code onActive} hears each change of the active tunnel (the policy panel predicts from it). */
    TunnelRows(Consumer<String> onActive) {
        this.onActive = onActive;
    }

    /** The row of {@code tunnel}, added when it is new. */
    TunnelRow row(String tunnel) {
        TunnelRow r = byName.get(tunnel);
        if (r == null) {
            r = new TunnelRow(tunnel);
            r.activeProperty().set(tunnel.equals(active.get()));
            byName.put(tunnel, r);
            rows.add(r);
        }
        return r;
    }

    /** Marks {@code tunnel} active; null (not known) changes nothing. */
    void setActive(String tunnel) {
        if (tunnel == null || tunnel.equals(active.get())) {
            return;
        }
        active.set(tunnel);
        byName.values().forEach(r -> r.activeProperty().set(r.getName().equals(tunnel)));
        onActive.accept(tunnel);
    }

    /** After a verified switch: the new active row says where IPv6 goes when not with it (decision 0171). */
    void ipv6(EngineEvent.SwitchEvent s) {
        String note = s.ipv6() == Ipv6Action.BLOCKED ? "IPv6 blocked"
                : s.ipv6To() != null && !s.ipv6To().equals(s.to()) ? "IPv6 via " + s.ipv6To() : null;
        byName.values().forEach(r -> r.ipv6NoteProperty().set(r.getName().equals(s.to()) ? note : null));
    }

    void sort() {
        FXCollections.sort(rows, BY_SCORE);
    }

    ObservableList<TunnelRow> rows() {
        return rows;
    }

    ReadOnlyStringProperty activeProperty() {
        return active.getReadOnlyProperty();
    }
}
