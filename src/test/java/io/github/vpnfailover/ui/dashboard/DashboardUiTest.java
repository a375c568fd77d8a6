package io.github.vpnfailover.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.vpnfailover.core.Decision;
import io.github.vpnfailover.engine.SwitchKind;
import io.github.vpnfailover.engine.Step;
import io.github.vpnfailover.core.DecisionKind;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.ScoreBoard;
import io.github.vpnfailover.core.TunnelScore;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.ui.FakeEngine;
import io.github.vpnfailover.ui.chart.TimeRange;
import io.github.vpnfailover.ui.common.Background;
import io.github.vpnfailover.ui.common.ConnectionStatus;
import io.github.vpnfailover.ui.common.FxBatcher;
import io.github.vpnfailover.ui.common.Theme;
import io.github.vpnfailover.ui.export.ExportActions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard driven through real controls, headless, over a fake engine whose events go through the batcher. */
@ExtendWith(ApplicationExtension.class)
class DashboardUiTest {

    private final FakeEngine engine = FakeEngine.manual();
    private final List<Policy> saved = new CopyOnWriteArrayList<>();
    private final List<String> notifications = new CopyOnWriteArrayList<>();
    private final Background background = new Background();
    private DashboardViewModel vm;
    private static final io.github.vpnfailover.store.SwitchRecord STORED_SWITCH = new io.github.vpnfailover.store.SwitchRecord(
            Instant.now().minus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS), "tun1", "tun0", true, false,
            "tun0 scores 0.91 vs tun1 0.70 (+30 % ≥ 15 %)");

    @Start
    void start(Stage stage) {
        new Theme().apply(false);
        Clock clock = Clock.systemDefaultZone();
        engine.storedSwitches.add(STORED_SWITCH);
        vm = new DashboardViewModel(engine, (title, text, problem) -> notifications.add(title), Platform::runLater, background.executor(), clock,
                p -> {
                    saved.add(p);
                    return CompletableFuture.completedFuture(null);
                }, new ConnectionStatus(clock::instant));
        FxBatcher<EngineEvent> batcher = new FxBatcher<>(background.delayer(), Platform::runLater, 100, vm::apply);
        engine.addListener(batcher::submit);
        Scene scene = new Scene(new DashboardView(vm, new ExportActions(engine, background.executor(), clock)), 1200, 760);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        background.close();
    }

    private final Map<String, List<Sample>> window = new java.util.LinkedHashMap<>();

    /** The engine's window over the samples measured so far, with {@code scores}; tun0 is active. */
    private EngineEvent.WindowEvent window(Map<String, Double> scores) {
        Map<String, Sample> latest = new java.util.HashMap<>();
        window.forEach((t, l) -> latest.put(t, l.get(0)));
        return new EngineEvent.WindowEvent(Instant.now(), "tun0", FakeEngine.TUNNELS, window, latest, java.util.Set.of(),
                java.util.Set.of(), null, new ScoreBoard(scores.entrySet().stream()
                .map(e -> new TunnelScore(e.getKey(), e.getValue(), null)).toList()));
    }

    /** Three measurements per tunnel (policy depth 3) and the engine's window with its scores; tun0 is active. */
    private void measured() {
        for (int i = 0; i < 3; i++) {
            for (Sample s : List.of(FakeEngine.sample("tun0", 30, 0, 100, 20), FakeEngine.sample("tun1", 80, 5, 30, 5),
                    FakeEngine.sample("wg0", 25, 0, 80, 20))) {
                engine.emit(new EngineEvent.SampleEvent(Instant.now(), s));
                window.computeIfAbsent(s.tunnel(), t -> new java.util.ArrayList<>()).add(0, s);
            }
        }
        engine.emit(window(Map.of("tun0", 0.95, "tun1", 0.41, "wg0", 0.94)));
        engine.emit(new EngineEvent.DecisionEvent(Instant.now(), Decision.stay("tun0", "tun0 stays"),
                Map.of("tun0", 0.95, "tun1", 0.41, "wg0", 0.94), false));
        await().atMost(Duration.ofSeconds(5)).until(() -> vm.rows().size() == 3 && vm.rows().get(0).getScore() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tableIsSortedByScoreAndMarksTheActiveTunnel(FxRobot robot) {
        measured();

        TableView<TunnelRow> table = robot.lookup("#tunnelTable").queryTableView();
        assertThat(table.getItems()).extracting(TunnelRow::getName).containsExactly("tun0", "wg0", "tun1");
        assertThat(table.getItems()).filteredOn(TunnelRow::isActive).extracting(TunnelRow::getName).containsExactly("tun0");
        assertThat(robot.lookup(".active-tunnel").queryAll()).hasSize(1);
        assertThat(robot.lookup(".active-marker").queryAll()).hasSize(1);

        engine.emit(window(Map.of("tun0", 0.5, "tun1", 0.9, "wg0", 0.7)));
        await().atMost(Duration.ofSeconds(5)).until(() -> "tun1".equals(table.getItems().get(0).getName()));
        assertThat(table.getItems()).extracting(TunnelRow::getName).containsExactly("tun1", "wg0", "tun0");
    }

    @Test
    void everyColumnHeaderReadsWholeAtTheDefaultSize(FxRobot robot) throws Exception {
        measured();
        // a WireGuard tunnel's handshake brings the Handshake column, the eleventh
        engine.emit(new EngineEvent.SampleEvent(Instant.now(), FakeEngine.sample("wg0", 25, 0, 80, 20).withHandshakeAge(12.0)));
        await().atMost(Duration.ofSeconds(5)).until(() -> io.github.vpnfailover.ui.FxRead.of(
                () -> robot.lookup(".column-header .label").queryAll().size()) >= 11);
        WaitForAsyncUtils.waitForFxEvents();
        // what each header draws (its LabeledText) against its title; the constrained policy squeezed the last one to "Hands…"
        List<String> cut = io.github.vpnfailover.ui.FxRead.of(() -> robot.lookup(".column-header .label").queryAllAs(javafx.scene.control.Labeled.class)
                .stream().filter(l -> l.getText() != null && !l.getText().isEmpty())
                .filter(l -> !l.getText().equals(((javafx.scene.text.Text) l.lookup(".text")).getText()))
                .map(javafx.scene.control.Labeled::getText).toList());
        assertThat(cut).as("headers drawn cut").isEmpty();
        assertThat(robot.lookup(".column-header .label").queryAll()).hasSizeGreaterThanOrEqualTo(11);
    }

    @Test
    void switchesStoredBeforeTheWindowOpenedAreMarkedOnceWithTheirReason(FxRobot robot) {
        await().atMost(Duration.ofSeconds(5)).until(() -> !vm.chart().markers().isEmpty());
        assertThat(vm.chart().markers()).singleElement().satisfies(m -> {
            assertThat(m.time()).isEqualTo(STORED_SWITCH.time());
            assertThat(m.to()).isEqualTo("tun0");
            assertThat(m.reason()).isEqualTo(STORED_SWITCH.reason());
        });

        // the same switch arriving live (e.g. read back after a reconnect) is not drawn twice
        engine.emit(new EngineEvent.SwitchEvent(STORED_SWITCH.time(), "tun1", "tun0", true, false, STORED_SWITCH.reason(), SwitchKind.SWITCH));
        engine.emit(new EngineEvent.SwitchEvent(Instant.now(), "tun0", "wg0", true, true, "manual switch to wg0", SwitchKind.MANUAL));
        await().atMost(Duration.ofSeconds(5)).until(() -> vm.chart().markers().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.chart().markers()).extracting(m -> m.to()).containsExactly("tun0", "wg0");
    }

    private static TunnelRow row(TableView<TunnelRow> table, String name) {
        return table.getItems().stream().filter(r -> r.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void switchNowIsDisabledWithoutSelectionOrOnTheActiveTunnelAndSwitchesAfterConfirmation(FxRobot robot) {
        measured();
        Button switchNow = robot.lookup("#switchNow").queryButton();
        assertThat(switchNow.isDisabled()).isTrue();
        assertThat(vm.switchHintBinding().get()).contains("Select a tunnel");

        robot.clickOn(cell(robot, "tun0"));
        assertThat(switchNow.isDisabled()).isTrue();
        assertThat(switchNow.getTooltip().getText()).isEqualTo("tun0 is already active");

        robot.clickOn(cell(robot, "wg0"));
        assertThat(switchNow.isDisabled()).isFalse();

        robot.clickOn("#switchNow");
        assertThat(robot.lookup("#confirmSwitch").tryQuery()).isPresent();
        robot.clickOn("Cancel");
        assertThat(engine.switchCalls).isEmpty();

        robot.clickOn("#switchNow");
        robot.clickOn("Switch");
        await().atMost(Duration.ofSeconds(5)).until(() -> vm.switchResultProperty().get().contains("verified"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(engine.switchCalls).containsExactly("wg0");
        assertThat(robot.lookup("#switchResult").queryLabeled().getText()).startsWith("Switched to wg0");
        assertThat(vm.rows()).filteredOn(TunnelRow::isActive).extracting(TunnelRow::getName).containsExactly("wg0");
        assertThat(switchNow.isDisabled()).as("wg0 is now the active one").isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> notifications.contains("Switched to wg0"));
    }

    @Test
    void autoFailoverToggleTellsTheEngineAndOffShowsOnlyARecommendation(FxRobot robot) {
        measured();
        assertThat(vm.autoFailoverProperty().get()).isTrue();

        robot.clickOn("#autoFailover .thumb-area");

        assertThat(engine.autoCalls).containsExactly(false);
        assertThat(saved).extracting(Policy::autoFailover).containsExactly(false);
        engine.emit(new EngineEvent.DecisionEvent(Instant.now(),
                new Decision(DecisionKind.SWITCH, "tun0", "wg0", "wg0 scores 0.99 vs tun0 0.80 (+24 % ≥ 15 %)"),
                Map.of("tun0", 0.8, "tun1", 0.4, "wg0", 0.99), false));
        await().atMost(Duration.ofSeconds(5)).until(() -> !vm.recommendationProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Label rec = robot.lookup("#recommendation").queryAs(Label.class);
        assertThat(rec.getText()).startsWith("Recommended: switch to wg0");
        assertThat(engine.switchCalls).isEmpty();
        assertThat(vm.rows()).filteredOn(TunnelRow::isActive).extracting(TunnelRow::getName).containsExactly("tun0");

        robot.clickOn("#autoFailover .thumb-area");
        assertThat(engine.autoCalls).containsExactly(false, true);
    }

    @Test
    void slidersRescoreAtOnceAndChangeThePredictedWinner(FxRobot robot) {
        measured();
        Label prediction = robot.lookup("#prediction").queryAs(Label.class);
        assertThat(prediction.getText()).isEqualTo("Would stay on tun0");
        Button apply = robot.lookup("#applyPolicy").queryButton();
        assertThat(apply.isDisabled()).isTrue();

        robot.interact(() -> slider(robot, "#latencyWeight").setValue(5));
        robot.interact(() -> slider(robot, "#threshold").setValue(5));

        assertThat(prediction.getText()).isEqualTo("Would switch to wg0");
        assertThat(robot.lookup("#predictionReason").queryLabeled().getText()).contains("wg0 scores").contains("≥ 5 %");
        assertThat(robot.lookup("#thresholdValue").queryLabeled().getText()).isEqualTo("5 %");
        assertThat(engine.policyUpdates).as("nothing applied while only sliding").isEmpty();

        robot.clickOn("#applyPolicy");

        assertThat(engine.policyUpdates).hasSize(1);
        assertThat(engine.policyUpdates.get(0).latencyWeight()).isEqualTo(5.0);
        assertThat(engine.policyUpdates.get(0).threshold()).isEqualTo(0.05);
        assertThat(saved).containsExactly(engine.policyUpdates.get(0));
        assertThat(apply.isDisabled()).isTrue();

        robot.interact(() -> slider(robot, "#depth").setValue(20));
        // depth 20 needs 20 good samples; with 3 nobody has a score, so nothing would move
        assertThat(prediction.getText()).isEqualTo("Would stay on tun0");
        assertThat(robot.lookup("#predictionReason").queryLabeled().getText()).contains("no score");
        robot.clickOn("#revertPolicy");
        assertThat(slider(robot, "#depth").getValue()).isEqualTo(3.0);
        assertThat(prediction.getText()).isEqualTo("Would switch to wg0");
    }

    @Test
    void measuringProgressAndMeasureNow(FxRobot robot) {
        engine.emit(new EngineEvent.ProgressEvent(Instant.now(), "tun1", Step.MEASURE, 1, 3, null));
        await().atMost(Duration.ofSeconds(5)).until(() -> vm.progress().textProperty().get().startsWith("Measuring"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#measureText").queryLabeled().getText()).isEqualTo("Measuring tun1 (2 of 3)");

        engine.emit(new EngineEvent.ProgressEvent(Instant.now(), null, Step.IDLE, 0, 0, Duration.ofSeconds(60)));
        await().atMost(Duration.ofSeconds(5)).until(() -> vm.progress().textProperty().get().startsWith("Next cycle in"));

        robot.clickOn("#measureNow");
        robot.type(javafx.scene.input.KeyCode.F5);
        assertThat(engine.measureNowCalls).hasValue(2);
    }

    @Test
    void rangeButtonsChangeTheChartsRange(FxRobot robot) {
        assertThat(vm.rangeProperty().get()).isEqualTo(TimeRange.HOUR_1);
        robot.clickOn("#range-MIN_15");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.rangeProperty().get()).isEqualTo(TimeRange.MIN_15);
        assertThat(vm.chart().range()).isEqualTo(TimeRange.MIN_15);
        // clicking the chosen range again keeps it chosen: one range is always selected
        robot.clickOn("#range-MIN_15");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#range-MIN_15").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        robot.clickOn("#range-HOURS_24");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.chart().range()).isEqualTo(TimeRange.HOURS_24);
    }

    private static Slider slider(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Slider.class);
    }

    private static Node cell(FxRobot robot, String tunnel) {
        return robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && tunnel.equals(c.getText())).query();
    }
}
