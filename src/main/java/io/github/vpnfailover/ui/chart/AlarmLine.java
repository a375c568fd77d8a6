package io.github.vpnfailover.ui.chart;

import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** The quality check's fail level drawn across a chart: a dashed red line labelled with its value. */
final class AlarmLine {

    private static final Color RED = Color.web("#cf222e", 0.8);

    private AlarmLine() {
    }

    static void draw(GraphicsContext g, double value, double y, double x0, double x1) {
        g.save();
        g.setStroke(RED);
        g.setLineWidth(1);
        g.setLineDashes(6, 4);
        g.strokeLine(x0, y, x1, y);
        g.setLineDashes((double[]) null);
        g.setFill(RED);
        g.fillText(String.format(Locale.ROOT, "alarm %.0f", value), x1 - 60, y - 3);
        g.restore();
    }
}
