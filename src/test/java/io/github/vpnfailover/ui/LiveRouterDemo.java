package io.github.vpnfailover.ui;

import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Weights;
import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.core.ScoringMode;
import io.github.vpnfailover.engine.FastFailover;
import io.github.vpnfailover.router.PingProber;
import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.store.Settings;
import io.github.vpnfailover.store.SettingsStore;
import io.github.vpnfailover.store.StorePaths;
import io.github.vpnfailover.testbed.NamespaceRouter;
import io.github.vpnfailover.testbed.NamespaceRouter.TunnelSpec;
import io.github.vpnfailover.ui.session.RealConnector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Not a test: a main that shows the real desktop app (real SSH, router, engine, history, fast path) connected to a
 * {@link NamespaceRouter} with three live OpenVPN tunnels of different quality, for {@code docs/dashboard-live.png}.
 * Root only. Everything it writes (settings.json with the router profile and policy, the app's known_hosts with the
 * router's host key, the history) goes to a fresh temporary home, never the user's own config.
 *
 * <p>The chart shows the last 15 minutes. The router's routes start on the slowest tunnel, so within a few cycles the window shows a real switch to the
 * best one. The only difference from {@link DesktopApp}: liveness pings go to the namespace router's "internet"
 * ({@link NamespaceRouter#INTERNET}) instead of the public resolvers, so no traffic leaves the test namespaces.
 *
 * <pre>
 * xvfb-run -a -s '-screen 0 1400x900x24' sh -c 'java -cp ... io.github.vpnfailover.ui.LiveRouterDemo &amp;
 *     sleep 300; import -window root docs/dashboard-live.png; kill $!; wait'
 * </pre>
 * SIGTERM or closing the window removes every namespace and process of the router (by PID) and the temporary home.
 */
public final class LiveRouterDemo {

    static final String PROFILE = "Lab router";

    private LiveRouterDemo() {
    }

    public static void main(String[] args) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            System.err.println("LiveRouterDemo needs root (network namespaces, TUN devices, tc)");
            System.exit(2);
        }
        Path home = Files.createTempDirectory("vfm-live-home-");
        // the app resolves ~/.config, ~/.local/share and ~/.ssh from user.home: all of them land in the temp home
        System.setProperty("user.home", home.toString());
        StorePaths paths = StorePaths.fromEnvironment(null);
        if (!paths.configDir().startsWith(home) || !paths.dataDir().startsWith(home)) {
            System.err.println("unset XDG_CONFIG_HOME and XDG_DATA_HOME: the demo must not write into your own settings ("
                    + paths.configDir() + ")");
            deleteTree(home);
            System.exit(2);
        }
        NamespaceRouter net = NamespaceRouter.start(List.of(new TunnelSpec(20, 20), new TunnelSpec(45, 10), new TunnelSpec(80, 5)));
        AtomicBoolean closed = new AtomicBoolean();
        Runnable cleanUp = () -> {
            if (closed.compareAndSet(false, true)) {
                net.close();
                deleteTree(home);
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(cleanUp, "live-demo-cleanup"));
        try {
            // start on the worst tunnel: the screenshot then shows the engine moving the routes to the best one
            net.routeVia(2);
            writeSettings(net, paths);
            System.out.println("namespace router " + net.routerNs + " at " + net.managementAddress() + ", settings in " + paths.configDir());
            // -Ddemo.edit=true: the connect screen with the router's settings dialog open, for docs/router-settings.png
            System.setProperty("vpnfailover.autoconnect", Boolean.toString(!Boolean.getBoolean("demo.edit")));
            Application.launch(LiveApp.class, args);
        } finally {
            cleanUp.run();
        }
    }

    /** The selected profile is the namespace router; its host key is already trusted, so no dialog appears. */
    static void writeSettings(NamespaceRouter net, StorePaths paths) throws Exception {
        // liveness aimed inside the namespaces instead of at public resolvers
        var profile = new RouterProfile(PROFILE, net.managementAddress(), 22, "root", net.sshd().clientKey().toString(), List.of(),
                false, LivenessSettings.defaults().withTargets(List.of(NamespaceRouter.INTERNET)));
        var measure = new MeasureSettings("^tun[0-9]+$", List.of(NamespaceRouter.INTERNET), 10, 0.2,
                net.downloadUrl(8_000_000), net.uploadUrl(), 2_000_000, 8, RouteMode.DEF1, null);
        // -Ddemo.setup=true: a router never set up, so the first connection shows the setup step (its proposals are
        // the policy's measurement settings below); otherwise the profile holds them (settings version 2)
        if (!Boolean.getBoolean("demo.setup")) {
            profile = profile.withSettings(measure, profile.liveness());
        }
        var policy = new Policy(new Weights(1.0, 1.0, 0.5, 1.0), 3, 0.15, 10, 60, ScoringMode.NORMALIZED, true, measure);
        Files.createDirectories(paths.configDir());
        new SettingsStore(paths.settingsFile(), Clock.systemUTC())
                .save(new Settings(Settings.CURRENT_VERSION, policy, List.of(profile), PROFILE));
        Path knownHosts = paths.configDir().resolve("known_hosts");
        Files.writeString(knownHosts, net.sshd().knownHostsLine() + "\n");
    }

    private static void deleteTree(Path root) {
        try (var files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp folder
        }
    }

    /** {@link DesktopApp} with a window that fills the 1400x900 screen. */
    public static final class LiveApp extends DesktopApp {

        @Override
        public void start(Stage stage) {
            super.start(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1400);
            stage.setHeight(900);
            // a few minutes of history fill a third of the 15-minute chart; the default hour would leave it empty
            var pick = new Timeline(new KeyFrame(Duration.millis(500)));
            pick.setCycleCount(Animation.INDEFINITE);
            pick.getKeyFrames().setAll(new KeyFrame(Duration.millis(500), e -> {
                if (stage.getScene().lookup("#range-MIN_15") instanceof ToggleButton b) {
                    b.setSelected(true);
                    pick.stop();
                }
            }));
            pick.play();
            boolean[] pressed = {false};
            var press = new Timeline();
            press.setCycleCount(Animation.INDEFINITE);
            press.getKeyFrames().setAll(new KeyFrame(Duration.millis(500), e -> {
                // the setup step: one Test as soon as the tunnels are listed; the connect screen: Edit…
                String id = Boolean.getBoolean("demo.edit") ? "#editRouter" : "#setupTest";
                if (stage.getScene().lookup(id) instanceof javafx.scene.control.Button b && !b.isDisabled() && !pressed[0]) {
                    pressed[0] = true;
                    javafx.application.Platform.runLater(b::fire);
                }
                // the settings dialog opens on its Measurement tab: the ping targets, URLs and caps
                for (var w : javafx.stage.Window.getWindows()) {
                    if (w.getScene() != null && w.getScene().lookup("#routerSettingsTabs") instanceof javafx.scene.control.TabPane t) {
                        t.getSelectionModel().select(1);
                    }
                }
            }));
            if (Boolean.getBoolean("demo.edit") || Boolean.getBoolean("demo.setup")) {
                press.play();
            }
        }
    }
}
