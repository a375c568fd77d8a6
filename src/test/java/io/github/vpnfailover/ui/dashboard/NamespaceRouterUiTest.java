package io.github.vpnfailover.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Weights;
import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.core.ScoringMode;
import io.github.vpnfailover.engine.SessionAssembler;
import io.github.vpnfailover.engine.SessionSpec;
import io.github.vpnfailover.router.Privilege;
import io.github.vpnfailover.testing.FakeParts;
import io.github.vpnfailover.engine.EngineOptions;
import io.github.vpnfailover.router.Router;
import io.github.vpnfailover.router.TestRouterNamespace;
import io.github.vpnfailover.store.HistoryStore;
import io.github.vpnfailover.store.Settings;
import io.github.vpnfailover.store.SettingsStore;
import io.github.vpnfailover.store.StorePaths;
import io.github.vpnfailover.ui.MainWindow;
import io.github.vpnfailover.ui.common.Background;
import io.github.vpnfailover.ui.common.Theme;
import io.github.vpnfailover.ui.session.Session;
import io.github.vpnfailover.ui.session.SettingsService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app (main window, real Engine and Router) on a router made of network namespaces: two veth
 * "tunnels" tunA and tunB to a server that answers pings on 10.99.0.1 through either. Root only.
 * Manual switch changes the routes on the router; auto-failover on replaces a dead active tunnel by itself;
 * off, it only recommends.
 */
@ExtendWith(ApplicationExtension.class)
class NamespaceRouterUiTest {

    private TestRouterNamespace net;
    private Path dir;
    private Background background;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        if (!TestRouterNamespace.isRoot()) {
            return;
        }
        net = new TestRouterNamespace();
        // one ping target reachable through each tunnel: routes bound to each device, as on a real multi-VPN router
        TestRouterNamespace.sh("ip -n " + net.server + " addr add 10.99.0.1/32 dev lo"
                + " && ip -n " + net.router + " route add 10.99.0.1 via 10.66.0.2 dev tunA"
                + " && ip -n " + net.router + " route add 10.99.0.1 via 10.67.0.2 dev tunB metric 10");
        dir = Files.createTempDirectory("vfm-ui-ns");
        StorePaths paths = new StorePaths(dir, dir);
        // threshold 1000 %: only failovers move traffic, never the veths' microsecond quality differences
        Policy policy = new Policy(new Weights(1, 0, 0, 1), 1, 10.0, 1, 0, ScoringMode.NORMALIZED, false,
                new MeasureSettings("^tun[AB]$", List.of("10.99.0.1"), 2, 0.2, null, null, 1_000_000, 3, RouteMode.DEF1, null));
        new SettingsStore(paths.settingsFile(), Clock.systemUTC()).save(Settings.defaults().withPolicy(policy));
        background = new Background();
        Theme theme = new Theme();
        theme.apply(false);
        window = new MainWindow(stage, new SettingsService(new SettingsStore(paths.settingsFile(), Clock.systemUTC())),
                (profile, password, pol, hostKeys, link) -> {
                    var spec = new SessionSpec("namespace", Privilege.DIRECT, paths.historyFile(), pol, null, false, EngineOptions.defaults());
                    var running = new SessionAssembler(Clock.systemUTC(), FakeParts.of(Router::new, shell -> null))
                            .open(l -> net.shell(), spec);
                    return Session.of("namespace router", running);
                }, background, theme, Clock.systemDefaultZone());
        stage.setScene(window.createScene(window::hostKeyDialog));
        stage.show();
    }

    @AfterEach
    void stop() {
        if (window != null) {
            window.shutdown();
            background.close();
        }
        if (net != null) {
            net.close();
        }
        deleteTree(dir);
    }

    @Test
    void manualSwitchMovesTheRoutesAndAutoFailoverReplacesADeadTunnelOnlyWhenOn(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(net != null, "needs root to create network namespaces");
        Router check = new Router(net.shell());
        assertThat(check.active()).contains("tunA");

        robot.clickOn("#connect");
        // the table sits in a SplitPane, whose skin (and so the table) exists after the first layout pass
        await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#tunnelTable").tryQuery().isPresent());
        TableView<TunnelRow> table = robot.lookup("#tunnelTable").queryTableView();
        await().atMost(Duration.ofSeconds(30)).until(() -> table.getItems().size() == 2
                && table.getItems().stream().allMatch(r -> r.latencyProperty().get() != null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(activeRow(table)).contains("tunA");

        // manual switch: select, Switch now, confirm -> routes on the router point at tunB, table marks it
        robot.clickOn(cell(robot, "tunB"));
        robot.clickOn("#switchNow");
        robot.clickOn("Switch");
        await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#switchResult").queryLabeled().getText().contains("verified"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#switchResult").queryLabeled().getText()).startsWith("Switched to tunB");
        assertThat(check.active()).contains("tunB");
        assertThat(activeRow(table)).contains("tunB");

        // auto-failover off: the far end of the active tunnel dies (its routes stay, as when a VPN server goes
        // away); the app only recommends and the routes stay on tunB
        TestRouterNamespace.sh("ip -n " + net.server + " link set $(ip -n " + net.server
                + " -o addr show | awk '/10.67.0.2/ {print $2}') down");
        await().atMost(Duration.ofSeconds(30)).until(() -> robot.lookup("#recommendation").queryLabeled().getText()
                .startsWith("Recommended: switch to tunA"));
        assertThat(check.active()).contains("tunB");
        assertThat(activeRow(table)).contains("tunB");

        // auto-failover on: replaced without a click
        robot.clickOn("#autoFailover .thumb-area");
        await().atMost(Duration.ofSeconds(30)).until(() -> check.active().equals(Optional.of("tunA")));
        await().atMost(Duration.ofSeconds(10)).until(() -> activeRow(table).equals(Optional.of("tunA")));
        List<Object> log = new java.util.ArrayList<>();
        robot.interact(() -> log.addAll(robot.lookup("#eventLog").queryListView().getItems()));
        assertThat(log).anySatisfy(line -> assertThat(line.toString()).contains("switch tunB → tunA (verified)"));
    }

    private static Optional<String> activeRow(TableView<TunnelRow> table) {
        return table.getItems().stream().filter(TunnelRow::isActive).map(TunnelRow::getName).findFirst();
    }

    private static Node cell(FxRobot robot, String tunnel) {
        return robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && tunnel.equals(c.getText())).query();
    }

    /** Removes a test's temp folder (settings, history, known_hosts) once the session is closed. */
    static void deleteTree(java.nio.file.Path root) {
        if (root == null) {
            return;
        }
        try (var files = java.nio.file.Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException e) {
            // best effort: a leftover temp folder is harmless
        }
    }
}
