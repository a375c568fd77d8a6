package io.github.vpnfailover.ui.export;

import io.github.vpnfailover.ui.chart.TimeRange;
import io.github.vpnfailover.ui.common.Icons;
import java.io.File;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

/**
 * The toolbar's CSV and PNG buttons and their status. The status is placed outside the toolbar by the view (full
 * text on hover), so a message never pushes the toolbar's icons aside or into its overflow menu.
 */
public final class ExportButtons extends HBox {

    private final ExportActions export;
    private final Label status = new Label();

    /** {@code tunnels} and {@code range}: what the CSV holds; {@code charts}: the node a PNG shows. */
    public ExportButtons(ExportActions export, Supplier<List<String>> tunnels, Supplier<TimeRange> range, Node charts) {
        super(4);
        this.export = export;
        setAlignment(Pos.CENTER_LEFT);
        // icon-only: the toolbar must fit the minimum window width; tooltip and accessible text say what they do
        Button csv = new Button(null, Icons.icon(Icons.CSV));
        csv.setId("exportCsv");
        csv.setTooltip(new Tooltip("Export the shown range's history as CSV"));
        csv.setAccessibleText("Export history as CSV");
        csv.setOnAction(e -> csv(tunnels.get(), range.get()));
        Button png = new Button(null, Icons.icon(Icons.PNG));
        png.setId("exportPng");
        png.setTooltip(new Tooltip("Save the charts as a PNG image"));
        png.setAccessibleText("Export charts as PNG");
        png.setOnAction(e -> png(charts));
        status.setId("exportResult");
        status.setTextOverrun(OverrunStyle.ELLIPSIS);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        Tooltip full = new Tooltip();
        full.textProperty().bind(status.textProperty());
        status.setTooltip(full);
        getChildren().addAll(csv, png);
    }

    /** The export's outcome, for the view to place where it moves nothing in the toolbar. */
    public Label status() {
        return status;
    }

    private void csv(List<String> tunnels, TimeRange range) {
        File f = choose("Export history as CSV", "vpnfailover-history.csv", "CSV", "*.csv");
        if (f == null) {
            return;
        }
        show("Exporting…");
        export.csv(tunnels, range, f.toPath()).whenComplete((n, err) -> Platform.runLater(() ->
                show(err == null ? n + " rows saved" : "CSV export failed: " + err.getMessage())));
    }

    private void png(Node charts) {
        File f = choose("Save charts as PNG", "vpnfailover-charts.png", "PNG", "*.png");
        if (f == null) {
            return;
        }
        show("Saving…");
        export.png(ChartSnapshot.take(charts), f.toPath()).whenComplete((p, err) -> Platform.runLater(() ->
                show(err == null ? "Charts saved" : "PNG export failed: " + err.getMessage())));
    }

    private File choose(String title, String name, String kind, String glob) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(name);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, glob));
        return fc.showSaveDialog(getScene().getWindow());
    }

    /** The status line (tests read it through its id). */
    void show(String text) {
        status.setText(text);
    }
}
