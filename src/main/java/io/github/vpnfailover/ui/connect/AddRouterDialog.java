package io.github.vpnfailover.ui.connect;

import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.ui.common.Icons;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** "Add router…": host, port, user, a key file (chooser) or a password that is never stored, and a name. */
public final class AddRouterDialog extends Dialog<NewRouter> {

    public AddRouterDialog(Window owner) {
        setTitle("Add router");
        setHeaderText("Connect to a router over SSH");
        if (owner != null) {
            initOwner(owner);
        }
        TextField name = field("newRouterName", "e.g. Home router");
        TextField host = field("newRouterHost", "host name, address or ~/.ssh/config alias");
        TextField port = field("newRouterPort", "22");
        TextField user = field("newRouterUser", "root");
        TextField key = field("newRouterKey", "private key file (optional)");
        PasswordField password = new PasswordField();
        password.setId("newRouterPassword");
        password.setPromptText("only if no key: kept in memory, never saved");
        password.setAccessibleText("SSH password, never saved");
        Button browse = new Button("Browse…", Icons.icon(Icons.KEY));
        browse.setAccessibleText("Choose the private key file");
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
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        problem.setId("routerProblem");

        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        row(g, 0, "Name", name);
        row(g, 1, "Host", host);
        row(g, 2, "Port", port);
        row(g, 3, "User", user);
        row(g, 4, "Key file", new HBox(6, key, browse));
        row(g, 5, "Password", password);
        g.add(problem, 0, 6, 2, 1);
        getDialogPane().setContent(g);
        getDialogPane().setId("addRouterDialog");

        ButtonType save = new ButtonType("Add", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Node saveButton = getDialogPane().lookupButton(save);
        saveButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> host.getText().isBlank(), host.textProperty()));
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String why = problem(name.getText(), port.getText());
            problem.setText(why == null ? "" : why);
            if (why != null) {
                e.consume();
            }
        });
        setResultConverter(b -> b != save ? null : new NewRouter(new RouterProfile(
                name.getText().isBlank() ? host.getText().trim() : name.getText().trim(), host.getText().trim(),
                port.getText().isBlank() ? null : Integer.valueOf(port.getText().trim()),
                blankToNull(user.getText()), blankToNull(key.getText()), List.of()),
                password.getText().isEmpty() ? null : password.getText().toCharArray()));
    }

    /** Why the entries cannot be saved, or null. Host and user are checked again by the SSH layer. */
    static String problem(String name, String port) {
        if (RouterProfile.LOCAL_NAME.equals(name.trim())) {
            return "\"" + RouterProfile.LOCAL_NAME + "\" is the local profile's name; choose another";
        }
        if (!port.isBlank()) {
            try {
                int p = Integer.parseInt(port.trim());
                if (p < 1 || p > 65535) {
                    return "Port must be 1 to 65535, got " + p;
                }
            } catch (NumberFormatException e) {
                return "Port must be a number, got \"" + port.trim() + "\"";
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(24);
        return f;
    }

    private static void row(GridPane g, int r, String label, Node field) {
        Label l = new Label(label);
        if (field instanceof javafx.scene.control.Control c) {
            l.setLabelFor(c);
            c.setAccessibleText(c.getAccessibleText() == null ? label : c.getAccessibleText());
        }
        g.add(l, 0, r);
        g.add(field, 1, r);
    }
}
