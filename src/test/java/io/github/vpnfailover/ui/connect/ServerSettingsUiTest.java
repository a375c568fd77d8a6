package io.github.vpnfailover.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.engine.SessionAssembler;
import io.github.vpnfailover.probe.OpenVpnServer;
import io.github.vpnfailover.probe.Proto;
import io.github.vpnfailover.probe.TestPki;
import io.github.vpnfailover.router.Router;
import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.store.Settings;
import io.github.vpnfailover.store.SettingsStore;
import io.github.vpnfailover.store.StorePaths;
import io.github.vpnfailover.testing.FakeParts;
import io.github.vpnfailover.ui.MainWindow;
import io.github.vpnfailover.ui.common.Background;
import io.github.vpnfailover.ui.common.Theme;
import io.github.vpnfailover.ui.session.RealConnector;
import io.github.vpnfailover.ui.session.SettingsService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
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
 * A person adds an OpenVPN server and its probe period in the Edit dialog's Servers tab (decisions 0212, 0213),
 * saves, finds both in settings.json, connects, and sees the server's badge on the dashboard, probed against a
 * real openvpn 2.6 server on loopback and probed again within the short period.
 */
@ExtendWith(ApplicationExtension.class)
class ServerSettingsUiTest {

    private static final String PASSWORD = "s3cret-never-stored";
    private static Path pkiDir;
    private static OpenVpnServer openvpn;

    private Path dir;
    private Background background;
    private MainWindow window;
    private PasswordSshServer sshd;

    @BeforeAll
    static void openvpn() throws Exception {
        OpenVpnServer.assumeInstalled();
        pkiDir = Files.createTempDirectory("vfm-ui-servers-pki");
        openvpn = OpenVpnServer.start(TestPki.create(pkiDir), Proto.UDP, "127.0.0.1");
    }

    @AfterAll
    static void stopOpenvpn() throws Exception {
        if (openvpn != null) {
            openvpn.close();
        }
        ConnectFlowTest.deleteTree(pkiDir);
    }

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("vfm-ui-servers");
        sshd = new PasswordSshServer(PASSWORD);
        RouterProfile lab = new RouterProfile("Lab", "127.0.0.1", sshd.port(), "tester", null, List.of(), null, null,
                MeasureSettings.defaults());
        new SettingsStore(dir.resolve("settings.json"), Clock.systemUTC()).save(Settings.defaults()
                .withRouters(List.of(RouterProfile.local(), lab)).withSelectedRouter("Lab"));
        background = new Background();
        Theme theme = new Theme();
        theme.apply(false);
        SettingsService settings = new SettingsService(new SettingsStore(dir.resolve("settings.json"), Clock.systemUTC()));
        window = new MainWindow(stage, settings, new RealConnector(new StorePaths(dir, dir),
                new SessionAssembler(Clock.systemUTC(), FakeParts.of(Router::new, shell -> null))), background, theme,
                Clock.systemDefaultZone());
        stage.setScene(window.createScene(window::hostKeyDialog));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        window.shutdown();
        background.close();
        sshd.close();
        ConnectFlowTest.deleteTree(dir);
    }

    @Test
    void aServerAddedInTheEditDialogIsSavedAndShownAsABadgeProbedAtItsPeriod(FxRobot robot) throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#editRouter").queryButton().isDisabled() == false);
        robot.clickOn("#editRouter");
        shown(robot, "#newRouterPassword");
        robot.clickOn("#newRouterPassword").write(PASSWORD);
        robot.clickOn("Servers");
        robot.clickOn("#addServer");
        shown(robot, "#serverHost0");
        assertThat(problem(robot)).isEqualTo("Server 1 host: empty: the server's name or address");
        robot.clickOn("#serverHost0").write("127.0.0.1");
        TextField port = robot.lookup("#serverPort0").queryAs(TextField.class);
        robot.interact(port::clear);
        robot.clickOn(port).write("0");
        assertThat(problem(robot)).isEqualTo("Server 1 port: 0 is outside 1-65535");
        assertThat(robot.lookup("#saveRouter").query().isDisabled()).isTrue();
        robot.interact(port::clear);
        robot.clickOn(port).write(String.valueOf(openvpn.port()));
        robot.clickOn("#serverTunnel0").write("tun0");
        robot.clickOn("#serverPeriod").write("5");
        assertThat(problem(robot)).isEmpty();
        robot.clickOn("#saveRouter");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(dir.resolve("settings.json")).contains("serverPeriodSeconds"));
        String saved = Files.readString(dir.resolve("settings.json"));
        assertThat(saved).contains("\"servers\" : [ {\n      \"tunnel\" : \"tun0\",\n      \"host\" : \"127.0.0.1\",\n      \"port\" : "
                + openvpn.port() + ",\n      \"proto\" : \"udp\",\n      \"wrapping\" : \"none\",")
                .contains("\"serverPeriodSeconds\" : 5").doesNotContain(PASSWORD);

        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#connect");
        await().atMost(Duration.ofSeconds(15)).until(() -> robot.lookup("#hostKeyDialog").tryQuery().isPresent());
        shown(robot, "Trust and connect");
        robot.clickOn(robot.lookup("Trust and connect").match(NodeQueryUtils.isVisible()).<Node>query());
        await().atMost(Duration.ofSeconds(20)).until(() -> badge(robot) != null);
        String first = badge(robot);
        assertThat(first).startsWith("● 127.0.0.1:" + openvpn.port() + "/udp (tun0) OK ");
        await("probed again within the 5 s period").atMost(Duration.ofSeconds(12))
                .until(() -> badge(robot) != null && !badge(robot).equals(first));
        assertThat(badge(robot)).contains(" OK ");
    }

    /** Every Liveness box inside the dialog, none cut off; a bad value names its box and disables Save. */
    @Test
    void theLivenessTabShowsTheTimeoutFloorReliabilityAndCommitConfirmBoxes(FxRobot robot) throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#editRouter").queryButton().isDisabled() == false);
        robot.clickOn("#editRouter");
        shown(robot, "#newRouterHost");
        robot.clickOn("Liveness");
        shown(robot, "#quarantineSeconds");
        Node save = robot.lookup("#saveRouter").query();
        var dialog = save.getScene().getRoot().localToScreen(save.getScene().getRoot().getLayoutBounds());
        for (String id : List.of("#livenessTimeout", "#livenessMinTimeout", "#livenessReliability", "#confirmTargets",
                "#confirmSeconds", "#quarantineSeconds")) {
            Node box = robot.lookup(id).match(NodeQueryUtils.isVisible()).query();
            assertThat(dialog.contains(box.localToScreen(box.getLayoutBounds()))).as("%s inside the dialog", id).isTrue();
        }
        assertThat(robot.lookup("#livenessMinTimeout").queryAs(TextField.class).getText()).isEqualTo("50");
        assertThat(robot.lookup("#quarantineSeconds").queryAs(TextField.class).getText()).isEqualTo("120");
        TextField confirm = robot.lookup("#confirmSeconds").queryAs(TextField.class);
        robot.interact(() -> confirm.setText("0"));
        assertThat(problem(robot)).isEqualTo("Confirm within: 0 is outside 1 to 60");
        assertThat(save.isDisabled()).isTrue();
    }

    private static String problem(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        String t = robot.lookup("#routerProblem").queryLabeled().getText();
        return t == null ? "" : t;
    }

    /** The server badge's text, or null before the first probe. */
    private static String badge(FxRobot robot) {
        return robot.lookup("#serverBadges .label").queryAll().stream().map(n -> ((Labeled) n).getText())
                .filter(t -> t.startsWith("●")).findFirst().orElse(null);
    }

    private static void shown(FxRobot robot, String query) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> robot.lookup(query).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
