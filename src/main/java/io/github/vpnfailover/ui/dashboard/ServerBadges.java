package io.github.vpnfailover.ui.dashboard;

import io.github.vpnfailover.engine.EngineEvent.ServerEvent;
import io.github.vpnfailover.probe.ProbeStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/** One badge per OpenVPN server: status, round trip and when it was probed; the reason on hover when it failed. */
final class ServerBadges extends FlowPane {

    private final DateTimeFormatter time;

    ServerBadges(ServerHealth health, ZoneId zone) {
        super(12, 4);
        setId("serverBadges");
        this.time = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(zone);
        managedProperty().bind(visibleProperty());
        setVisible(false);
        health.latest().addListener((ListChangeListener<ServerEvent>) c -> show(health));
    }

    private void show(ServerHealth health) {
        getChildren().clear();
        Label title = new Label("OpenVPN servers:");
        title.getStyleClass().add("chart-title");
        getChildren().add(title);
        for (ServerEvent e : health.latest()) {
            Label b = new Label(text(e));
            b.getStyleClass().add(e.status() == ProbeStatus.OK ? "server-ok" : "server-bad");
            b.setTooltip(new Tooltip(e.status() == ProbeStatus.OK ? "answered as an OpenVPN server"
                    : e.reason() == null ? e.status().name() : e.reason()));
            b.setAccessibleText(text(e) + (e.reason() == null ? "" : ": " + e.reason()));
            getChildren().add(b);
        }
        setVisible(!health.latest().isEmpty());
    }

    String text(ServerEvent e) {
        return "● " + e.host() + ":" + e.port() + "/" + e.proto() + (e.tunnel() == null ? "" : " (" + e.tunnel() + ")") + " "
                + e.status().name() + (e.rttMs() == null ? "" : String.format(Locale.ROOT, " %.0f ms", e.rttMs()))
                + " · " + time.format(e.time());
    }
}
