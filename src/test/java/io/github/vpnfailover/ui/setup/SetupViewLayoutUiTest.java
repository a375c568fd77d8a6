package io.github.vpnfailover.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.Tunnel;
import io.github.vpnfailover.core.TunnelState;
import io.github.vpnfailover.router.RouterControl;
import io.github.vpnfailover.router.SwitchResult;
import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.ui.common.Theme;
import io.github.vpnfailover.ui.settings.ProfileFields;
import io.github.vpnfailover.ui.settings.RouterSettingsModel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The setup step in the room the main window's default 1200x760 leaves a router's tab, after Test with the default
 * ping target on a router where it answers through no tunnel (as on the namespace router): every line of help,
 * result and target check is shown whole. Seen in the real app before: the fix "choose an address every VPN
 * reaches" cut to "choose an ...", the help to "then Tes...", because the tunnel table kept its height.
 */
@ExtendWith(ApplicationExtension.class)
class SetupViewLayoutUiTest {

    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-io"));
    private SetupViewModel vm;

    /** Three tunnels, up; nothing answers through any of them, as 1.1.1.1 on a network that drops it. */
    private final RouterControl silentTargets = new RouterControl() {
        @Override
        public List<Tunnel> listTunnels(MeasureSettings s) {
            return List.of(new Tunnel("tun0", TunnelState.UP, List.of("10.8.0.1/32", "fe80::68eb:d4d5:e212:2667/64"), "10.8.0.2", null),
                    new Tunnel("tun1", TunnelState.UP, List.of("10.8.1.1/32", "fe80::913:2ee0:2885:c2dc/64"), "10.8.1.2", null),
                    new Tunnel("tun2", TunnelState.UP, List.of("10.8.2.1/32", "fe80::5e0b:9787:77f0:ff70/64"), "10.8.2.2", null));
        }

        @Override
        public Sample measure(String tunnel, MeasureSettings s) {
            return new Sample(tunnel, Instant.now(), null, null, null, null, 100.0, null, null,
                    "ping " + String.join(", ", s.pingTargets()) + ": 100% packet loss");
        }

        @Override
        public Optional<String> active() {
            return Optional.of("tun2");
        }

        @Override
        public SwitchResult switchTo(String tunnel, MeasureSettings settings) {
            throw new AssertionError("the setup step never switches");
        }

        @Override
        public String describe() {
            return "stand-in";
        }
    };

    @Start
    void start(Stage stage) {
        new Theme().apply(false);
        var form = new RouterSettingsModel(ProfileFields.of(new RouterProfile("100.96.75.218", "100.96.75.218", null, null,
                null, List.of()), MeasureSettings.defaults()));
        vm = new SetupViewModel(silentTargets, form, io, Platform::runLater);
        // 645 px: the window's default height less its title, tabs and status bar, read off the real app
        Scene scene = new Scene(new SetupView("100.96.75.218", vm, p -> { }, () -> { }), 1200, 645);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        vm.loadTunnels(MeasureSettings.defaults());
    }

    @AfterEach
    void stop() {
        io.shutdownNow();
    }

    @Test
    void afterATestWhoseTargetAnswersNowhereEveryLineIsShownWhole(FxRobot robot) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> vm.tunnelProperty().get() != null);
        robot.interact(() -> vm.test());
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(vm.busyProperty().get()).isFalse();
            assertThat(vm.targetsProperty().get()).contains("answers through no tunnel");
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#setupHelp", "#setupResult", "#setupTargets")) {
            Label label = robot.lookup(id).queryAs(Label.class);
            Text shown = (Text) label.lookup(".text");
            assertThat(shown.getText().replace("\n", " ")).as("%s as shown", id).isEqualTo(label.getText().replace("\n", " "));
        }
    }
}
