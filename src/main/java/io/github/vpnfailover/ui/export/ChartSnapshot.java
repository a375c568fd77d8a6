package io.github.vpnfailover.ui.export;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * A snapshot of the charts on the theme's own background. A snapshot is filled white by default, which left the
 * dark theme's light-grey titles on white; the fill is taken from the nearest painted ancestor instead.
 */
public final class ChartSnapshot {

    private ChartSnapshot() {
    }

    /** On the FX thread. */
    public static WritableImage take(Node charts) {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(background(charts));
        return charts.snapshot(p, null);
    }

    /** The first background fill of {@code node} or an ancestor, else the scene's fill, else white. */
    static Paint background(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region r) {
                Background b = r.getBackground();
                if (b != null && !b.getFills().isEmpty() && b.getFills().get(0).getFill() != null
                        && !Color.TRANSPARENT.equals(b.getFills().get(0).getFill())) {
                    return b.getFills().get(0).getFill();
                }
            }
            if (n instanceof Parent && n.getParent() == null && n.getScene() != null && n.getScene().getFill() != null) {
                return n.getScene().getFill();
            }
        }
        return Color.WHITE;
    }
}
