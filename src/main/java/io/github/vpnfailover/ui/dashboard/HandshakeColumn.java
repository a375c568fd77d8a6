package io.github.vpnfailover.ui.dashboard;

import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;

/**
 * The Handshake column is WireGuard's (decision 0180): shown while some row has a handshake age, hidden otherwise,
 * so a router of OpenVPN tunnels keeps its room for the figures and its table does not scroll at the default size.
 */
final class HandshakeColumn {

    private HandshakeColumn() {
    }

    static void showOnlyWithHandshakes(TableColumn<TunnelRow, ?> column, ObservableList<TunnelRow> rows) {
        Runnable update = () -> column.setVisible(rows.stream().anyMatch(r -> r.handshakeAgeProperty().get() != null));
        ChangeListener<Double> onAge = (o, was, is) -> update.run();
        rows.forEach(r -> r.handshakeAgeProperty().addListener(onAge));
        rows.addListener((ListChangeListener<TunnelRow>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(r -> r.handshakeAgeProperty().removeListener(onAge));
                c.getAddedSubList().forEach(r -> r.handshakeAgeProperty().addListener(onAge));
            }
            update.run();
        });
        update.run();
    }
}
