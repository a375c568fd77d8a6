package io.github.vpnfailover.ui.log;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The last {@code capacity} log lines, newest last. FX thread only. */
public final class EventLogModel {

    private final int capacity;
    private final ObservableList<String> lines = FXCollections.observableArrayList();

    public EventLogModel(int capacity) {
        this.capacity = capacity;
    }

    public ObservableList<String> lines() {
        return lines;
    }

    public void addAll(List<String> batch) {
        if (batch.isEmpty()) {
            return;
        }
        lines.addAll(batch);
        if (lines.size() > capacity) {
            lines.remove(0, lines.size() - capacity);
        }
    }

    /** All lines (or the given ones) as text for the clipboard. */
    public static String asText(List<String> selected) {
        return String.join(System.lineSeparator(), selected) + System.lineSeparator();
    }
}
