package io.github.vpnfailover.ui.dashboard;

import javafx.beans.InvalidationListener;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** The state column's cell: follows its row's state and liveness condition, with the reason (and fix) on hover. */
final class StateCell extends TableCell<TunnelRow, TunnelRow> {

    private final InvalidationListener refresh = o -> show(getItem());
    private TunnelRow watched;

    @Override
    protected void updateItem(TunnelRow row, boolean empty) {
        super.updateItem(row, empty);
        if (watched != null) {
            watched.stateProperty().removeListener(refresh);
            watched.conditionProperty().removeListener(refresh);
            watched.stateHintProperty().removeListener(refresh);
            watched.ipv6NoteProperty().removeListener(refresh);
        }
        watched = empty ? null : row;
        if (watched != null) {
            watched.stateProperty().addListener(refresh);
            watched.conditionProperty().addListener(refresh);
            watched.stateHintProperty().addListener(refresh);
            watched.ipv6NoteProperty().addListener(refresh);
        }
        show(watched);
    }

    private void show(TunnelRow row) {
        if (row == null) {
            setText(null);
            setTooltip(null);
            getStyleClass().remove("no-liveness-answer");
            return;
        }
        setText(row.stateText());
        String hint = row.stateHintProperty().get();
        setTooltip(hint == null ? null : new Tooltip(hint));
        getStyleClass().remove("no-liveness-answer");
        if (row.conditionProperty().get() == io.github.vpnfailover.core.LinkCondition.NO_TARGET_ANSWERS) {
            getStyleClass().add("no-liveness-answer");
        }
        setAccessibleText(row.stateText() + (hint == null ? "" : ": " + hint));
    }
}
