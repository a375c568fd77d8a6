package io.github.vpnfailover.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.vpnfailover.store.SettingsStore;
import io.github.vpnfailover.engine.SessionAssembler;
import io.github.vpnfailover.router.Router;
import io.github.vpnfailover.testing.FakeParts;
import io.github.vpnfailover.store.StorePaths;
import io.github.vpnfailover.ui.MainWindow;
import io.github.vpnfailover.ui.common.Background;
import io.github.vpnfailover.ui.common.Theme;
import io.github.vpnfailover.ui.session.RealConnector;
import io.github.vpnfailover.ui.session.SettingsService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The launch-and-connect flow against the real services: settings.json in a temp folder, the real engine over
 * "This computer", and real SSH (JSch against an embedded sshd) for adding a router and the host key questions.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectFlowTest {

    private static final String PASSWORD = "s3cret-never-stored";

    private Path dir;
    private Background background;
    private MainWindow window;
    private PasswordSshServer server;

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("vfm-ui-connect");
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
    void stop() throws IOException {
        window.shutdown();
        background.close();
        if (server != null) {
            server.close();
        }
        deleteTree(dir);
    }

    @Test
    void launchShowsThisComputerAndConnectingOpensTheDashboardOnTheRealEngine(FxRobot robot) {
        assertThat(robot.lookup("#connectView").tryQuery()).isPresent();
        assertThat(robot.lookup("#profiles").queryListView().getItems()).extracting(p -> ((io.github.vpnfailover.store.RouterProfile) p).name())
                .containsExactly("This computer");
        for (String id : new String[] {"#connect", "#addRouter", "#editRouter", "#duplicateRouter", "#deleteRouter"}) {
            var button = robot.lookup(id).queryButton();
            assertThat(button.getWidth()).as("%s is wide enough for its whole label, not cut to '…'", id)
                    .isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
        }

        robot.clickOn("#connect");
        await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#dashboard").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#routerName").queryLabeled().getText()).contains("This computer");
        assertThat(status(robot)).matches("(Connected to|Reconnecting in).*");
        assertThat(Files.exists(dir.resolve("history.db"))).as("the real engine opened the history").isTrue();

        robot.clickOn("#disconnect");
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#connectView").tryQuery().isPresent());
    }

    @Test
    void aLongKeyPathNeverCutsTheBrowseButton(FxRobot robot) {
        robot.clickOn("#addRouter");
        robot.clickOn("#newRouterKey").write("/tmp/vfm-h-2b8c-17394602621285739720/sshd/client_ed25519");
        WaitForAsyncUtils.waitForFxEvents();
        var browse = robot.lookup("#browseKey").queryButton();
        // it read "Brows..." beside the namespace router's key path in the real app
        assertThat(((javafx.scene.text.Text) browse.lookup(".text")).getText()).as("the button's label as shown")
                .isEqualTo(browse.getText());
        robot.clickOn("Cancel");
    }

    @Test
    void addedRouterAsksAboutTheUnknownHostKeyAndRefusingDoesNotConnect(FxRobot robot) throws Exception {
        server = new PasswordSshServer(PASSWORD);
        addRouter(robot);
        assertThat(Files.readString(dir.resolve("settings.json"))).contains("127.0.0.1").doesNotContain(PASSWORD);

        robot.clickOn("#connect");
        await().atMost(Duration.ofSeconds(15)).until(() -> robot.lookup("#hostKeyDialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        String dialogText = robot.lookup("#hostKeyDialog .content").queryLabeled().getText();
        assertThat(dialogText).contains("ssh-rsa").contains("SHA256:");
        clickWhenShown(robot, "Don't connect");

        await().atMost(Duration.ofSeconds(15)).until(() -> status(robot).startsWith("Failed"));
        assertThat(status(robot)).contains("Unknown host key");
        assertThat(robot.lookup("#dashboard").tryQuery()).isEmpty();
        assertThat(Files.exists(dir.resolve("known_hosts")) ? Files.readString(dir.resolve("known_hosts")) : "")
                .doesNotContain(server.hostKeyBase64());

        robot.clickOn("#connect");
        await().atMost(Duration.ofSeconds(15)).until(() -> robot.lookup("#hostKeyDialog").tryQuery().isPresent());
        clickWhenShown(robot, "Trust and connect");
        // a router never set up shows the setup step first (decision 0211); Skip starts it with the defaults
        await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#setupSkip").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#setupSkip");
        await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#dashboard").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(dir.resolve("known_hosts"))).contains(server.hostKeyBase64());
        assertThat(robot.lookup("#routerName").queryLabeled().getText()).contains("Test router");
    }

    @Test
    void aChangedHostKeyIsABlockingErrorWithNoWayPast(FxRobot robot) throws Exception {
        server = new PasswordSshServer(PASSWORD);
        try (PasswordSshServer other = new PasswordSshServer("x")) {
            // known_hosts holds another key for this host:port: what a man in the middle looks like
            Files.writeString(dir.resolve("known_hosts"), "[127.0.0.1]:" + server.port() + " ssh-rsa " + other.hostKeyBase64() + "\n");
        }
        addRouter(robot);

        robot.clickOn("#connect");
        await().atMost(Duration.ofSeconds(15)).until(() -> robot.lookup("#hostKeyChanged").tryQuery().isPresent());
        assertThat(robot.lookup("#hostKeyDialog").tryQuery()).as("never offered to trust a changed key").isEmpty();
        clickWhenShown(robot, "OK");

        assertThat(status(robot)).startsWith("Failed").contains("HOST KEY CHANGED");
        assertThat(robot.lookup("#dashboard").tryQuery()).isEmpty();
    }

    @Test
    void aMalformedLineBeforeTheOldKeyStillShowsTheChangedKeyErrorNotTheFirstConnectionDialog(FxRobot robot) throws Exception {
        server = new PasswordSshServer(PASSWORD);
        try (PasswordSshServer other = new PasswordSshServer("x")) {
            Files.writeString(dir.resolve("known_hosts"), "junk ssh-ed25519 @@@notbase64@@@\n"
                    + "[127.0.0.1]:" + server.port() + " ssh-rsa " + other.hostKeyBase64() + "\n");
        }
        String before = Files.readString(dir.resolve("known_hosts"));
        addRouter(robot);

        robot.clickOn("#connect");
        await().atMost(Duration.ofSeconds(15)).until(() -> robot.lookup("#hostKeyChanged").tryQuery().isPresent());
        assertThat(robot.lookup("#hostKeyDialog").tryQuery()).as("never the first-connection dialog").isEmpty();
        clickWhenShown(robot, "OK");

        assertThat(status(robot)).startsWith("Failed").contains("HOST KEY CHANGED");
        assertThat(Files.readString(dir.resolve("known_hosts"))).isEqualTo(before);
    }

    @Test
    void aRevokedHostKeyIsABlockingErrorNamingTheLine(FxRobot robot) throws Exception {
        server = new PasswordSshServer(PASSWORD);
        Files.writeString(dir.resolve("known_hosts"), "[127.0.0.1]:" + server.port() + " ssh-rsa " + server.hostKeyBase64()
                + "\n@revoked * ssh-rsa " + server.hostKeyBase64() + "\n");
        addRouter(robot);

        robot.clickOn("#connect");
        await().atMost(Duration.ofSeconds(15)).until(() -> robot.lookup("#hostKeyChanged").tryQuery().isPresent());
        assertThat(robot.lookup("#hostKeyDialog").tryQuery()).isEmpty();
        clickWhenShown(robot, "OK");

        assertThat(status(robot)).startsWith("Failed").contains("REVOKED").contains("known_hosts:2");
        assertThat(robot.lookup("#dashboard").tryQuery()).isEmpty();
    }

    /** A dialog's nodes exist a moment before its window shows (longer on a loaded machine): wait, then click. */
    private static void clickWhenShown(FxRobot robot, String query) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> robot.lookup(query).match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(query).match(org.testfx.util.NodeQueryUtils.isVisible()).<javafx.scene.Node>query());
    }

    private void addRouter(FxRobot robot) {
        robot.clickOn("#addRouter");
        robot.clickOn("#newRouterName").write("Test router");
        robot.clickOn("#newRouterHost").write("127.0.0.1");
        robot.clickOn("#newRouterPort").write(String.valueOf(server.port()));
        robot.clickOn("#newRouterUser").write("tester");
        robot.clickOn("#newRouterPassword").write(PASSWORD);
        robot.clickOn("Add");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(dir.resolve("settings.json")));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#statusBar").queryAs(StatusBar.class).getText();
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
