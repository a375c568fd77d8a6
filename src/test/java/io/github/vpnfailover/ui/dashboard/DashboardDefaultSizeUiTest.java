package io.github.vpnfailover.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.ui.FakeEngine;
import io.github.vpnfailover.ui.common.Background;
import io.github.vpnfailover.ui.common.ConnectionStatus;
import io.github.vpnfailover.ui.common.FxBatcher;
import io.github.vpnfailover.ui.common.Theme;
import io.github.vpnfailover.ui.export.ExportActions;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.TunnelState;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard in the room the main window's default 1200x760 leaves it (645 px high between the tabs and the status
 * bar, read off a screenshot of the real app): the event log keeps rows a person can read. It had 50 px, its header
 * only, because the charts would not shrink below 120 px each; and a tunnel's state is not cut to "down ·...".
 */
@ExtendWith(ApplicationExtension.class)
class DashboardDefaultSizeUiTest {

    /** The widest each figure column says in ordinary use. */
    private static final java.util.Map<String, String> WIDEST = java.util.Map.of("Live RTT", "999.9 ms", "Latency", "999.9 ms",
            "Loss", "100 %", "Jitter", "99.9 ms", "Download", "999 Mbit/s", "Upload", "999 Mbit/s", "Score", "0.000",
            "Handshake", "999 s ago");

    private final FakeEngine engine = FakeEngine.manual();
    private final Background background = new Background();

    @Start
    void start(Stage stage) {
        new Theme().apply(false);
        Clock clock = Clock.systemDefaultZone();
        DashboardViewModel vm = new DashboardViewModel(engine, (title, text, problem) -> { }, Platform::runLater,
                background.executor(), clock, p -> CompletableFuture.completedFuture(null), new ConnectionStatus(clock::instant));
        FxBatcher<EngineEvent> batcher = new FxBatcher<>(background.delayer(), Platform::runLater, 100, vm::apply);
        engine.addListener(batcher::submit);
        Scene scene = new Scene(new DashboardView(vm, new ExportActions(engine, background.executor(), clock)), 1200, 640);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        background.close();
    }

    @Test
    void aDownTunnelsStateIsNotCutShort(FxRobot robot) {
        engine.emit(new EngineEvent.SampleEvent(Instant.now(), new Sample("tun7", Instant.now().minusSeconds(700),
                null, null, null, null, 100.0, null, null, "ping 1.1.1.1: 100% packet loss")));
        engine.emit(new EngineEvent.LivenessEvent(Instant.now().minusSeconds(700), "tun7", TunnelState.DOWN, null));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            WaitForAsyncUtils.waitForFxEvents();
            Text state = robot.lookup("#tunnelTable .table-cell .text").queryAllAs(Text.class).stream()
                    .filter(t -> t.getText().startsWith("down · ")).findFirst().orElseThrow();
            // the longest the cell says in its first hour; cut short it read "down ·..."
            Text longest = new Text("down · 59 min");
            longest.setFont(state.getFont());
            javafx.scene.control.TableCell<?, ?> cell = (javafx.scene.control.TableCell<?, ?>) state.getParent();
            double room = cell.getWidth() - cell.getPadding().getLeft() - cell.getPadding().getRight();
            assertThat(room).as("State column room for '%s'", longest.getText())
                    .isGreaterThanOrEqualTo(longest.getLayoutBounds().getWidth());
            // and the figures beside it, in the active row's bold: the Jitter column (as wide as its short header) cut
            // the namespace router's "0.1 ms" to "0.1 ..."
            javafx.scene.text.Font font = state.getFont();
            javafx.scene.control.TableView<?> table = robot.lookup("#tunnelTable").queryAs(javafx.scene.control.TableView.class);
            for (var widest : WIDEST.entrySet().stream().filter(w -> !w.getKey().equals("Handshake")).toList()) {
                Text value = new Text(widest.getValue());
                value.setFont(javafx.scene.text.Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD, font.getSize()));
                javafx.scene.control.TableColumn<?, ?> c = table.getColumns().stream()
                        .filter(x -> widest.getKey().equals(x.getText() != null ? x.getText()
                                : ((javafx.scene.control.Labeled) x.getGraphic()).getText())).findFirst().orElseThrow();
                assertThat(c.getWidth() - cell.getPadding().getLeft() - cell.getPadding().getRight())
                        .as("%s column room for bold '%s'", widest.getKey(), value.getText())
                        .isGreaterThanOrEqualTo(value.getLayoutBounds().getWidth());
            }
        });
    }

    @Test
    void openVpnTunnelsFitTheTableWithoutScrollingAndAWireGuardOneBringsItsHandshakeColumn(FxRobot robot) {
        for (String t : List.of("tun0", "tun1", "tun2")) {
            engine.emit(new EngineEvent.SampleEvent(Instant.now(), new Sample(t, Instant.now(), 150.3, 149.0, 151.0, 12.4,
                    0.0, 114.0, 98.0, null)));
        }
        javafx.scene.control.TableView<?> table = robot.lookup("#tunnelTable").queryAs(javafx.scene.control.TableView.class);
        javafx.scene.control.TableColumn<?, ?> handshake = table.getColumns().stream()
                .filter(c -> "Handshake".equals(c.getText())).findFirst().orElseThrow();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(table.getItems()).hasSize(3);
            assertThat(handshake.isVisible()).as("Handshake column without WireGuard").isFalse();
            // the namespace router's three OpenVPN tunnels had "Ha..." at the right edge and a scroll bar
            double columns = table.getColumns().stream().filter(javafx.scene.control.TableColumn::isVisible)
                    .mapToDouble(javafx.scene.control.TableColumn::getWidth).sum();
            assertThat(columns).as("visible columns' width against the table's").isLessThanOrEqualTo(
                    table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() + 0.5);
        });
        engine.emit(new EngineEvent.SampleEvent(Instant.now(), new Sample("wg0", Instant.now(), 20.0, 19.0, 21.0, 0.5,
                0.0, null, null, null).withHandshakeAge(12.0)));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(handshake.isVisible()).as("Handshake column with a WireGuard tunnel").isTrue();
        });
    }

    @Test
    void theEventLogShowsAtLeastTwoLines(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> log = robot.lookup("#eventLog").queryAs(ListView.class);
        // a row is about 30 px in this theme; the header and the copy button sit above the list
        assertThat(log.getHeight()).as("event log list height").isGreaterThanOrEqualTo(60);
        // with auto-failover off every cycle may add a recommendation line above the charts: in the real app on the
        // namespace router (three tunnels, each a row of the loss chart) it took the log down to half a line
        for (String t : List.of("tun0", "tun1", "tun2")) {
            engine.emit(new EngineEvent.SampleEvent(Instant.now(), new Sample(t, Instant.now(), 80.0, 79.0, 81.0, 0.1,
                    0.0, 4.7, 4.6, null)));
        }
        engine.emit(new EngineEvent.DecisionEvent(Instant.now(), new io.github.vpnfailover.core.Decision(
                io.github.vpnfailover.core.DecisionKind.SWITCH, "tun2", "tun0", "tun0 scores 1.00 vs tun2 0.47 (+114 % ≥ 15 %)"),
                java.util.Map.of("tun0", 1.0, "tun2", 0.47), false));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#recommendation").queryLabeled().getText()).startsWith("Recommended: switch to tun0");
            assertThat(log.getHeight()).as("event log list height beside a recommendation").isGreaterThanOrEqualTo(60);
            for (String chart : List.of("#latencyChart", "#throughputChart")) {
                var c = robot.lookup(chart).queryAs(javafx.scene.layout.Region.class);
                assertThat(c.getHeight()).as("%s height beside a recommendation", chart).isGreaterThanOrEqualTo(c.getMinHeight());
            }
            javafx.scene.control.TableView<?> table = robot.lookup("#tunnelTable").queryAs(javafx.scene.control.TableView.class);
            double header = table.lookup(".column-header-background").getLayoutBounds().getHeight();
            // the real app showed a vertical scroll bar beside three rows at 36 + 3 × 32 + 4
            assertThat(table.getHeight() - table.snappedTopInset() - table.snappedBottomInset())
                    .as("table: header (%s px) and three rows", header).isGreaterThanOrEqualTo(header + 3 * 32);
        });
    }
}
