package io.github.vpnfailover.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.engine.ConnectionState;
import io.github.vpnfailover.engine.SessionAssembler;
import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.store.Settings;
import io.github.vpnfailover.store.SettingsStore;
import io.github.vpnfailover.store.StorePaths;
import io.github.vpnfailover.testbed.NamespaceRouter;
import io.github.vpnfailover.testbed.NamespaceRouter.TunnelSpec;
import io.github.vpnfailover.testing.OpenSshServer;
import io.github.vpnfailover.ui.MainWindow;
import io.github.vpnfailover.ui.common.Background;
import io.github.vpnfailover.ui.common.Theme;
import io.github.vpnfailover.ui.session.RealConnector;
import io.github.vpnfailover.ui.session.SettingsService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app with two profiles connected at once through the real assembly (RealConnector, decision 0140): one
 * namespace router reached over two sshds (its own on port 22, a second one in the same namespace on 2222). The
 * first sshd dies with its sessions: the overview shows that router reconnecting or failed while the other one keeps
 * measuring (decision 0230). Root only.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewTwoRoutersUiTest {

    private static final int SECOND_PORT = 2222;
    private static NamespaceRouter net;
    private static OpenSshServer second;
    private Path dir;
    private Background background;
    private MainWindow window;

    @BeforeAll
    static void router() throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            return;
        }
        net = NamespaceRouter.start(List.of(new TunnelSpec(20, 20)));
        second = OpenSshServer.start(Files.createDirectories(net.directory().resolve("sshd-second")), net.routerNs,
                net.managementAddress(), SECOND_PORT, null);
    }

    @AfterAll
    static void removeRouter() {
        if (second != null) {
            second.close();
        }
        if (net != null) {
            net.close();
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("vfm-overview");
        background = new Background();
        Theme theme = new Theme();
        theme.apply(false);
        StorePaths paths = new StorePaths(dir, dir);
        if (net != null) {
            Files.writeString(dir.resolve("known_hosts"), net.sshd().knownHostsLine() + "\n" + second.knownHostsLine() + "\n");
            MeasureSettings pings = new MeasureSettings("^tun[0-9]+$", List.of(NamespaceRouter.INTERNET), 2, 0.2, null, null, 1, 5,
                    RouteMode.DEF1, null);
            var a = new RouterProfile("branch-a", net.managementAddress(), 22, "root", net.sshd().clientKey().toString(), List.of(),
                    false, null, pings);
            var b = new RouterProfile("branch-b", net.managementAddress(), SECOND_PORT, "root", second.clientKey().toString(),
                    List.of(), false, null, pings);
            Policy p = Policy.defaults();
            Policy fast = new Policy(p.weights(), p.depth(), p.threshold(), 1, p.holdDownSeconds(), p.scoring(), false, pings);
            new SettingsStore(paths.settingsFile(), Clock.systemUTC()).save(Settings.defaults().withPolicy(fast).withRouters(List.of(a, b)));
        }
        window = new MainWindow(stage, new SettingsService(new SettingsStore(paths.settingsFile(), Clock.systemUTC())),
                new RealConnector(paths, new SessionAssembler(Clock.systemUTC())), background, theme, Clock.systemDefaultZone());
        stage.setScene(window.createScene(window::hostKeyDialog));
        stage.show();
    }

    @AfterEach
    void stop() {
        window.shutdown();
        background.close();
        deleteTree(dir);
    }

    @Test
    void oneRouterLosesSshTheOtherKeepsMeasuringAndTheOverviewSaysSo(FxRobot robot) throws Exception {
        NamespaceRouter.assumeAvailable();
        connect(robot, "branch-a", "#routerTab-0");
        connect(robot, "branch-b", "#routerTab-1");
        robot.clickOn("#overviewTab");
        TableView<RouterRow> table = robot.lookup("#overviewTable").queryTableView();
        await().atMost(Duration.ofSeconds(40)).until(() -> table.getItems().size() == 2
                && table.getItems().stream().allMatch(r -> r.samplesProperty().get() > 0 && "tun0".equals(r.activeProperty().get())));
        RouterRow a = row(table, "branch-a");
        RouterRow b = row(table, "branch-b");
        assertThat(a.linkProperty().get()).isEqualTo(ConnectionState.CONNECTED);

        net.sshd().kill();
        await().atMost(Duration.ofSeconds(20)).until(() -> a.linkProperty().get() == ConnectionState.RECONNECTING
                || a.linkProperty().get() == ConnectionState.FAILED);
        long aSamples = a.samplesProperty().get();
        long bSamples = b.samplesProperty().get();
        Instant bLast = b.lastSampleProperty().get();
        await().atMost(Duration.ofSeconds(30)).until(() -> b.samplesProperty().get() >= bSamples + 3);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(b.linkProperty().get()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(b.lastSampleProperty().get()).isAfter(bLast);
        assertThat(a.linkProperty().get()).isIn(ConnectionState.RECONNECTING, ConnectionState.FAILED);
        assertThat(a.samplesProperty().get()).as("no sample over a dead link").isLessThanOrEqualTo(aSamples + 1);
        assertThat(robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().matches("(reconnecting|failed).*")).tryQuery()).as("the overview shows the lost link").isPresent();
        assertThat(robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .matches("2 routers: 1 connected, 1 (reconnecting|failed)");

        // the other router's dashboard opens from the overview; Disconnect there ends that router only
        robot.interact(() -> table.getSelectionModel().select(b));
        robot.clickOn("#overviewOpen");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#routerName").queryLabeled().getText()).isEqualTo("— branch-b");
        robot.clickOn("#disconnect");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(RouterRow::name).containsExactly("branch-a");
    }

    private static void connect(FxRobot robot, String profile, String tab) {
        robot.clickOn("#routersTab");
        ListView<RouterProfile> list = robot.lookup("#profiles").queryListView();
        await().atMost(Duration.ofSeconds(10)).until(() -> list.getItems().stream().anyMatch(p -> p.name().equals(profile)));
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(p -> p.name().equals(profile)).findFirst().orElseThrow()));
        robot.clickOn("#connect");
        await().atMost(Duration.ofSeconds(30)).until(() -> robot.lookup(tab).tryQuery().isPresent()
                || robot.lookup("#routerTabs").queryAs(javafx.scene.control.TabPane.class).getTabs().stream()
                        .anyMatch(t -> profile.equals(t.getText())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static RouterRow row(TableView<RouterRow> table, String name) {
        return table.getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (var files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException e) {
            // best effort: a leftover temp folder is harmless
        }
    }
}
