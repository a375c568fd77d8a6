package io.github.vpnfailover.ui.dashboard;

import io.github.vpnfailover.ui.chart.TimeRange;
import io.github.vpnfailover.ui.common.Icons;
import io.github.vpnfailover.ui.export.ExportActions;
import io.github.vpnfailover.ui.export.ExportButtons;
import io.github.vpnfailover.ui.log.EventLogView;
import io.github.vpnfailover.ui.policy.PolicyPanel;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;

/** The dashboard: toolbar (measure, switch, auto-failover, progress, range, export), table, charts, policy, log. */
public final class DashboardView extends BorderPane {

    private final DashboardViewModel vm;
    private final ExportActions export;
    private final ChartsPane charts;
    private final Timeline ticker;
    private final ExportButtons exports;

    public DashboardView(DashboardViewModel vm, ExportActions export) {
        this.vm = vm;
        this.export = export;
        this.charts = new ChartsPane(vm.chart());
        charts.setAlarms(vm.engine().quality());
        setId("dashboard");

        TunnelTable table = new TunnelTable(vm);
        // header plus four rows where there is room, three at least: three tunnels are always visible without
        // scrolling, and a recommendation line above the charts still leaves the event log rows in the default window
        table.setFixedCellSize(32);
        table.setMinHeight(40 + 3 * 32 + 4);
        table.setPrefHeight(36 + 4 * 32 + 4);
        Label recommendation = new Label();
        recommendation.setId("recommendation");
        recommendation.getStyleClass().add("recommendation");
        recommendation.textProperty().bind(vm.recommendationProperty());
        recommendation.managedProperty().bind(recommendation.textProperty().isNotEmpty());
        recommendation.setWrapText(true);
        Label switchResult = new Label();
        switchResult.setId("switchResult");
        switchResult.textProperty().bind(vm.switchResultProperty());
        switchResult.managedProperty().bind(switchResult.textProperty().isNotEmpty());

        this.exports = new ExportButtons(export, () -> vm.chart().tunnels(), vm.rangeProperty()::get, charts);
        ServerBadges servers = new ServerBadges(vm.servers(), java.time.ZoneId.systemDefault());
        VBox left = new VBox(6, table, servers, recommendation, switchResult, exports.status(), charts);
        left.setPadding(new Insets(6));
        VBox.setVgrow(charts, Priority.ALWAYS);
        ScrollPane policyScroll = new ScrollPane(new PolicyPanel(vm.policy()));
        policyScroll.setFitToWidth(true);
        policyScroll.setMinWidth(280);
        SplitPane top = new SplitPane(left, policyScroll);
        top.setDividerPositions(0.77);
        SplitPane.setResizableWithParent(policyScroll, false);
        EventLogView log = new EventLogView(vm.log());
        // the header and two rows of the list
        log.setMinHeight(110);
        SplitPane main = new SplitPane(top, log);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.8);
        SplitPane.setResizableWithParent(log, false);

        setTop(toolbar());
        setCenter(main);

        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            vm.tick();
            charts.redraw();
        }));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                shortcuts(scene);
            }
        });
    }

    private ToolBar toolbar() {
        Button measure = new Button("Measure now", Icons.icon(Icons.MEASURE));
        measure.setId("measureNow");
        measure.setTooltip(new Tooltip("Start a measuring cycle now (F5)"));
        measure.setAccessibleText("Measure now");
        measure.setOnAction(e -> vm.measureNow());

        Button switchNow = new Button("Switch now", Icons.icon(Icons.SWITCH));
        switchNow.setId("switchNow");
        switchNow.disableProperty().bind(vm.switchDisabledBinding());
        Tooltip hint = new Tooltip();
        hint.textProperty().bind(vm.switchHintBinding());
        switchNow.setTooltip(hint);
        // a disabled button shows no tooltip: the wrapper carries it so the user still learns why
        HBox switchWrap = new HBox(switchNow);
        Tooltip.install(switchWrap, hint);
        switchNow.accessibleTextProperty().bind(vm.switchHintBinding());
        switchNow.setOnAction(e -> confirmSwitch());
        ProgressIndicator switching = new ProgressIndicator();
        switching.setId("switchProgress");
        switching.setPrefSize(18, 18);
        switching.visibleProperty().bind(vm.switchingProperty());
        switching.managedProperty().bind(vm.switchingProperty());

        ToggleSwitch auto = new ToggleSwitch("Auto-failover");
        auto.setId("autoFailover");
        auto.selectedProperty().bindBidirectional(vm.autoFailoverProperty());
        auto.setTooltip(new Tooltip("On: the engine switches by itself. Off: it only recommends."));
        auto.setAccessibleText("Auto-failover: switch tunnels automatically");

        ProgressBar bar = new ProgressBar();
        bar.setId("measureProgress");
        bar.setPrefWidth(90);
        bar.progressProperty().bind(vm.progress().fractionProperty());
        bar.setAccessibleText("Measuring progress");
        Label barText = new Label();
        barText.setId("measureText");
        barText.textProperty().bind(vm.progress().textProperty());
        barText.setPrefWidth(190);
        barText.setMinWidth(120);

        SegmentedButton ranges = new SegmentedButton();
        ToggleGroup group = new ToggleGroup();
        // the SegmentedButton's skin puts every button into the SegmentedButton's own group: without this, a
        // listener on `group` never hears a click and the charts stay on the first range
        ranges.setToggleGroup(group);
        for (TimeRange r : TimeRange.values()) {
            ToggleButton b = new ToggleButton(r.label());
            b.setId("range-" + r.name());
            b.setToggleGroup(group);
            b.setUserData(r);
            b.setAccessibleText("Show the last " + r.label());
            b.setSelected(r == vm.rangeProperty().get());
            ranges.getButtons().add(b);
        }
        group.selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null) {
                was.setSelected(true); // one range is always chosen
            } else {
                vm.rangeProperty().set((TimeRange) is.getUserData());
            }
        });


        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox progress = new HBox(6, bar, barText);
        progress.setAlignment(Pos.CENTER_LEFT);
        return new ToolBar(measure, switchWrap, switching, new Separator(Orientation.VERTICAL), auto,
                new Separator(Orientation.VERTICAL), progress, spacer, ranges, exports);
    }

    private void shortcuts(Scene scene) {
        scene.getAccelerators().put(KeyCombination.keyCombination("F5"), vm::measureNow);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+R"), vm::measureNow);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Enter"), () -> {
            if (!vm.switchDisabledBinding().get()) {
                confirmSwitch();
            }
        });
    }

    /** Asks first: moving a router's traffic drops open connections. */
    void confirmSwitch() {
        TunnelRow target = vm.selectedProperty().get();
        if (target == null) {
            return;
        }
        ButtonType go = new ButtonType("Switch", ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Move the router's traffic from "
                + (vm.activeProperty().get() == null ? "no tunnel" : vm.activeProperty().get()) + " to " + target.getName()
                + "?\nOpen connections through the old tunnel will break.", go, ButtonType.CANCEL);
        a.setTitle("Switch now");
        a.setHeaderText("Switch to " + target.getName() + "?");
        a.getDialogPane().setId("confirmSwitch");
        if (getScene() != null) {
            a.initOwner(getScene().getWindow());
        }
        // not showAndWait: the countdown, the table and the charts keep moving while the question is open
        a.resultProperty().addListener((o, was, answer) -> {
            if (answer == go) {
                vm.switchToSelected();
            }
        });
        a.show();
    }

    public ChartsPane charts() {
        return charts;
    }

    /** Stops the per-second ticker (the window is going back to the connect view). */
    public void dispose() {
        ticker.stop();
    }
}
