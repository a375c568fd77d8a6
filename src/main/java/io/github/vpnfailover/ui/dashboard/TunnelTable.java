package io.github.vpnfailover.ui.dashboard;

import io.github.vpnfailover.ui.common.Icons;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.kordamp.ikonli.javafx.FontIcon;

/** The tunnel table: the active tunnel has a check mark and bold text; rows come sorted by score. */
public final class TunnelTable extends TableView<TunnelRow> {

    /** Rates: one decimal below 10, none above, so "109 Mbit/s" fits its column in bold. */
    private static final String RATE = "%.1f Mbit/s";
    /** Set once the skin has drawn the headers and each column got its header's width as its minimum (HeaderFit). */
    private boolean headersFitted;

    public TunnelTable(DashboardViewModel vm) {
        super(vm.rows());
        setId("tunnelTable");
        setAccessibleText("Tunnels, best score first; the active tunnel is marked");
        setPlaceholder(new javafx.scene.control.Label("No tunnels measured yet"));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<TunnelRow, Boolean> activeCol = new TableColumn<>("Active");
        activeCol.setCellValueFactory(c -> c.getValue().activeProperty());
        activeCol.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Boolean on, boolean empty) {
                super.updateItem(on, empty);
                if (empty || on == null || !on) {
                    setGraphic(null);
                    setAccessibleText(null);
                } else {
                    FontIcon icon = Icons.icon(Icons.ACTIVE);
                    icon.getStyleClass().add("active-marker");
                    setGraphic(icon);
                    setAccessibleText("active tunnel");
                }
            }
        });
        activeCol.setMaxWidth(70);
        activeCol.setPrefWidth(60);

        TableColumn<TunnelRow, String> name = new TableColumn<>("Tunnel");
        name.setCellValueFactory(c -> c.getValue().nameProperty());
        TableColumn<TunnelRow, TunnelRow> state = new TableColumn<>("State");
        state.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        // "down · 12 min": in the default window it was cut to "down ·..." and hid how long
        state.setMinWidth(120);

        getColumns().add(activeCol);
        getColumns().add(name);
        getColumns().add(state);
        state.setCellFactory(c -> new StateCell(vm.nowProperty()));
        var q = vm.engine().quality();
        Double latencyAlarm = q == null ? null : q.failLatencyMs();
        Double lossAlarm = q == null ? null : q.failLossPercent();
        getColumns().add(number("Live RTT", "%.1f ms", "999.9 ms", TunnelRow::liveRttProperty, null, latencyAlarm));
        getColumns().add(number("Latency", "%.1f ms", "999.9 ms", TunnelRow::latencyProperty, TunnelRow::latencyNoteProperty, latencyAlarm));
        getColumns().add(number("Loss", "%.0f %%", "100 %", TunnelRow::lossProperty, TunnelRow::latencyNoteProperty, lossAlarm));
        getColumns().add(number("Jitter", "%.1f ms", "99.9 ms", TunnelRow::jitterProperty, TunnelRow::latencyNoteProperty, null));
        getColumns().add(number("Download", RATE, "999 Mbit/s", TunnelRow::downloadProperty, TunnelRow::downloadNoteProperty, null));
        getColumns().add(number("Upload", RATE, "999 Mbit/s", TunnelRow::uploadProperty, TunnelRow::uploadNoteProperty, null));
        getColumns().add(number("Score", "%.3f", "0.000", TunnelRow::scoreProperty, TunnelRow::scoreNoteProperty, null));
        // WireGuard only (decision 0180); over 180 s the state says down and its tooltip why
        var handshake = number("Handshake", "%.0f s ago", "999 s ago", TunnelRow::handshakeAgeProperty, null, null);
        getColumns().add(handshake);
        HandshakeColumn.showOnlyWithHandshakes(handshake, vm.rows());
        // the view model keeps the score order; clicking a header must not fight it
        getColumns().forEach(c -> c.setSortable(false));

        setRowFactory(t -> new TableRow<>() {
            private final javafx.beans.value.ChangeListener<Boolean> onActive = (o, a, b) -> mark();

            @Override
            protected void updateItem(TunnelRow row, boolean empty) {
                if (getItem() != null) {
                    getItem().activeProperty().removeListener(onActive);
                }
                super.updateItem(row, empty);
                if (row != null && !empty) {
                    row.activeProperty().addListener(onActive);
                }
                setContextMenu(row == null || empty ? null : HoldMenu.of(row, vm));
                mark();
            }

            private void mark() {
                TunnelRow row = getItem();
                boolean on = row != null && row.isActive();
                getStyleClass().remove("active-tunnel");
                if (on) {
                    getStyleClass().add("active-tunnel");
                }
                setAccessibleText(row == null ? null : row.getName() + (on ? ", active" : ""));
            }
        });
        getSelectionModel().selectedItemProperty().addListener((o, was, is) -> vm.selectedProperty().set(is));
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (!headersFitted) {
            headersFitted = HeaderFit.apply(this);
        }
    }

    /**
     * {@code widest}: the widest text it shows in ordinary use, the column never narrower (HeaderFit); {@code note}
     * null: no hover, else the row's reason for a missing value or how the value was made.
     */
    private static TableColumn<TunnelRow, Double> number(String title, String format, String widest,
                                                        Function<TunnelRow, ObservableValue<Double>> value,
                                                        Function<TunnelRow, ObservableValue<String>> note, Double alarm) {
        TableColumn<TunnelRow, Double> c = new TableColumn<>(title);
        // in the active row's bold: "114 Mbit/s" was cut to "114 Mb...", the Jitter column's "0.1 ms" to "0.1 ..."
        c.getProperties().put(HeaderFit.WIDEST_VALUE, widest);
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        c.setCellFactory(col -> new NoteCell(v -> String.format(Locale.ROOT, format.equals(RATE) && v >= 9.95 ? "%.0f Mbit/s" : format, v),
                note, alarm));
        if (alarm != null) {
            // the header keeps its short title; the level is on hover, and values at or above it show red
            javafx.scene.control.Label head = new javafx.scene.control.Label(title);
            head.setTooltip(new javafx.scene.control.Tooltip(String.format(Locale.ROOT, "Alarm at " + format + " and more "
                    + "(the liveness quality check's fail level): such values show red", alarm)));
            head.setId("alarm-" + title.replace(' ', '-'));
            c.setText(null);
            c.setGraphic(head);
        }
        c.setStyle("-fx-alignment: center-right;");
        return c;
    }
}
