package io.github.vpnfailover.ui.chart;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * A time chart drawn on one Canvas from {@link ColumnBuckets}: a min–max band and a mean line per tunnel
 * (SmokePing style for latency), dashed lines for the second metric, and switch markers whose reason shows
 * on hover. A draw walks the pixel columns only, never the samples.
 */
public final class TimeChart extends Region {

    static final double LEFT = 74;
    static final double RIGHT = 12;
    static final double TOP = 10;
    static final double BOTTOM = 22;

    private final ChartModel model;
    private final List<Metric> metrics;
    private final String unit;
    private final boolean band;
    private final Canvas canvas = new Canvas();
    private final Tooltip markerTip = new Tooltip();
    private ZoneId zone = ZoneId.systemDefault();
    private Color text = Color.GRAY;
    private Color grid = Color.gray(0.5, 0.25);
    private Double alarm;

    /** {@code metrics}: the first solid, the second dashed; {@code band}: draw the min–max spread of the first. */
    public TimeChart(ChartModel model, List<Metric> metrics, String unit, boolean band) {
        this.model = model;
        this.metrics = List.copyOf(metrics);
        this.unit = unit;
        this.band = band;
        getChildren().add(canvas);
        getStyleClass().add("chart-canvas-pane");
        // small enough that, in the default 1200x760 window, the event log below keeps rows a person can read
        setMinSize(200, 80);
        setPrefSize(800, 220);
        canvas.setOnMouseMoved(e -> hover(e.getX(), e.getScreenX(), e.getScreenY()));
        canvas.setOnMouseExited(e -> markerTip.hide());
    }

    /** A dashed alarm line at {@code value} (the quality check's fail level; null: none). */
    public void setAlarm(Double value) {
        this.alarm = value;
    }

    /** Text and grid colours for the current theme. */
    public void setColors(Color textColor, Color gridColor) {
        this.text = textColor;
        this.grid = gridColor;
        draw();
    }

    public void setZone(ZoneId z) {
        this.zone = z;
    }

    public Canvas canvas() {
        return canvas;
    }

    /** The plot's width in pixels for a chart this wide. */
    public static int plotWidth(double chartWidth) {
        return (int) Math.max(10, Math.floor(chartWidth - LEFT - RIGHT));
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            model.setWidth(plotWidth(w));
            draw();
        }
    }

    /** Redraws everything visible: O(pixel width × tunnels). */
    public void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (w < LEFT + RIGHT + 10 || h < TOP + BOTTOM + 10) {
            return;
        }
        int cols = model.width();
        double plotH = h - TOP - BOTTOM;
        long now = model.now();
        List<String> tunnels = model.tunnels();
        double yMax = niceCeiling(maxVisible(tunnels, now, cols) * 1.1);
        axes(g, w, h, plotH, yMax, now);
        for (String tunnel : tunnels) {
            Color c = Palette.of(model.indexOf(tunnel));
            for (int m = 0; m < metrics.size(); m++) {
                ColumnBuckets b = model.buckets(tunnel, metrics.get(m));
                if (b != null) {
                    line(g, b, now, cols, plotH, yMax, c, m == 1, band && m == 0);
                }
            }
        }
        markers(g, now, cols, plotH);
        if (alarm != null && alarm < yMax) {
            AlarmLine.draw(g, alarm, y(alarm, plotH, yMax), LEFT, w - RIGHT);
        }
        if (tunnels.isEmpty()) {
            g.setFill(text);
            g.fillText("waiting for the first measurement…", LEFT + 10, TOP + plotH / 2);
        }
    }

    private double maxVisible(List<String> tunnels, long now, int cols) {
        double max = 0;
        for (String t : tunnels) {
            for (int m = 0; m < metrics.size(); m++) {
                ColumnBuckets b = model.buckets(t, metrics.get(m));
                if (b == null) {
                    continue;
                }
                long kNow = b.bucketOf(now);
                for (long k = kNow - cols + 1; k <= kNow; k++) {
                    if (b.has(k)) {
                        max = Math.max(max, band && m == 0 ? b.max(k) : b.mean(k));
                    }
                }
            }
        }
        return max;
    }

    private void line(GraphicsContext g, ColumnBuckets b, long now, int cols, double plotH, double yMax,
                      Color c, boolean dashed, boolean spread) {
        long kNow = b.bucketOf(now);
        long kFrom = kNow - cols + 1;
        if (spread) {
            g.setFill(c.deriveColor(0, 1, 1, 0.22));
            for (long k = kFrom; k <= kNow; k++) {
                if (b.has(k)) {
                    double x = LEFT + (k - kFrom);
                    double top = y(b.max(k), plotH, yMax);
                    g.fillRect(x, top, 1, Math.max(1, y(b.min(k), plotH, yMax) - top));
                }
            }
        }
        g.setStroke(c);
        g.setLineWidth(1.6);
        g.setLineDashes(dashed ? new double[] {6, 4} : null);
        // a gap longer than a few minutes is missing data (the tunnel was down): the line breaks there
        long maxGapCols = Math.max(3, 300_000 / b.bucketMillis());
        long last = Long.MIN_VALUE;
        g.beginPath();
        for (long k = kFrom; k <= kNow; k++) {
            if (!b.has(k)) {
                continue;
            }
            double x = LEFT + (k - kFrom) + 0.5;
            double y = y(b.mean(k), plotH, yMax);
            if (last == Long.MIN_VALUE || k - last > maxGapCols) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
            last = k;
        }
        g.stroke();
        g.setLineDashes(null);
    }

    private void axes(GraphicsContext g, double w, double h, double plotH, double yMax, long now) {
        g.setFont(Font.font(11));
        g.setLineWidth(1);
        for (int i = 0; i <= 4; i++) {
            double v = yMax * i / 4;
            double y = Math.round(y(v, plotH, yMax)) + 0.5;
            g.setStroke(grid);
            g.strokeLine(LEFT, y, w - RIGHT, y);
            g.setFill(text);
            g.fillText(format(v) + " " + unit, 4, y + 4);
        }
        long span = model.range().length().toMillis();
        DateTimeFormatter f = DateTimeFormatter.ofPattern(span > 86_400_000L ? "MM-dd HH:mm" : "HH:mm", Locale.ROOT).withZone(zone);
        double plotW = w - LEFT - RIGHT;
        g.setStroke(grid);
        for (double edge : new double[] {LEFT, LEFT + plotW}) {
            g.strokeLine(Math.round(edge) + 0.5, TOP, Math.round(edge) + 0.5, TOP + plotH);
        }
        for (long t : timeTicks(now - span, now, zone)) {
            double x = LEFT + plotW * (t - (now - span)) / span;
            g.setStroke(grid);
            g.strokeLine(Math.round(x) + 0.5, TOP, Math.round(x) + 0.5, TOP + plotH);
            g.setFill(text);
            String label = f.format(Instant.ofEpochMilli(t));
            g.fillText(label, Math.min(x - 14, w - RIGHT - 60), h - 6);
        }
    }

    /**
     * Round times for the x axis (every 5 min for 15 min, 15 min for 1 h, 1 h for 6 h, 6 h for 24 h, 1 day for 7 d, in
     * local time): quarters of the span gave labels like 03:48, 03:52, 03:55 that read as uneven steps.
     */
    static List<Long> timeTicks(long start, long end, ZoneId zone) {
        long span = end - start;
        long step = span <= 900_000L ? 300_000L : span <= 3_600_000L ? 900_000L : span <= 21_600_000L ? 3_600_000L
                : span <= 86_400_000L ? 21_600_000L : 86_400_000L;
        long offset = zone.getRules().getOffset(Instant.ofEpochMilli(start)).getTotalSeconds() * 1000L;
        List<Long> ticks = new ArrayList<>();
        for (long t = Math.floorDiv(start + offset + step - 1, step) * step - offset; t <= end; t += step) {
            ticks.add(t);
        }
        return ticks;
    }

    private void markers(GraphicsContext g, long now, int cols, double plotH) {
        g.setStroke(Color.web("#f0883e"));
        g.setFill(Color.web("#f0883e"));
        g.setLineWidth(1.5);
        g.setLineDashes(3, 3);
        for (SwitchMarker m : model.markers()) {
            Double x = markerX(m, now, cols);
            if (x != null) {
                g.strokeLine(x, TOP, x, TOP + plotH);
                g.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {TOP, TOP, TOP + 7}, 3);
            }
        }
        g.setLineDashes(null);
    }

    private Double markerX(SwitchMarker m, long now, int cols) {
        long span = model.range().length().toMillis();
        long t = m.time().toEpochMilli();
        if (t < now - span || t > now + span / cols) {
            return null;
        }
        return Math.round(LEFT + (double) (t - (now - span)) * cols / span) + 0.5;
    }

    /** The marker under the mouse, if any: within 4 px. */
    SwitchMarker markerAt(double x) {
        long now = model.now();
        for (SwitchMarker m : model.markers()) {
            Double mx = markerX(m, now, model.width());
            if (mx != null && Math.abs(mx - x) <= 4) {
                return m;
            }
        }
        return null;
    }

    private void hover(double x, double screenX, double screenY) {
        SwitchMarker m = markerAt(x);
        if (m == null) {
            markerTip.hide();
            return;
        }
        markerTip.setText(m.describe());
        Point2D p = new Point2D(screenX + 12, screenY + 12);
        markerTip.show(canvas, p.getX(), p.getY());
    }

    private double y(double v, double plotH, double yMax) {
        return TOP + plotH - Math.max(0, Math.min(1, v / yMax)) * plotH;
    }

    static double niceCeiling(double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * p >= v) {
                return step * p;
            }
        }
        return 10 * p;
    }

    static String format(double v) {
        if (v >= 100 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        // small axes step by 0.25: two decimals, trailing zeros dropped (0.25, 0.5, 0.75)
        return String.format(Locale.ROOT, v < 10 ? "%.2f" : "%.1f", v).replaceAll("0+$", "");
    }
}
