package io.github.vpnfailover.ui.dashboard;

import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** A number cell that shows "–" for a missing value, and its row's note (why, or how it was made) on hover. */
final class NoteCell extends TableCell<TunnelRow, Double> {

    private final Function<Double, String> format;
    private final Function<TunnelRow, ObservableValue<String>> note;
    private final Double alarm;

    /** {@code note} null: the cell has no hover; {@code alarm} (null: none): at or above it the value shows red. */
    NoteCell(Function<Double, String> format, Function<TunnelRow, ObservableValue<String>> note, Double alarm) {
        this.format = format;
        this.note = note;
        this.alarm = alarm;
    }

    @Override
    protected void updateItem(Double v, boolean empty) {
        super.updateItem(v, empty);
        setText(empty ? null : v == null ? "–" : format.apply(v));
        getStyleClass().remove("over-alarm");
        if (!empty && v != null && alarm != null && v >= alarm) {
            getStyleClass().add("over-alarm");
        }
        TunnelRow row = getTableRow() == null ? null : getTableRow().getItem();
        String why = empty || row == null || note == null ? null : note.apply(row).getValue();
        if (why == null) {
            setTooltip(null);
            setAccessibleText(getText());
        } else {
            Tooltip t = new Tooltip();
            t.textProperty().bind(note.apply(row));
            t.setWrapText(true);
            t.setMaxWidth(420);
            setTooltip(t);
            setAccessibleText(getText() + ": " + why);
        }
    }
}
