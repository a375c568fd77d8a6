package io.github.vpnfailover.ui.dashboard;

import io.github.vpnfailover.core.LinkCondition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * The state column's cell: its row's state as the engine counts it, how long it has been so, "held" when taken out
 * of rotation by hand, and the reason (and fix) on hover.
 */
final class StateCell extends TableCell<TunnelRow, TunnelRow> {

    private final InvalidationListener refresh = o -> show(getItem());
    private final ObservableValue<Instant> now;
    private TunnelRow watched;

    /** {@code now} ticks every second, so the age moves. */
    StateCell(ObservableValue<Instant> now) {
        this.now = now;
        now.addListener(refresh);
    }

    @Override
    protected void updateItem(TunnelRow row, boolean empty) {
        super.updateItem(row, empty);
        if (watched != null) {
            watched(watched).forEach(p -> p.removeListener(refresh));
        }
        watched = empty ? null : row;
        if (watched != null) {
            watched(watched).forEach(p -> p.addListener(refresh));
        }
        show(watched);
    }

    private static List<Observable> watched(TunnelRow r) {
        return List.of(r.stateProperty(), r.conditionProperty(), r.stateHintProperty(), r.stateSinceProperty(), r.heldProperty(),
                r.ipv6NoteProperty());
    }

    private void show(TunnelRow row) {
        getStyleClass().removeAll("no-liveness-answer", "state-down", "state-held");
        if (row == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        String state = row.baseState();
        String text = row.stateText() + (row.heldProperty().get() ? ", held" : "") + age(row.stateSinceProperty().get());
        setText(text);
        String hint = row.stateReason();
        if (row.heldProperty().get()) {
            hint = "taken out of rotation by hand: never switched to (context menu to put it back)" + (hint == null ? "" : "\n" + hint);
        }
        Tooltip t = hint == null ? null : new Tooltip(hint);
        if (t != null) {
            t.setWrapText(true);
            t.setMaxWidth(480);
        }
        setTooltip(t);
        if (row.conditionProperty().get() == LinkCondition.NO_TARGET_ANSWERS && "no liveness answer".equals(state)) {
            getStyleClass().add("no-liveness-answer");
        } else if ("down".equals(state)) {
            getStyleClass().add("state-down");
        }
        if (row.heldProperty().get()) {
            getStyleClass().add("state-held");
        }
        setAccessibleText(text + (hint == null ? "" : ": " + hint));
    }

    /** " · 4 min" since the shown state began; nothing before it is known. */
    private String age(Instant since) {
        Instant at = now.getValue();
        if (since == null || at == null) {
            return "";
        }
        long s = Math.max(0, Duration.between(since, at).toSeconds());
        String a = s < 60 ? s + " s" : s < 3600 ? s / 60 + " min" : s < 86_400 ? s / 3600 + " h" : s / 86_400 + " d";
        return " · " + a;
    }
}
