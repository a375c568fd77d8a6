package io.github.vpnfailover.ui.chart;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * Loss per tunnel as a strip of cells under the charts, one row per tunnel and one cell per pixel column (the worst
 * loss in it): green at 0 %, orange up to the alarm level, red at or above it and for failed measurements (100 %).
 * An outage is a red run, never just a gap in the latency line.
 */
public final class LossStrip extends Region {

    static final double ROW = 12;
    static final double GAP = 3;
    /** Longer than any cycle interval a person would choose: beyond it, a gap means no measurement. */
    static final long HOLD_MILLIS = 300_000;

    private final ChartModel model;
    private final Canvas canvas = new Canvas();
    private Color text = Color.GRAY;
    private double alarmPercent = 100;

    public LossStrip(ChartModel model) {
        this.model = model;
        getChildren().add(canvas);
    }

    public void setColors(Color textColor) {
        this.text = textColor;
        draw();
    }

    /** The loss level the liveness quality check calls degraded (null: only 100 % is red). */
    public void setAlarm(Double percent) {
        alarmPercent = percent == null ? 100 : percent;
        draw();
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.max(1, model.tunnels().size()) * (ROW + GAP) + GAP;
    }

    /** Every tunnel's row stays visible however small the window. */
    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(snapSizeX(getWidth()));
        canvas.setHeight(snapSizeY(getHeight()));
        draw();
    }

    public void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        int cols = model.width();
        long now = model.now();
        List<String> tunnels = model.tunnels();
        g.setFont(Font.font(10));
        for (int r = 0; r < tunnels.size(); r++) {
            String t = tunnels.get(r);
            double y = GAP + r * (ROW + GAP);
            g.setFill(text);
            g.fillText(t, 4, y + ROW - 2);
            ColumnBuckets b = model.buckets(t, Metric.LOSS);
            if (b == null) {
                continue;
            }
            long kNow = b.bucketOf(now);
            // a cell holds until the next sample, unless the gap is so long that nothing was measured at all
            long holdCols = Math.max(1, HOLD_MILLIS / b.bucketMillis());
            long last = Long.MIN_VALUE;
            for (long k = kNow - cols + 1; k <= kNow + 1; k++) {
                if (k <= kNow && !b.has(k)) {
                    continue;
                }
                if (last != Long.MIN_VALUE) {
                    long until = Math.min(k, last + holdCols);
                    g.setFill(color(b.max(last)));
                    g.fillRect(TimeChart.LEFT + (cols - 1 - (kNow - last)), y, until - last, ROW);
                }
                last = k;
            }
        }
    }

    /** Green, orange below the alarm, red at or above it. */
    Color color(double loss) {
        if (loss <= 0) {
            return Color.web("#2da44e", 0.55);
        }
        if (loss >= alarmPercent || loss >= 100) {
            return Color.web("#cf222e");
        }
        return Color.web("#e16f24", 0.5 + 0.5 * Math.min(1, loss / alarmPercent));
    }
}
