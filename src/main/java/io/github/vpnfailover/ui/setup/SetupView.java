package io.github.vpnfailover.ui.setup;

import io.github.vpnfailover.core.Tunnel;
import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.ui.common.Icons;
import io.github.vpnfailover.ui.settings.SettingsPanes;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The setup step after a router's first connection: its tunnels (name, state, addresses), the proposed ping and
 * liveness targets and URLs, Test with its result, and Save (the router then connects with what was saved) or Skip.
 */
public final class SetupView extends HBox {

    /** The header and two rows. */
    private static final double TABLE_MIN_HEIGHT = 100;

    public SetupView(String routerName, SetupViewModel vm, Consumer<RouterProfile> onSave, Runnable onSkip) {
        setId("setupView");
        setSpacing(16);
        setPadding(new Insets(16));
        Label title = new Label("Set up " + routerName);
        title.getStyleClass().addAll("title-2", "section-title");
        Label help = new Label("These are the tunnels found on the router. Enter addresses that answer through every VPN "
                + "(ping and liveness targets) and a file to download and a place to upload for the bandwidth, then Test "
                + "one tunnel. Nothing is saved until Save.");
        help.setId("setupHelp");
        help.setWrapText(true);
        TableView<Tunnel> table = tunnelTable(vm);
        Label result = label("setupResult", vm.resultProperty());
        Label targets = label("setupTargets", vm.targetsProperty());
        VBox left = new VBox(10, title, help, table, result, targets);
        left.setPrefWidth(460);
        VBox.setVgrow(table, Priority.ALWAYS);
        // the words keep their lines and the table gives up rows (it scrolls); a label squeezed below its height
        // cuts the fix a Test ends with to "choose an ..."
        for (Label l : List.of(help, result, targets)) {
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        table.setMinHeight(TABLE_MIN_HEIGHT);

        Label problem = new Label();
        problem.setId("setupProblem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.form().problemProperty());
        Button test = new Button("Test", Icons.icon(Icons.MEASURE));
        test.setId("setupTest");
        test.setAccessibleText("Measure the selected tunnel once with these settings");
        test.disableProperty().bind(vm.busyProperty().or(vm.form().problemProperty().isNotNull()).or(vm.tunnelProperty().isNull()));
        test.setOnAction(e -> vm.test());
        Button save = new Button("Save and start", Icons.icon(Icons.APPLY));
        save.setId("setupSave");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.busyProperty().or(vm.form().problemProperty().isNotNull()));
        save.setOnAction(e -> {
            RouterProfile p = vm.profile();
            if (p != null) {
                save.disableProperty().unbind();
                save.setDisable(true);
                onSave.accept(p);
            }
        });
        Button skip = new Button("Skip");
        skip.setId("setupSkip");
        skip.setAccessibleText("Start with the default settings; change them later with Edit");
        skip.setOnAction(e -> onSkip.run());
        ProgressIndicator spin = new ProgressIndicator();
        spin.setPrefSize(22, 22);
        spin.visibleProperty().bind(vm.busyProperty());
        HBox buttons = new HBox(8, test, save, skip, spin);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox form = new VBox(6, section("Measurement"), SettingsPanes.measurement(vm.form()), section("Liveness"),
                SettingsPanes.liveness(vm.form()));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        // the buttons stay in view whatever the window's height: only the boxes scroll
        VBox right = new VBox(8, scroll, problem, buttons);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(left, right);
    }

    private static TableView<Tunnel> tunnelTable(SetupViewModel vm) {
        TableView<Tunnel> t = new TableView<>(vm.tunnels());
        t.setId("setupTunnels");
        t.setAccessibleText("Tunnels found on the router");
        t.getColumns().add(column("Tunnel", x -> x.name() + (x.isUsable() ? "" : " (refused: " + x.invalidReason() + ")")));
        t.getColumns().add(column("State", x -> x.state().name().toLowerCase(java.util.Locale.ROOT)));
        t.getColumns().add(column("Addresses", x -> String.join(", ", x.addresses())));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        t.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null && is.isUsable()) {
                vm.tunnelProperty().set(is.name());
            }
        });
        vm.tunnelProperty().addListener((o, was, is) -> vm.tunnels().stream().filter(x -> x.name().equals(is)).findFirst()
                .ifPresent(x -> t.getSelectionModel().select(x)));
        return t;
    }

    private static TableColumn<Tunnel, String> column(String title, java.util.function.Function<Tunnel, String> text) {
        TableColumn<Tunnel, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        return c;
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(text);
        return l;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }
}
