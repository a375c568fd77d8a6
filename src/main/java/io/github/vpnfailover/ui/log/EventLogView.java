package io.github.vpnfailover.ui.log;

import io.github.vpnfailover.ui.common.Icons;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The event log: a list that follows new lines; select and Ctrl+C (or "Copy") puts lines on the clipboard. */
public final class EventLogView extends BorderPane {

    private final ListView<String> list;

    public EventLogView(EventLogModel model) {
        list = new ListView<>(model.lines());
        list.setId("eventLog");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setAccessibleText("Event log: decisions, switches and errors with time");
        list.setOnKeyPressed(e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                copy();
                e.consume();
            }
        });
        MenuItem copy = new MenuItem("Copy");
        copy.setAccelerator(KeyCombination.keyCombination("Shortcut+C"));
        copy.setOnAction(e -> copy());
        list.setContextMenu(new ContextMenu(copy));
        // after the list has taken the new lines (scrolling from inside this change went to the previous last one),
        // and only as far as makes the newest line the bottom one (ListView.scrollTo puts it at the top)
        model.lines().addListener((javafx.collections.ListChangeListener<String>) c -> Platform.runLater(() -> {
            if (!model.lines().isEmpty() && list.getSelectionModel().isEmpty()) {
                int last = model.lines().size() - 1;
                list.layout();
                if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                    flow.scrollTo(last);
                } else {
                    list.scrollTo(last);
                }
            }
        }));
        Label title = new Label("Event log");
        title.getStyleClass().add("section-title");
        Button copyAll = new Button("Copy", Icons.icon(Icons.COPY));
        copyAll.setId("copyLog");
        copyAll.setAccessibleText("Copy the selected log lines, or all of them, to the clipboard");
        copyAll.setOnAction(e -> copy());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, copyAll);
        bar.setStyle("-fx-padding: 4 8 4 8; -fx-alignment: center-left;");
        setTop(bar);
        setCenter(list);
    }

    private void copy() {
        List<String> sel = list.getSelectionModel().getSelectedItems();
        ClipboardContent c = new ClipboardContent();
        c.putString(EventLogModel.asText(sel.isEmpty() ? list.getItems() : List.copyOf(sel)));
        Clipboard.getSystemClipboard().setContent(c);
    }
}
