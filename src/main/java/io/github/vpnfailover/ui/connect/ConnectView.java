package io.github.vpnfailover.ui.connect;

import io.github.vpnfailover.router.ssh.HostKeyDecider;
import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.ui.common.Icons;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import io.github.vpnfailover.ui.settings.ProfileFields;
import io.github.vpnfailover.ui.settings.RouterSettingsDialog;
import io.github.vpnfailover.ui.settings.RouterSettingsModel;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** First screen: choose a saved router ("This computer" is always there) or add one, then connect. */
public final class ConnectView extends StackPane {

    public ConnectView(ConnectViewModel vm, Supplier<HostKeyDecider> hostKeys) {
        setId("connectView");
        Label title = new Label("Connect to a router");
        title.getStyleClass().addAll("title-2", "section-title");
        Label help = new Label("The app measures the VPN tunnels on the router and keeps it on the best one.");
        help.setWrapText(true);

        ListView<RouterProfile> list = new ListView<>(vm.profiles());
        list.setId("profiles");
        list.getStyleClass().add("profile-list");
        list.setAccessibleText("Saved routers");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RouterProfile p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(ProfileLabel.of(p));
                setGraphic(Icons.icon(p.isLocal() ? Icons.LOCAL : Icons.ROUTER));
                setAccessibleText(getText());
            }
        });
        list.getSelectionModel().select(vm.selectedProperty().get());
        vm.selectedProperty().addListener((o, was, is) -> list.getSelectionModel().select(is));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null) {
                vm.selectedProperty().set(is);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.connect(hostKeys.get());
            }
        });

        Button connect = new Button("Connect", Icons.icon(Icons.CONNECT));
        connect.setId("connect");
        connect.setDefaultButton(true);
        connect.getStyleClass().add("accent");
        connect.disableProperty().bind(vm.busyProperty().or(vm.selectedProperty().isNull()));
        connect.setAccessibleText("Connect to the selected router");
        connect.setOnAction(e -> vm.connect(hostKeys.get()));
        Button add = new Button("Add router…", Icons.icon(Icons.ADD));
        add.setId("addRouter");
        add.setAccessibleText("Add a router reached over SSH");
        add.disableProperty().bind(vm.busyProperty());
        add.setOnAction(e -> new RouterSettingsDialog(getScene().getWindow(),
                new RouterSettingsModel(ProfileFields.blank(vm.template()), true), "Add router", "Add").showAndWait().ifPresent(vm::add));
        Button edit = new Button("Edit…", Icons.icon(Icons.EDIT));
        edit.setId("editRouter");
        edit.setAccessibleText("Change the selected router's settings");
        edit.disableProperty().bind(vm.busyProperty().or(localSelected(vm)));
        edit.setOnAction(e -> {
            RouterProfile p = vm.selectedProperty().get();
            dialog("Edit router", "Save", ProfileFields.of(p, vm.template())).ifPresent(r -> vm.edit(p.name(), r));
        });
        Button duplicate = new Button("Duplicate…", Icons.icon(Icons.COPY));
        duplicate.setId("duplicateRouter");
        duplicate.setAccessibleText("Add a router with the selected one's settings");
        duplicate.disableProperty().bind(vm.busyProperty().or(localSelected(vm)));
        duplicate.setOnAction(e -> {
            RouterProfile p = vm.selectedProperty().get();
            dialog("Add router", "Add", ProfileFields.of(p.withName(p.name() + " (copy)"), vm.template())).ifPresent(vm::add);
        });
        Button delete = new Button("Delete", Icons.icon(Icons.DELETE));
        delete.setId("deleteRouter");
        delete.setAccessibleText("Delete the selected router");
        delete.disableProperty().bind(vm.busyProperty().or(localSelected(vm)));
        delete.setOnAction(e -> confirmDelete(vm));
        ProgressIndicator spin = new ProgressIndicator();
        spin.setPrefSize(22, 22);
        spin.visibleProperty().bind(vm.busyProperty());
        Label message = new Label();
        message.setId("connectMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        HBox buttons = new HBox(8, connect, add, edit, duplicate, delete, spin);
        buttons.setAlignment(Pos.CENTER_LEFT);
        // Labels cut to "Con…" and "E…" tell a new user nothing: the buttons keep their full text.
        for (Button b : new Button[] {connect, add, edit, duplicate, delete}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox box = new VBox(12, title, help, list, buttons, message);
        box.setMaxWidth(760);
        box.setPadding(new Insets(32));
        getChildren().add(box);
        StackPane.setAlignment(box, Pos.CENTER);

        vm.setBlockingError(why -> {
            Alert a = new Alert(Alert.AlertType.ERROR, why);
            a.setTitle("Host key refused");
            a.setHeaderText("Connection refused: the router's host key is not the one you trust");
            a.getDialogPane().setId("hostKeyChanged");
            a.getDialogPane().setMinWidth(560);
            a.initOwner(getScene().getWindow());
            a.showAndWait();
        });
    }

    private java.util.Optional<NewRouter> dialog(String title, String save, ProfileFields fields) {
        return new RouterSettingsDialog(getScene().getWindow(), new RouterSettingsModel(fields), title, save).showAndWait();
    }

    private static javafx.beans.binding.BooleanBinding localSelected(ConnectViewModel vm) {
        return javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() == null || vm.selectedProperty().get().isLocal(), vm.selectedProperty());
    }

    private void confirmDelete(ConnectViewModel vm) {
        RouterProfile p = vm.selectedProperty().get();
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Its settings are removed; its stored history stays.",
                ButtonType.OK, ButtonType.CANCEL);
        a.setTitle("Delete router");
        a.setHeaderText("Delete " + p.name() + "?");
        a.initOwner(getScene().getWindow());
        a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.delete(p));
    }
}
