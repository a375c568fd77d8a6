package io.github.vpnfailover.ui.overview;

import io.github.vpnfailover.engine.ConnectionState;
import io.github.vpnfailover.core.ValueRules;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** Every connected router on one table; double-click, Enter or Open shows that router's dashboard tab. */
public final class OverviewView extends BorderPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    public OverviewView(OverviewViewModel vm, Consumer<String> open) {
        setId("overview");
        TableView<RouterRow> table = new TableView<>(vm.rows());
        table.setId("overviewTable");
        table.setPlaceholder(new Label("No router connected: connect one or more on the Routers tab"));
        table.setFixedCellSize(28);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("Router", 140, r -> Bindings.createStringBinding(() -> text(r.name()))));
        table.getColumns().add(column("Link", 250, r -> Bindings.createStringBinding(() -> link(r),
                r.linkProperty(), r.linkDetailProperty())));
        table.getColumns().add(column("Active", 70, RouterRow::activeProperty));
        table.getColumns().add(column("Worst tunnel", 110, r -> Bindings.createStringBinding(() -> worst(r),
                r.worstProperty(), r.worstTunnelProperty(), r.tunnelsProperty())));
        table.getColumns().add(column("Last switch", 150, r -> Bindings.createStringBinding(() -> r.lastSwitchProperty().get() == null
                ? "none" : time(r.lastSwitchProperty().get()) + " " + r.lastSwitchKindProperty().get().name().toLowerCase(),
                r.lastSwitchProperty(), r.lastSwitchKindProperty())));
        table.getColumns().add(column("Reason", 240, r -> Bindings.createStringBinding(
                () -> text(r.lastSwitchReasonProperty().get()), r.lastSwitchReasonProperty())));
        table.getColumns().add(column("Samples", 100, r -> Bindings.createStringBinding(() -> r.samplesProperty().get()
                + (r.lastSampleProperty().get() == null ? "" : " · " + time(r.lastSampleProperty().get())),
                r.samplesProperty(), r.lastSampleProperty())));
        table.setRowFactory(t -> {
            TableRow<RouterRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    open.accept(row.getItem().name());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem().name());
            }
        });
        Button openButton = new Button("Open dashboard");
        openButton.setId("overviewOpen");
        openButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        openButton.setOnAction(e -> open.accept(table.getSelectionModel().getSelectedItem().name()));
        Label hint = new Label("Each router runs its own engine; a fault on one never stops the others.");
        HBox bar = new HBox(12, openButton, hint);
        bar.setPadding(new Insets(6, 0, 6, 0));
        setTop(bar);
        setCenter(table);
        setPadding(new Insets(6, 10, 6, 10));
    }

    /** "tun1 down", "all 3 up", or "—" when nothing is known (no tunnel yet, or the link is down). */
    private static String worst(RouterRow r) {
        String t = r.worstTunnelProperty().get();
        if (t == null) {
            return "—";
        }
        String c = r.worstProperty().get().name().toLowerCase().replace('_', ' ');
        return r.worstProperty().get() == io.github.vpnfailover.core.LinkCondition.UP ? "all " + r.tunnelsProperty().get() + " up"
                : text(t) + " " + c;
    }

    private static String link(RouterRow r) {
        ConnectionState s = r.linkProperty().get();
        String d = text(r.linkDetailProperty().get());
        String word = s.name().toLowerCase();
        return d.isEmpty() || s == ConnectionState.CONNECTED ? word : word + ": " + d;
    }

    /** Router text (names, reasons) with control characters escaped; empty for none. */
    private static String text(String s) {
        return s == null ? "" : ValueRules.printable(s);
    }

    private static String time(Instant t) {
        return TIME.format(t);
    }

    private static TableColumn<RouterRow, String> column(String title, double width,
                                                         Function<RouterRow, ObservableValue<String>> value) {
        TableColumn<RouterRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> value.apply(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item);
                // the reason and the link's detail are often wider than their column
                setTooltip(empty || item == null || item.length() < 24 ? null : new javafx.scene.control.Tooltip(item));
                getStyleClass().removeAll("over-alarm");
                if (!empty && item != null && (item.startsWith("reconnecting") || item.startsWith("failed") || item.endsWith(" down"))) {
                    getStyleClass().add("over-alarm");
                }
            }
        });
        return c;
    }
}
