package io.github.vpnfailover.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.vpnfailover.core.QualityThresholds;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.ScoreBoard;
import io.github.vpnfailover.core.TunnelScore;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.engine.Step;
import io.github.vpnfailover.ui.FakeEngine;
import io.github.vpnfailover.ui.FxRead;
import io.github.vpnfailover.ui.chart.Metric;
import io.github.vpnfailover.ui.common.Background;
import io.github.vpnfailover.ui.common.ConnectionStatus;
import io.github.vpnfailover.ui.common.FxBatcher;
import io.github.vpnfailover.ui.common.Theme;
import io.github.vpnfailover.ui.export.ExportActions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the table's state and values say, and that they keep moving, driven through real controls headless. */
@ExtendWith(ApplicationExtension.class)
class DashboardStateUiTest {

    private final FakeEngine engine = FakeEngine.manual();
    private final Background background = new Background();
    private DashboardViewModel vm;
    private DashboardView view;

    @Start
    void start(Stage stage) {
        new Theme().apply(false);
        engine.quality = new QualityThresholds(150.0, 100.0, 20.0, 10.0, 10);
        Clock clock = Clock.systemDefaultZone();
        vm = new DashboardViewModel(engine, (title, text, problem) -> { }, Platform::runLater, background.executor(), clock,
                p -> CompletableFuture.completedFuture(null), new ConnectionStatus(clock::instant));
        FxBatcher<EngineEvent> batcher = new FxBatcher<>(background.delayer(), Platform::runLater, 100, vm::apply);
        engine.addListener(batcher::submit);
        view = new DashboardView(vm, new ExportActions(engine, background.executor(), clock));
        Scene scene = new Scene(view, 1200, 760);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        background.close();
    }

    private final Map<String, List<Sample>> window = new LinkedHashMap<>();

    private void emitSample(Sample s) {
        engine.emit(new EngineEvent.SampleEvent(Instant.now(), s));
        if (s.isGood()) {
            window.computeIfAbsent(s.tunnel(), t -> new java.util.ArrayList<>()).add(0, s);
        }
    }

    /** The engine's window; {@code latest} overrides a tunnel's latest sample (a failed one). */
    private EngineEvent.WindowEvent window(Map<String, Double> scores, Map<String, Sample> latest, Set<String> held) {
        Map<String, Sample> l = new java.util.HashMap<>();
        window.forEach((t, s) -> l.put(t, s.get(0)));
        l.putAll(latest);
        return new EngineEvent.WindowEvent(Instant.now(), "tun0", FakeEngine.TUNNELS, window, l, Set.of(), held, null,
                new ScoreBoard(scores.entrySet().stream().map(e -> new TunnelScore(e.getKey(), e.getValue(), null)).toList()));
    }

    private void measured() {
        for (int i = 0; i < 3; i++) {
            emitSample(FakeEngine.sample("tun0", 30, 0, 100, 20));
            emitSample(FakeEngine.sample("tun1", 80, 5, 30, 5));
            emitSample(FakeEngine.sample("wg0", 25, 0, 80, 20));
        }
        engine.emit(window(Map.of("tun0", 0.95, "tun1", 0.41, "wg0", 0.94), Map.of(), Set.of()));
        await().atMost(Duration.ofSeconds(5)).until(() -> vm.rows().size() == 3 && vm.rows().get(0).getScore() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TunnelRow row(TableView<TunnelRow> table, String name) {
        return table.getItems().stream().filter(r -> r.getName().equals(name)).findFirst().orElseThrow();
    }

    /** The table cell of {@code tunnel}'s row in column {@code column}. */
    private static Labeled cell(FxRobot robot, String tunnel, int column) {
        TableView<TunnelRow> table = robot.lookup("#tunnelTable").queryTableView();
        int index = table.getItems().indexOf(row(table, tunnel));
        return robot.lookup(".table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == index)
                .lookup(".table-cell").nth(column).queryAs(Labeled.class);
    }

    @Test
    void livenessReportsSetTheStateAndLiveRoundTrip(FxRobot robot) {
        measured();
        TableView<TunnelRow> table = robot.lookup("#tunnelTable").queryTableView();
        engine.emit(new EngineEvent.LivenessEvent(Instant.now(), "wg0", io.github.vpnfailover.core.TunnelState.UP, 23.5));
        await().atMost(Duration.ofSeconds(5)).until(() -> row(table, "wg0").liveRttProperty().get() != null);
        assertThat(row(table, "wg0").liveRttProperty().get()).isEqualTo(23.5);
        // the cell shows it at the next layout pulse, not when the property changes
        await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup(".table-cell").queryAllAs(javafx.scene.control.Labeled.class)
                .stream().anyMatch(c -> "23.5 ms".equals(c.getText())));

        engine.emit(new EngineEvent.LivenessEvent(Instant.now(), "wg0", io.github.vpnfailover.core.TunnelState.DOWN, null));
        await().atMost(Duration.ofSeconds(5)).until(() -> row(table, "wg0").stateProperty().get()
                == io.github.vpnfailover.core.TunnelState.DOWN);
        WaitForAsyncUtils.waitForFxEvents(); // the batch sets the state first, the round trip just after
        assertThat(row(table, "wg0").liveRttProperty().get()).isNull();
    }

    @Test
    void unansweredLivenessTargetsShowTheirOwnStateWithTheFixOnHoverNotDown(FxRobot robot) throws Exception {
        measured();
        TableView<TunnelRow> table = robot.lookup("#tunnelTable").queryTableView();
        engine.emit(new EngineEvent.LivenessEvent(Instant.now(), "tun0", io.github.vpnfailover.core.TunnelState.DOWN, null,
                io.github.vpnfailover.core.LinkCondition.DOWN, 100.0, "2 of 2 targets missed 3 probes in a row"));
        engine.emit(new EngineEvent.LivenessUnansweredEvent(Instant.now(), List.of("1.1.1.1", "8.8.8.8"),
                io.github.vpnfailover.core.LivenessTargetSource.PUBLIC_RESOLVERS, List.of("10.9.0.1"), List.of("tun0")));
        engine.emit(new EngineEvent.LivenessEvent(Instant.now(), "tun0", io.github.vpnfailover.core.TunnelState.UNKNOWN, null,
                io.github.vpnfailover.core.LinkCondition.NO_TARGET_ANSWERS, 100.0, "no liveness target answers (1.1.1.1, 8.8.8.8)"));
        List<String> shown = await().atMost(Duration.ofSeconds(5)).until(() -> FxRead.of(() -> robot.lookup(".no-liveness-answer")
                .tryQueryAs(Labeled.class).map(c -> List.of(c.getText(), c.getTooltip().getText())).orElse(null)),
                java.util.Objects::nonNull);
        assertThat(shown.get(0)).startsWith("no liveness answer · ");
        assertThat(shown.get(1)).startsWith("no liveness target answers through any tunnel (1.1.1.1, 8.8.8.8")
                .contains("Fix: set this router's liveness targets to an address that answers through the tunnels (e.g. 10.9.0.1)");
        assertThat(row(table, "tun0").stateText()).isEqualTo("no liveness answer");
        assertThat(vm.log().lines()).anySatisfy(l -> assertThat(l).contains("error: no liveness target answers through any tunnel"));

        engine.emit(new EngineEvent.LivenessEvent(Instant.now(), "tun0", io.github.vpnfailover.core.TunnelState.UP, 21.0,
                io.github.vpnfailover.core.LinkCondition.UP, 0.0, "1 of 2 targets answer"));
        await().atMost(Duration.ofSeconds(5)).until(() -> FxRead.of(() -> robot.lookup(".no-liveness-answer").tryQuery().isEmpty()));
        assertThat(row(table, "tun0").stateText()).isEqualTo("up");
    }

    @Test
    void aFailedUploadShowsADashWithItsReasonOnHoverAndOnceInTheLog(FxRobot robot) {
        measured();
        String why = "upload: curl: (28) Operation timed out after 10000 milliseconds";
        for (int i = 0; i < 3; i++) {
            emitSample(new Sample("tun0", Instant.now(), 30.0, 29.0, 32.0, 1.0, 0.0, 100.0, null, why));
        }
        TableView<TunnelRow> table = robot.lookup("#tunnelTable").queryTableView();
        await().atMost(Duration.ofSeconds(5)).until(() -> why.equals(row(table, "tun0").uploadNoteProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        Labeled upload = cell(robot, "tun0", 8);
        assertThat(upload.getText()).isEqualTo("–");
        assertThat(upload.getTooltip().getText()).isEqualTo(why);
        assertThat(cell(robot, "tun0", 7).getText()).isEqualTo("100 Mbit/s");
        assertThat(cell(robot, "tun0", 7).getTooltip()).isNull();
        assertThat(vm.log().lines()).filteredOn(l -> l.contains("Operation timed out")).hasSize(1)
                .allSatisfy(l -> assertThat(l).contains("tun0 part of the measurement failed"));
    }

    @Test
    void aTunnelAtFullLossIsDownWithNoScoreAndSaysWhyNotAStaleScore(FxRobot robot) {
        measured();
        Sample dead = Sample.failed("tun1", Instant.now(), "ping 10.9.0.1: 100% packet loss");
        emitSample(dead);
        engine.emit(window(Map.of("tun0", 0.95, "tun1", 0.589, "wg0", 0.94), Map.of("tun1", dead), Set.of()));
        TableView<TunnelRow> table = robot.lookup("#tunnelTable").queryTableView();
        await().atMost(Duration.ofSeconds(5)).until(() -> row(table, "tun1").scoreNoteProperty().get().contains("not used"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(row(table, "tun1").getScore()).isNull();
        assertThat(cell(robot, "tun1", 9).getText()).isEqualTo("–");
        assertThat(cell(robot, "tun1", 9).getTooltip().getText()).startsWith("0.589 over its newest good samples, not used: "
                + "its latest measurement failed (ping 10.9.0.1: 100% packet loss)");
        Labeled state = cell(robot, "tun1", 2);
        assertThat(state.getText()).matches("down · \\d+ s");
        assertThat(state.getTooltip().getText()).contains("100% packet loss");
        assertThat(table.getItems()).extracting(TunnelRow::getName).as("no score sorts last").endsWith("tun1");
        // the outage is drawn: the loss strip's tun1 row holds 100 % where the failed sample is
        var loss = vm.chart().buckets("tun1", Metric.LOSS);
        long k = loss.bucketOf(dead.time().toEpochMilli());
        assertThat(loss.has(k)).isTrue();
        assertThat(loss.max(k)).isEqualTo(100.0);
    }

    @Test
    void eachStateShowsTheTimeSinceItChanged(FxRobot robot) {
        measured();
        Labeled state = cell(robot, "wg0", 2);
        assertThat(state.getText()).matches("up · \\d+ s");
        engine.emit(new EngineEvent.LivenessEvent(Instant.now(), "wg0", io.github.vpnfailover.core.TunnelState.DOWN, null,
                io.github.vpnfailover.core.LinkCondition.DOWN, 100.0, "2 of 2 targets missed 3 probes in a row"));
        await().atMost(Duration.ofSeconds(5)).until(() -> cell(robot, "wg0", 2).getText().startsWith("down · "));
        assertThat(cell(robot, "wg0", 2).getText()).isIn("down · 0 s", "down · 1 s");
        assertThat(cell(robot, "wg0", 2).getTooltip().getText()).isEqualTo("2 of 2 targets missed 3 probes in a row");
    }

    @Test
    void theContextMenuTakesATunnelOutOfRotationAndTheStateSaysHeld(FxRobot robot) {
        measured();
        openRowMenu(robot, "wg0");
        robot.clickOn("Take wg0 out of rotation");
        assertThat(engine.held).containsExactly("wg0");
        engine.emit(window(Map.of("tun0", 0.95, "tun1", 0.41, "wg0", 0.94), Map.of(), Set.of("wg0")));
        await().atMost(Duration.ofSeconds(5)).until(() -> cell(robot, "wg0", 2).getText().contains(", held"));
        // the sort moves wg0 last; its cells follow at the next layout pulse
        await().atMost(Duration.ofSeconds(5)).until(() -> "–".equals(cell(robot, "wg0", 9).getText()));
        assertThat(cell(robot, "wg0", 9).getTooltip().getText()).endsWith("not used: taken out of rotation by hand");
        openRowMenu(robot, "wg0");
        robot.clickOn("Put wg0 back in rotation");
        assertThat(engine.held).isEmpty();
    }

    /** Monocle's headless robot makes no context-menu request from a right click: the row's own menu is shown instead. */
    private static void openRowMenu(FxRobot robot, String tunnel) {
        TableView<TunnelRow> table = robot.lookup("#tunnelTable").queryTableView();
        int index = table.getItems().indexOf(row(table, tunnel));
        javafx.scene.control.TableRow<?> r = robot.lookup(".table-row-cell")
                .match(n -> n instanceof javafx.scene.control.TableRow<?> t && t.getIndex() == index).query();
        robot.interact(() -> r.getContextMenu().show(r, javafx.geometry.Side.BOTTOM, 40, 0));
    }

    @Test
    void countdownAndLiveValuesKeepMovingWhileTheSwitchQuestionIsOpen(FxRobot robot) {
        measured();
        robot.clickOn(cell(robot, "wg0", 1));
        robot.clickOn("#switchNow");
        assertThat(robot.lookup("#confirmSwitch").tryQuery()).isPresent();
        engine.emit(new EngineEvent.ProgressEvent(Instant.now(), null, Step.IDLE, 0, 0, Duration.ofSeconds(40)));
        await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup("#measureText").queryLabeled().getText().startsWith("Next cycle in"));
        String first = robot.lookup("#measureText").queryLabeled().getText();
        await().atMost(Duration.ofSeconds(4)).until(() -> !robot.lookup("#measureText").queryLabeled().getText().equals(first));
        emitSample(FakeEngine.sample("tun1", 77.7, 0, 30, 5));
        await().atMost(Duration.ofSeconds(5)).until(() -> "77.7 ms".equals(cell(robot, "tun1", 4).getText()));
        assertThat(robot.lookup("#confirmSwitch").tryQuery()).as("the question is still open").isPresent();
        robot.clickOn("Switch");
        await().atMost(Duration.ofSeconds(5)).until(() -> engine.switchCalls.contains("wg0"));
    }

    @Test
    void alarmLevelsAreShownAndValuesAtThemStandOut(FxRobot robot) {
        measured();
        emitSample(FakeEngine.sample("tun1", 180, 25, 30, 5));
        await().atMost(Duration.ofSeconds(5)).until(() -> "180.0 ms".equals(cell(robot, "tun1", 4).getText()));
        assertThat(cell(robot, "tun1", 4).getStyleClass()).contains("over-alarm");
        assertThat(cell(robot, "tun1", 5).getStyleClass()).contains("over-alarm");
        assertThat(cell(robot, "tun0", 4).getStyleClass()).doesNotContain("over-alarm");
        TableView<TunnelRow> table = robot.lookup("#tunnelTable").queryTableView();
        assertThat(robot.lookup("#alarm-Latency").queryLabeled().getTooltip().getText()).startsWith("Alarm at 150.0 ms and more");
        assertThat(robot.lookup("#alarm-Loss").queryLabeled().getTooltip().getText()).startsWith("Alarm at 20 % and more");
    }

    @Test
    void eachOpenVpnServerShowsItsStatusTimeAndTheReasonWhenItFails(FxRobot robot) {
        assertThat(robot.lookup("#serverBadges").query().isVisible()).as("no servers, no badges").isFalse();
        engine.emit(new EngineEvent.ServerEvent(Instant.now(), "tun0", "192.0.2.10", 1194, "udp",
                io.github.vpnfailover.probe.ProbeStatus.OK, 12.4, null));
        engine.emit(new EngineEvent.ServerEvent(Instant.now(), "tun1", "192.0.2.11", 443, "tcp",
                io.github.vpnfailover.probe.ProbeStatus.CRITICAL, null, "no valid response within 3 s (2 attempts)"));
        await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup(".server-bad").tryQuery().isPresent());
        Labeled ok = robot.lookup(".server-ok").queryAs(Labeled.class);
        Labeled bad = robot.lookup(".server-bad").queryAs(Labeled.class);
        assertThat(ok.getText()).matches("● 192\\.0\\.2\\.10:1194/udp \\(tun0\\) OK 12 ms · \\d\\d:\\d\\d:\\d\\d");
        assertThat(bad.getText()).startsWith("● 192.0.2.11:443/tcp (tun1) CRITICAL · ");
        assertThat(bad.getTooltip().getText()).isEqualTo("no valid response within 3 s (2 attempts)");
        engine.emit(new EngineEvent.ServerEvent(Instant.now(), "tun1", "192.0.2.11", 443, "tcp",
                io.github.vpnfailover.probe.ProbeStatus.OK, 30.0, null));
        await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup(".server-ok").queryAll().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".server-bad").tryQuery()).isEmpty();
    }
}
