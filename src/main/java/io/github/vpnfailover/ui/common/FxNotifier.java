package io.github.vpnfailover.ui.common;

import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** ControlsFX pop-up notifications in the corner of the main window. */
public final class FxNotifier implements Notifier {

    private final Window owner;

    public FxNotifier(Window owner) {
        this.owner = owner;
    }

    @Override
    public void notify(String title, String text, boolean problem) {
        Notifications n = Notifications.create().owner(owner).title(title).text(text).hideAfter(Duration.seconds(6));
        if (problem) {
            n.showWarning();
        } else {
            n.showInformation();
        }
    }
}
