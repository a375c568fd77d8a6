package io.github.vpnfailover.ui.dashboard;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;

/** The table row's context menu: take the tunnel out of rotation by hand, or put it back (decision 0221). */
final class HoldMenu {

    private HoldMenu() {
    }

    static ContextMenu of(TunnelRow row, DashboardViewModel vm) {
        MenuItem item = new MenuItem();
        item.setId("holdTunnel");
        item.textProperty().bind(javafx.beans.binding.Bindings.when(row.heldProperty())
                .then("Put " + row.getName() + " back in rotation").otherwise("Take " + row.getName() + " out of rotation"));
        item.setOnAction(e -> vm.hold(row, !row.heldProperty().get()));
        return new ContextMenu(item);
    }
}
