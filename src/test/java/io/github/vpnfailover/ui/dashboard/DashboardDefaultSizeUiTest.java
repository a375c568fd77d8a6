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
            // and the rates beside it, in the active row's bold
            javafx.scene.text.Font font = state.getFont();
            Text rate = new Text("999 Mbit/s");
            rate.setFont(javafx.scene.text.Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD, font.getSize()));
            for (String column : List.of("Download", "Upload")) {
                javafx.scene.control.TableView<?> table = robot.lookup("#tunnelTable").queryAs(
                        javafx.scene.control.TableView.class);
                javafx.scene.control.TableColumn<?, ?> c = table.getColumns().stream()
                        .filter(x -> x.getText().equals(column)).findFirst().orElseThrow();
                assertThat(c.getWidth() - cell.getPadding().getLeft() - cell.getPadding().getRight())
                        .as("%s column room for bold '%s'", column, rate.getText())
                        .isGreaterThanOrEqualTo(rate.getLayoutBounds().getWidth());
            }
        });
    }

    @Test
    void theEventLogShowsAtLeastTwoLines(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> log = robot.lookup("#eventLog").queryAs(ListView.class);
        // a row is about 30 px in this theme; the header and the copy button sit above the list
        assertThat(log.getHeight()).as("event log list height").isGreaterThanOrEqualTo(60);
    }
}
