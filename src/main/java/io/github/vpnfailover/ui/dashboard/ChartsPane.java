package io.github.vpnfailover.ui.dashboard;

import io.github.vpnfailover.core.QualityThresholds;
import io.github.vpnfailover.ui.chart.ChartModel;
import io.github.vpnfailover.ui.chart.LossStrip;
import io.github.vpnfailover.ui.chart.Metric;
import io.github.vpnfailover.ui.chart.Palette;
import io.github.vpnfailover.ui.chart.TimeChart;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/** The live charts (latency with its spread; loss as a strip; download solid, upload dashed) and a shared legend. */
public final class ChartsPane extends VBox {

    private final ChartModel model;
    private final TimeChart latency;
    private final TimeChart throughput;
    private final LossStrip loss;
    private final Label lossTitle = title("Loss (green: 0 %, red: no answer)");
    private final HBox legend = new HBox(14);
    private List<String> legendFor = List.of();

    public ChartsPane(ChartModel model) {
        super(4);
        this.model = model;
        latency = new TimeChart(model, List.of(Metric.LATENCY), "ms", true);
        latency.setId("latencyChart");
        latency.setAccessibleText("Latency per tunnel over time; the band is the min to max of each ping run");
        throughput = new TimeChart(model, List.of(Metric.DOWNLOAD, Metric.UPLOAD), "Mbit/s", false);
        throughput.setId("throughputChart");
        throughput.setAccessibleText("Download (solid) and upload (dashed) per tunnel over time");
        VBox.setVgrow(latency, Priority.ALWAYS);
        VBox.setVgrow(throughput, Priority.ALWAYS);
        Label lt = title("Latency (band: min–max)");
        Label tt = title("Throughput (solid: download, dashed: upload)");
        loss = new LossStrip(model);
        loss.setId("lossStrip");
        loss.setAccessibleText("Loss per tunnel over time: green none, orange some, red at the alarm level or no answer");
        getChildren().addAll(legend, lt, latency, lossTitle, loss, tt, throughput);
        setStyle("-fx-padding: 6 8 6 8;");
        model.onChange(this::redraw);
    }

    public void redraw() {
        // rebuilt only when the tunnels change (it counted the switch marker as a tunnel, so it was rebuilt every second)
        if (!model.tunnels().equals(legendFor)) {
            legendFor = List.copyOf(model.tunnels());
            legend.getChildren().clear();
            for (String t : model.tunnels()) {
                Region swatch = new Region();
                swatch.getStyleClass().add("legend-swatch");
                swatch.setStyle("-fx-background-color: " + web(Palette.of(model.indexOf(t))) + ";");
                Label l = new Label(t, swatch);
                legend.getChildren().add(l);
            }
            Label marker = new Label("┆ switch (hover for reason)");
            marker.setStyle("-fx-text-fill: #f0883e;");
            legend.getChildren().add(marker);
        }
        latency.draw();
        throughput.draw();
        loss.requestLayout();
        loss.draw();
    }

    /** The quality check's fail levels on the charts: a line on latency, red from that loss on (null: none). */
    public void setAlarms(QualityThresholds q) {
        latency.setAlarm(q == null ? null : q.failLatencyMs());
        loss.setAlarm(q == null ? null : q.failLossPercent());
        if (q != null && q.failLossPercent() != null) {
            lossTitle.setText(String.format(java.util.Locale.ROOT, "Loss (green: 0 %%, red: %.0f %% and more, or no answer)",
                    q.failLossPercent()));
        }
        redraw();
    }

    /** Colours that read on the current theme. */
    public void setDark(boolean dark) {
        Color text = dark ? Color.web("#c9d1d9") : Color.web("#57606a");
        Color grid = dark ? Color.web("#30363d") : Color.web("#d0d7de");
        latency.setColors(text, grid);
        throughput.setColors(text, grid);
        loss.setColors(text);
    }

    public List<TimeChart> charts() {
        return List.of(latency, throughput);
    }

    private static Label title(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("chart-title");
        return l;
    }

    private static String web(Color c) {
        return String.format("#%02x%02x%02x", (int) (c.getRed() * 255), (int) (c.getGreen() * 255), (int) (c.getBlue() * 255));
    }
}
