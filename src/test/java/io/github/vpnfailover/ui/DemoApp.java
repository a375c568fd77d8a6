package io.github.vpnfailover.ui;

import io.github.vpnfailover.store.SettingsStore;
import io.github.vpnfailover.ui.common.Background;
import io.github.vpnfailover.ui.common.Theme;
import io.github.vpnfailover.ui.session.Session;
import io.github.vpnfailover.ui.session.SettingsService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The real main window over a {@link FakeEngine} with three tunnels of different quality, connected at once:
 * for screenshots and trying the UI without a router. Run through {@link DemoLauncher}.
 * {@code -Ddemo.dark=true} starts in the dark theme; {@code -Ddemo.routers=N} connects N stand-in routers at once and
 * shows the overview, the third of them losing its link.
 */
public final class DemoApp extends Application {

    private Background background;
    private MainWindow window;

    @Override
    public void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("vfm-demo");
        background = new Background();
        Theme theme = new Theme();
        theme.apply(Boolean.getBoolean("demo.dark"));
        SettingsService settings = new SettingsService(new SettingsStore(dir.resolve("settings.json"), Clock.systemUTC()));
        window = new MainWindow(stage, settings,
                (profile, password, policy, hostKeys, link) -> new Session("Demo router", demoEngine(), List.of()),
                background, theme, Clock.systemDefaultZone());
        stage.setTitle("VPN Failover Manager");
        stage.getIcons().setAll(new AppIcons().load());
        stage.setScene(window.createScene(window::hostKeyDialog));
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(Double.parseDouble(System.getProperty("demo.width", "1400")));
        stage.setHeight(Double.parseDouble(System.getProperty("demo.height", "900")));
        stage.show();
        int routers = Integer.getInteger("demo.routers", 1);
        if (routers > 1) {
            Platform.runLater(() -> manyRouters(routers));
        } else {
            Platform.runLater(() -> window.connectViewModel().connect(window.hostKeyDialog()));
        }
    }

    private void manyRouters(int n) {
        for (int i = 1; i <= n; i++) {
            FakeEngine e = demoEngine();
            window.showDashboard(new Session(String.format(java.util.Locale.ROOT, "branch-%02d", i), e, List.of()));
            if (i == 3) {
                // a router whose SSH link dropped: it stops measuring and says so, the others go on
                background.delayer().after(4_000, () -> {
                    e.close();
                    e.emit(new io.github.vpnfailover.engine.EngineEvent.ConnectionEvent(java.time.Instant.now(),
                            io.github.vpnfailover.engine.ConnectionState.RECONNECTING, "Connection refused", Duration.ofSeconds(8)));
                });
            }
        }
        window.showOverview();
    }

    /** The stand-in engine, with liveness quality alarms (150 ms, 20 %) so the charts and table show them. */
    private static FakeEngine demoEngine() {
        FakeEngine e = FakeEngine.demo(Duration.ofSeconds(3));
        e.quality = new io.github.vpnfailover.core.QualityThresholds(150.0, 100.0, 20.0, 10.0, 10);
        return e;
    }

    @Override
    public void stop() {
        window.shutdown();
        background.close();
    }
}
