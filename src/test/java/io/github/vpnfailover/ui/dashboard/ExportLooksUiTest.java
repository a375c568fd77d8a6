package io.github.vpnfailover.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.ui.FakeEngine;
import io.github.vpnfailover.ui.common.Background;
import io.github.vpnfailover.ui.common.ConnectionStatus;
import io.github.vpnfailover.ui.common.Theme;
import io.github.vpnfailover.ui.export.ChartSnapshot;
import io.github.vpnfailover.ui.export.ExportActions;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export controls as a person sees them, in the dark theme: a status never moves the icons, a PNG is readable. */
@ExtendWith(ApplicationExtension.class)
class ExportLooksUiTest {

    private final FakeEngine engine = FakeEngine.manual();
    private final Background background = new Background();
    private DashboardView view;

    @Start
    void start(Stage stage) {
        new Theme().apply(true);
        Clock clock = Clock.systemDefaultZone();
        DashboardViewModel vm = new DashboardViewModel(engine, (t, x, p) -> { }, Platform::runLater, background.executor(), clock,
                p -> CompletableFuture.completedFuture(null), new ConnectionStatus(clock::instant));
        view = new DashboardView(vm, new ExportActions(engine, background.executor(), clock));
        view.charts().setDark(true);
        engine.addListener(e -> Platform.runLater(() -> vm.apply(java.util.List.of(e))));
        Scene scene = new Scene(view, 1200, 760);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        new Theme().apply(false);
        background.close();
    }

    @Test
    void aLongExportStatusNeverPushesTheToolbarIconsAside(FxRobot robot) {
        Node png = robot.lookup("#exportPng").query();
        Node range = robot.lookup("#range-HOURS_24").query();
        Bounds pngBefore = png.localToScene(png.getBoundsInLocal());
        Bounds rangeBefore = range.localToScene(range.getBoundsInLocal());
        Label status = robot.lookup("#exportResult").queryAs(Label.class);
        String longText = "PNG export failed: /home/someone/a/rather/long/folder/name/vpnfailover-charts.png (Permission denied)";
        robot.interact(() -> status.setText(longText));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(png.localToScene(png.getBoundsInLocal()).getMinX()).isEqualTo(pngBefore.getMinX());
        assertThat(range.localToScene(range.getBoundsInLocal()).getMinX()).isEqualTo(rangeBefore.getMinX());
        assertThat(status.getTooltip().getText()).as("the whole message on hover").isEqualTo(longText);
    }

    @Test
    void aPngExportedInTheDarkThemeHasItsTitlesOnTheDarkBackground(FxRobot robot) {
        engine.emit(new EngineEvent.SampleEvent(Instant.now(), FakeEngine.sample("tun0", 30, 0, 100, 20)));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = ChartSnapshot.take(view.charts()));
        Label title = robot.lookup(".chart-title").queryAs(Label.class);
        Bounds b = title.localToScene(title.getBoundsInLocal());
        Bounds charts = view.charts().localToScene(view.charts().getBoundsInLocal());
        PixelReader px = shot[0].getPixelReader();
        Color back = px.getColor(2, 2);
        double brightest = 0;
        for (int x = (int) (b.getMinX() - charts.getMinX()); x < b.getMaxX() - charts.getMinX(); x++) {
            for (int y = (int) (b.getMinY() - charts.getMinY()); y < b.getMaxY() - charts.getMinY(); y++) {
                brightest = Math.max(brightest, px.getColor(x, y).getBrightness());
            }
        }
        assertThat(back.getBrightness()).as("background of the PNG: %s", back).isLessThan(0.3);
        assertThat(brightest - back.getBrightness()).as("title contrast").isGreaterThan(0.4);
    }
}
