package io.github.vpnfailover.ui;

import io.github.vpnfailover.store.SettingsStore;
import io.github.vpnfailover.store.StorePaths;
import io.github.vpnfailover.ui.common.Background;
import io.github.vpnfailover.ui.common.Theme;
import io.github.vpnfailover.engine.SessionAssembler;
import io.github.vpnfailover.ui.session.RealConnector;
import io.github.vpnfailover.ui.session.SettingsService;
import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop application: wires the real services by hand (settings.json, SSH or this computer, router,
 * history database, engine) and shows the main window.
 */
public class DesktopApp extends Application {

    /** Smallest size at which toolbar, table, charts and policy panel still fit. */
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 680;

    private Background background;
    private SettingsService settings;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        StorePaths paths = StorePaths.fromEnvironment(null);
        Clock clock = Clock.systemDefaultZone();
        background = new Background();
        settings = new SettingsService(new SettingsStore(paths.settingsFile(), Clock.systemUTC()));
        Theme theme = new Theme();
        theme.apply(Theme.systemPrefersDark());
        window = new MainWindow(stage, settings, connector(paths), background, theme, clock);
        stage.setTitle("VPN Failover Manager");
        stage.getIcons().setAll(new AppIcons().load());
        stage.setScene(window.createScene(window::hostKeyDialog));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.show();
        if (Boolean.getBoolean("vpnfailover.autoconnect")) {
            // used to take screenshots of the real app: connects to the selected profile ("This computer") at once
            window.connectViewModel().load().thenRun(() -> javafx.application.Platform.runLater(
                    () -> window.connectViewModel().connect(window.hostKeyDialog())));
        }
    }

    /** The real wiring: the same assembler as {@code run} (decision 0140). Not final only for test-scope launchers. */
    protected RealConnector connector(StorePaths paths) {
        return new RealConnector(paths, new SessionAssembler(java.time.Clock.systemUTC()));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
        if (settings != null) {
            settings.close();
        }
        if (background != null) {
            background.close();
        }
    }
}
