package io.github.vpnfailover.ui.settings;

import io.github.vpnfailover.store.ServerRules;
import io.github.vpnfailover.ui.common.Icons;
import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The OpenVPN servers tab (decision 0212): the probe period, then one block per server (tunnel, host, port,
 * protocol; wrapping, key file, key direction; Remove) and Add server. Bound to a {@link ServersModel}; the
 * blocks are rebuilt when a server is added or removed, never when one is typed in.
 */
final class ServersPane extends VBox {

    private final ServersModel m;
    private final VBox list = new VBox(6);

    ServersPane(ServersModel m) {
        super(8);
        this.m = m;
        setId("serversPane");
        setPadding(new javafx.geometry.Insets(10));
        GridPane top = SettingsPanes.grid();
        top.setPadding(javafx.geometry.Insets.EMPTY);
        SettingsPanes.row(top, 0, "Probe period", SettingsPanes.field("serverPeriod", m.period,
                "seconds between probes, " + io.github.vpnfailover.store.RouterProfile.MIN_SERVER_PERIOD + " to "
                        + io.github.vpnfailover.store.RouterProfile.MAX_SERVER_PERIOD + " (empty: 60)"));
        Label help = new Label("Each server is probed from this computer as check-openvpn does; its badge shows on the dashboard.");
        help.setWrapText(true);
        Button add = new Button("Add server", Icons.icon(Icons.ADD));
        add.setId("addServer");
        add.setAccessibleText("Add an OpenVPN server to probe");
        add.setOnAction(e -> m.add());
        m.rows().addListener((ListChangeListener<ServerRowModel>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved()) {
                    rebuild();
                    return;
                }
            }
        });
        rebuild();
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(300);
        getChildren().addAll(top, help, scroll, add);
    }

    private void rebuild() {
        list.getChildren().clear();
        for (int i = 0; i < m.rows().size(); i++) {
            if (i > 0) {
                list.getChildren().add(new Separator());
            }
            list.getChildren().add(block(m.rows().get(i), i));
        }
        if (m.rows().isEmpty()) {
            list.getChildren().add(new Label("No servers: nothing is probed."));
        }
    }

    private GridPane block(ServerRowModel r, int i) {
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(6);
        TextField tunnel = small("serverTunnel" + i, r.tunnel, "tunnel (optional)", 8);
        TextField host = small("serverHost" + i, r.host, "server name or address", 16);
        TextField port = small("serverPort" + i, r.port, "1194", 5);
        ChoiceBox<String> proto = choice("serverProto" + i, r.proto, ServerRules.PROTOS.toArray(String[]::new));
        ChoiceBox<String> wrapping = choice("serverWrapping" + i, r.wrapping, ServerRules.WRAPPINGS.toArray(String[]::new));
        TextField key = small("serverKey" + i, r.keyFile, "key file", 16);
        key.disableProperty().bind(r.wrapping.isEqualTo("none"));
        Button browse = new Button("…");
        browse.setAccessibleText("Choose the key file");
        browse.disableProperty().bind(key.disableProperty());
        browse.setOnAction(e -> {
            File f = new FileChooser().showOpenDialog(getScene().getWindow());
            if (f != null) {
                r.keyFile.set(f.getAbsolutePath());
            }
        });
        ChoiceBox<String> dir = choice("serverKeyDirection" + i, r.keyDirection, ServerRules.KEY_DIRECTIONS.toArray(String[]::new));
        dir.disableProperty().bind(r.wrapping.isNotEqualTo("tls-auth"));
        Button remove = new Button("Remove", Icons.icon(Icons.DELETE));
        remove.setId("removeServer" + i);
        remove.setAccessibleText("Remove server " + (i + 1));
        remove.setOnAction(e -> m.remove(r));
        g.addRow(0, new Label("Server " + (i + 1)), tunnel, host, new Label(":"), port, proto);
        g.addRow(1, new Label("Wrapping"), wrapping, new HBox(4, key, browse), new Label("direction"), dir, remove);
        return g;
    }

    private static TextField small(String id, javafx.beans.property.StringProperty p, String prompt, int columns) {
        TextField f = SettingsPanes.field(id, p, prompt);
        f.setPrefColumnCount(columns);
        f.setAccessibleText(prompt);
        return f;
    }

    private static ChoiceBox<String> choice(String id, javafx.beans.property.ObjectProperty<String> p, String... values) {
        ChoiceBox<String> c = new ChoiceBox<>();
        c.getItems().setAll(values);
        c.setId(id);
        c.setAccessibleText(id.startsWith("serverProto") ? "protocol" : id.startsWith("serverWrapping") ? "wrapping" : "tls-auth key direction");
        c.valueProperty().bindBidirectional(p);
        return c;
    }
}
