package io.github.vpnfailover.ui.settings;

import io.github.vpnfailover.core.RouteMode;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
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
        row(g, r++, "Ping interval", field("pingInterval", m.pingInterval, "s between pings, 0.2 to 60"));
        row(g, r++, "Download URL", field("downloadUrl", m.downloadUrl, "http://… a large file (empty: no download test)"));
        row(g, r++, "Upload URL", field("uploadUrl", m.uploadUrl, "http://… accepting a POST (empty: no upload test)"));
        row(g, r++, "Byte cap", field("maxBytes", m.maxBytes, "bytes per transfer"));
        row(g, r++, "Time cap", field("maxSeconds", m.maxSeconds, "seconds per transfer"));
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
        row(g, r++, "Liveness targets", field("livenessTargets", m.livenessTargets, "empty: the ping targets"));
        row(g, r++, "Liveness interval", field("livenessInterval", m.intervalMs, "ms between pings per target"));
        row(g, r++, "Liveness timeout", field("livenessTimeout", m.timeoutMs, "ms: the longest wait; a later answer is a miss"));
        row(g, r++, "Timeout floor", field("livenessMinTimeout", m.minTimeoutMs,
                "ms: the shortest wait; it adapts between the two (equal: fixed)"));
        row(g, r++, "Fall", field("livenessFall", m.fall, "misses in a row: target dead"));
        row(g, r++, "Rise", field("livenessRise", m.rise, "answers in a row: target alive"));
        row(g, r++, "Latency alarm", field("qualityLatency", m.qualityLatency, "ms alarm, ms clear, e.g. 300, 200 (empty: off)"));
        row(g, r++, "Loss alarm", field("qualityLoss", m.qualityLoss, "% alarm, % clear, e.g. 20, 5 (empty: off)"));
        row(g, r++, "Targets alive", field("livenessReliability", m.reliability, "how many targets must answer: tunnel up"));
        row(g, r++, "Confirm targets", field("confirmTargets", m.confirmTargets, "after a switch (empty: the liveness targets)"));
        row(g, r++, "Confirm within", field("confirmSeconds", m.confirmSeconds, "s for traffic to flow, else roll back"));
        row(g, r, "Quarantine", field("quarantineSeconds", m.quarantineSeconds, "s a rolled-back tunnel is not chosen"));
        return g;
    }

    /** A text box bound both ways to {@code p}. */
    static TextField field(String id, StringProperty p, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
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

    static void row(GridPane g, int r, String label, Node field) {
        Label l = new Label(label);
        if (field instanceof Control c) {
            l.setLabelFor(c);
            c.setAccessibleText(c.getAccessibleText() == null ? label : c.getAccessibleText());
        }
        g.add(l, 0, r);
        g.add(field, 1, r);
    }
}
