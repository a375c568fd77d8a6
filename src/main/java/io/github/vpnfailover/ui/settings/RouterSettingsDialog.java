package io.github.vpnfailover.ui.settings;

import io.github.vpnfailover.ui.common.Icons;
import io.github.vpnfailover.ui.connect.NewRouter;
import java.io.File;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * A router's settings in four tabs (connection, measurement, liveness, OpenVPN servers) for Edit and Duplicate; Add shows only the
 * connection, the rest follows in the setup step after the first connection (decision 0211). The first
 * problem shows under the tabs as it is typed, and the save button stays disabled while there is one.
 */
public final class RouterSettingsDialog extends Dialog<NewRouter> {

    public RouterSettingsDialog(Window owner, RouterSettingsModel m, String title, String saveLabel) {
        setTitle(title);
        setHeaderText(title.equals("Add router") ? "Connect to a router over SSH" : "Router settings");
        if (owner != null) {
            initOwner(owner);
        }
        PasswordField password = new PasswordField();
        password.setId("newRouterPassword");
        password.setPromptText("only if no key: kept in memory, never saved");
        password.setAccessibleText("SSH password, never saved");

        TabPane tabs = new TabPane(new Tab("Connection", connection(m, password)));
        if (!m.connectionOnly()) {
            tabs.getTabs().addAll(new Tab("Measurement", SettingsPanes.measurement(m)), new Tab("Liveness", SettingsPanes.liveness(m)),
                    new Tab("Servers", new ServersPane(m.servers)));
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("routerSettingsTabs");
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        problem.setId("routerProblem");
        problem.setWrapText(true);
        problem.setMaxWidth(560);
        problem.textProperty().bind(m.problemProperty());
        getDialogPane().setContent(new VBox(8, tabs, problem));
        getDialogPane().setId("addRouterDialog");
        getDialogPane().setMinWidth(680);

        ButtonType save = new ButtonType(saveLabel, ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Node saveButton = getDialogPane().lookupButton(save);
        saveButton.setId("saveRouter");
        saveButton.disableProperty().bind(m.problemProperty().isNotNull());
        setResultConverter(b -> {
            var r = m.result();
            return b != save || !r.ok() ? null
                    : new NewRouter(r.profile(), password.getText().isEmpty() ? null : password.getText().toCharArray());
        });
    }

    private GridPane connection(RouterSettingsModel m, PasswordField password) {
        GridPane g = SettingsPanes.grid();
        SettingsPanes.row(g, 0, "Name", SettingsPanes.field("newRouterName", m.name, "e.g. Home router (empty: the host)"));
        SettingsPanes.row(g, 1, "Host", SettingsPanes.field("newRouterHost", m.host, "host name, address or ~/.ssh/config alias"));
        SettingsPanes.row(g, 2, "Port", SettingsPanes.field("newRouterPort", m.port, "22"));
        SettingsPanes.row(g, 3, "User", SettingsPanes.field("newRouterUser", m.user, "root"));
        var key = SettingsPanes.field("newRouterKey", m.key, "private key file (optional)");
        Button browse = new Button("Browse…", Icons.icon(Icons.KEY));
        browse.setId("browseKey");
        browse.setAccessibleText("Choose the private key file");
        // the key path field gives up width, not the button: it read "Brows..." beside a long path
        browse.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        browse.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Private key");
            File home = new File(System.getProperty("user.home"), ".ssh");
            if (home.isDirectory()) {
                fc.setInitialDirectory(home);
            }
            File f = fc.showOpenDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                key.setText(f.getAbsolutePath());
            }
        });
        SettingsPanes.row(g, 4, "Key file", new HBox(6, key, browse));
        SettingsPanes.row(g, 5, "Password", password);
        CheckBox sudo = new CheckBox("Change routes with sudo -n (a non-root router user)");
        sudo.setTooltip(new javafx.scene.control.Tooltip("The router needs one sudoers line: see docs/least-privilege.md"));
        sudo.setId("routerSudo");
        sudo.selectedProperty().bindBidirectional(m.sudo);
        g.add(sudo, 1, 6);
        return g;
    }
}
