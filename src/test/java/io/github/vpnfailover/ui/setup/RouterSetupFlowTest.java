package io.github.vpnfailover.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.vpnfailover.engine.SessionAssembler;
import io.github.vpnfailover.store.SettingsStore;
import io.github.vpnfailover.store.StorePaths;
import io.github.vpnfailover.testbed.NamespaceRouter;
import io.github.vpnfailover.testbed.NamespaceRouter.TunnelSpec;
import io.github.vpnfailover.ui.MainWindow;
import io.github.vpnfailover.ui.common.Background;
import io.github.vpnfailover.ui.common.Theme;
import io.github.vpnfailover.ui.dashboard.TunnelRow;
import io.github.vpnfailover.ui.session.RealConnector;
import io.github.vpnfailover.ui.session.SettingsService;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * From "installed" to "failover running" with the app alone, on the namespace router (real sshd, two real OpenVPN
 * tunnels, python3 -m http.server behind them): Add router, trust the host key, the setup step with a ping target,
 * download and upload URLs and a liveness target, Test, Save, and the dashboard measuring with exactly those
 * settings through the real assembly (RealConnector, decision 0140). Root only.
 */
@ExtendWith(ApplicationExtension.class)
class RouterSetupFlowTest {

    private static NamespaceRouter net;
    private static Path www;
    private static String fileUrl;
    private Path dir;
    private Background background;
    private MainWindow window;

    @BeforeAll
    static void router() throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            return;
        }
        net = NamespaceRouter.start(List.of(new TunnelSpec(20, 20), new TunnelSpec(40, 10)));
        www = Files.createTempDirectory("vfm-setup-www");
        fileUrl = net.servePlainHttp(randomFile(www.resolve("file.bin"), 4_000_000));
    }

    @AfterAll
    static void removeRouter() {
        if (net != null) {
            net.close();
        }
        deleteTree(www);
    }

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("vfm-setup-flow");
        background = new Background();
        Theme theme = new Theme();
        theme.apply(false);
        StorePaths paths = new StorePaths(dir, dir);
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
    void addTestSaveConnectMeasuresBandwidthWithEveryTunnelUpAndTheValuesInSettings(FxRobot robot) throws Exception {
        NamespaceRouter.assumeAvailable();
        addAndReachSetup(robot);
        enterSetup(robot, NamespaceRouter.INTERNET, true);
        robot.clickOn("#setupTest");
        await().atMost(Duration.ofSeconds(40)).until(() -> !text(robot, "#setupTargets").isEmpty());
        assertThat(text(robot, "#setupResult")).startsWith("tun0: latency ").contains("loss 0 %")
                .containsPattern("down \\d+\\.\\d\\d Mbit/s, up \\d+\\.\\d\\d Mbit/s$");
        assertThat(text(robot, "#setupTargets")).contains("liveness target 10.9.0.1 answers through tun0, tun1");
        assertThat(Files.readString(dir.resolve("settings.json"))).as("nothing saved by Test").doesNotContain(fileUrl);

        assertThat(robot.lookup("#livenessMinTimeout").queryTextInputControl().getText()).as("the adaptive floor shown")
                .isEqualTo("50");

        robot.clickOn("#setupSave");
        TableView<TunnelRow> table = dashboardTable(robot);
        await().atMost(Duration.ofSeconds(60)).until(() -> table.getItems().size() == 2 && table.getItems().stream()
                .allMatch(r -> r.downloadProperty().get() != null && r.uploadProperty().get() != null));
        await().atMost(Duration.ofSeconds(20)).until(() -> table.getItems().stream().allMatch(r -> r.stateText().equals("up")));

        String settings = Files.readString(dir.resolve("settings.json"));
        assertThat(settings).contains("\"version\" : 2", "\"pingTargets\" : [ \"10.9.0.1\" ]", "\"downloadUrl\" : \"" + fileUrl + "\"",
                "\"uploadUrl\" : \"" + net.uploadUrl() + "\"", "\"targets\" : [ \"10.9.0.1\" ]", "\"selectedRouter\" : \"Lab\"",
                "\"timeoutMillis\" : 800", "\"minTimeoutMillis\" : 50");
    }

    @Test
    void aLivenessTargetThatNeverAnswersIsItsOwnStateWithTheFix(FxRobot robot) throws Exception {
        NamespaceRouter.assumeAvailable();
        addAndReachSetup(robot);
        enterSetup(robot, NamespaceRouter.BLACK_HOLE, true);
        robot.clickOn("#setupTest");
        await().atMost(Duration.ofSeconds(40)).until(() -> !text(robot, "#setupTargets").isEmpty());
        assertThat(text(robot, "#setupTargets")).contains(
                "liveness target 10.9.0.99 answers through no tunnel: choose an address every VPN reaches");

        robot.clickOn("#setupSave");
        TableView<TunnelRow> table = dashboardTable(robot);
        await().atMost(Duration.ofSeconds(60)).until(() -> table.getItems().size() == 2
                && table.getItems().stream().allMatch(r -> r.stateText().equals("no liveness answer")));
        assertThat(table.getItems()).allSatisfy(r -> assertThat(r.stateHintProperty().get())
                .startsWith("no liveness target answers through any tunnel (10.9.0.99, the router's liveness targets)")
                .contains("Edit… on the connect screen, Liveness tab"));
    }

    private void addAndReachSetup(FxRobot robot) throws Exception {
        robot.clickOn("#addRouter");
        robot.clickOn("#newRouterName").write("Lab");
        replace(robot, "#newRouterHost", net.managementAddress());
        robot.clickOn("#newRouterUser").write("root");
        replace(robot, "#newRouterKey", net.sshd().clientKey().toString());
        robot.clickOn("#saveRouter");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(dir.resolve("settings.json")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#connect");
        await().atMost(Duration.ofSeconds(20)).until(() -> visible(robot, "Trust and connect"));
        robot.clickOn(robot.lookup("Trust and connect").match(NodeQueryUtils.isVisible()).<javafx.scene.Node>query());
        await().atMost(Duration.ofSeconds(30)).until(() -> robot.lookup("#setupTunnels").tryQuery().isPresent()
                && robot.lookup("#setupTunnels").queryTableView().getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * A ping target, the liveness target, and with {@code bandwidth} the URLs with 1 MB and 5 s caps (the transfers
     * also keep the first cycle longer than the liveness monitor needs to judge every target).
     */
    private void enterSetup(FxRobot robot, String livenessTarget, boolean bandwidth) {
        replace(robot, "#pingTargets", NamespaceRouter.INTERNET);
        if (bandwidth) {
            replace(robot, "#downloadUrl", fileUrl);
            replace(robot, "#uploadUrl", net.uploadUrl());
            replace(robot, "#maxBytes", "1000000");
            replace(robot, "#maxSeconds", "5");
        }
        replace(robot, "#livenessTargets", livenessTarget);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#setupProblem").queryLabeled().getText()).as("the form is valid").isNullOrEmpty();
    }

    /** Selects the box's text and pastes {@code text} over it, as a person pastes an address (typing is slow headless). */
    private static void replace(FxRobot robot, String field, String text) {
        robot.clickOn(field);
        robot.interact(() -> {
            var c = new javafx.scene.input.ClipboardContent();
            c.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).press(KeyCode.V).release(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(field).queryTextInputControl().getText()).as(field).isEqualTo(text);
    }

    private static TableView<TunnelRow> dashboardTable(FxRobot robot) {
        await().atMost(Duration.ofSeconds(40)).until(() -> robot.lookup("#tunnelTable").tryQuery().isPresent());
        return robot.lookup("#tunnelTable").queryTableView();
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).match(NodeQueryUtils.isVisible()).tryQuery().isPresent();
    }

    private static String text(FxRobot robot, String id) {
        String t = robot.lookup(id).queryLabeled().getText();
        return t == null ? "" : t;
    }

    private static Path randomFile(Path file, int bytes) throws Exception {
        byte[] data = new byte[bytes];
        new Random(7).nextBytes(data);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(data);
        }
        return file;
    }

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (var files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException e) {
            // best effort: a temp folder
        }
    }
}
