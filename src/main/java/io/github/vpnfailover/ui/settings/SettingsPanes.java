package io.github.vpnfailover.ui.settings;

import io.github.vpnfailover.core.RouteMode;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/** The measurement and liveness parts of the router settings, bound to a {@link RouterSettingsModel}; the dialog and the setup step show the same boxes. */
public final class SettingsPanes {

    private SettingsPanes() {
    }

    /** Ping targets, URLs, caps, tunnel names, route mode and switch command. */
    public static GridPane measurement(RouterSettingsModel m) {
        GridPane g = grid();
        int r = 0;
        row(g, r++, "Ping targets", field("pingTargets", m.pingTargets, "addresses inside the VPNs, comma-separated"));
        row(g, r++, "Pings per target", field("pingCount", m.pingCount, "4"));
        row(g, r++, "Ping interval", unit(field("pingInterval", m.pingInterval, "s between pings, 0.2 to 60"), "s"));
        row(g, r++, "Download URL", field("downloadUrl", m.downloadUrl, "http://… a large file (empty: no download test)"));
        row(g, r++, "Upload URL", field("uploadUrl", m.uploadUrl, "http://… accepting a POST (empty: no upload test)"));
        row(g, r++, "Byte cap", unit(field("maxBytes", m.maxBytes, "bytes per transfer"), "bytes"));
        row(g, r++, "Time cap", unit(field("maxSeconds", m.maxSeconds, "seconds per transfer"), "s"));
        row(g, r++, "Tunnel names", field("tunnelPattern", m.tunnelPattern, "regular expression"));
        ChoiceBox<RouteMode> mode = new ChoiceBox<>();
        mode.getItems().setAll(RouteMode.values());
        mode.setId("routeMode");
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(RouteMode r) {
                return r == null ? "" : switch (r) {
                    case DEF1 -> "def1 (two /1 routes, as OpenVPN)";
                    case DEFAULT -> "default (replace the default route)";
                    case COMMAND -> "command (run the switch command)";
                };
            }

            @Override
            public RouteMode fromString(String s) {
                return null;
            }
        });
        mode.valueProperty().bindBidirectional(m.routeMode);
        row(g, r++, "Route mode", mode);
        row(g, r, "Switch command", field("commandTemplate", m.commandTemplate, "e.g. /usr/sbin/vpn-switch {iface} {peer}"));
        return g;
    }

    /** Liveness targets, timing and the quality alarms. */
    public static GridPane liveness(RouterSettingsModel m) {
        GridPane g = grid();
        int r = 0;
        row(g, r++, "Liveness targets", field("livenessTargets", m.livenessTargets,
                "empty: the ping targets, or 1.1.1.1 and 8.8.8.8 by default"));
        row(g, r++, "Liveness interval", unit(field("livenessInterval", m.intervalMs, "ms between pings per target"), "ms"));
        row(g, r++, "Liveness timeout", unit(field("livenessTimeout", m.timeoutMs, "ms: the longest wait; a later answer is a miss"), "ms"));
        row(g, r++, "Timeout floor", unit(field("livenessMinTimeout", m.minTimeoutMs,
                "ms: the shortest wait; it adapts between the two (equal: fixed)"), "ms"));
        row(g, r++, "Fall", field("livenessFall", m.fall, "misses in a row: target dead"));
        row(g, r++, "Rise", field("livenessRise", m.rise, "answers in a row: target alive"));
        row(g, r++, "Latency alarm", field("qualityLatency", m.qualityLatency, "ms alarm, ms clear, e.g. 300, 200 (empty: off)"));
        row(g, r++, "Loss alarm", field("qualityLoss", m.qualityLoss, "% alarm, % clear, e.g. 20, 5 (empty: off)"));
        row(g, r++, "Targets alive", field("livenessReliability", m.reliability, "how many targets must answer: tunnel up"));
        row(g, r++, "Confirm targets", field("confirmTargets", m.confirmTargets, "after a switch (empty: the liveness targets)"));
        row(g, r++, "Confirm within", unit(field("confirmSeconds", m.confirmSeconds, "s for traffic to flow, else roll back"), "s"));
        row(g, r, "Quarantine", unit(field("quarantineSeconds", m.quarantineSeconds, "s a rolled-back tunnel is not chosen"), "s"));
        return g;
    }

    /** A text box bound both ways to {@code p}; its hint stays on hover once the box holds a value. */
    static TextField field(String id, StringProperty p, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setTooltip(new Tooltip(prompt));
        f.setPrefColumnCount(30);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        // labels keep their full width; the boxes take what is left
        var labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        var boxes = new javafx.scene.layout.ColumnConstraints();
        boxes.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        g.getColumnConstraints().setAll(labels, boxes);
        g.setPadding(new javafx.geometry.Insets(10));
        return g;
    }

    /**
     * The box with its unit after it: the hint that named the unit is gone once the box holds a value, and every
     * box here is filled with its default ("200" beside "3": milliseconds or seconds?).
     */
    static HBox unit(TextField box, String unit) {
        Label u = new Label(unit);
        u.setId(box.getId() + "Unit");
        // one width for all units ("bytes" the widest), so the boxes with a unit end in one line
        u.setStyle("-fx-min-width: 3.2em; -fx-pref-width: 3.2em;");
        HBox h = new HBox(6, box, u);
        h.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(box, Priority.ALWAYS);
        return h;
    }

    static void row(GridPane g, int r, String label, Node field) {
        Label l = new Label(label);
        Node box = field instanceof HBox h && !h.getChildren().isEmpty() ? h.getChildren().get(0) : field;
        if (box instanceof Control c) {
            l.setLabelFor(c);
            c.setAccessibleText(c.getAccessibleText() == null ? label : c.getAccessibleText());
        }
        g.add(l, 0, r);
        g.add(field, 1, r);
    }
}
