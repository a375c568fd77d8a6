package io.github.vpnfailover.ui.chart;

import javafx.scene.paint.Color;

/** Tunnel colours, readable on light and dark backgrounds; the n-th tunnel seen gets the n-th colour. */
public final class Palette {

    private static final Color[] COLORS = {
        Color.web("#2f81f7"), Color.web("#e5534b"), Color.web("#3fb950"), Color.web("#d29922"),
        Color.web("#a371f7"), Color.web("#39c5cf"), Color.web("#db61a2"), Color.web("#8b949e"),
    };

    private Palette() {
    }

    public static Color of(int index) {
        return COLORS[Math.floorMod(index, COLORS.length)];
    }
}
