package io.github.vpnfailover.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.Tunnel;
import io.github.vpnfailover.core.TunnelState;
import io.github.vpnfailover.router.RouterControl;
import io.github.vpnfailover.router.SwitchResult;
import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.ui.settings.ProfileFields;
import io.github.vpnfailover.ui.settings.RouterSettingsModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The setup step's view model with injected executors and a stand-in router: no window, no FX thread. Test
 * measures on the io executor with exactly the entered settings and names a target that answers through no tunnel.
 */
class SetupViewModelTest {

    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-io"));
    private final List<String> threads = new ArrayList<>();
    private final List<MeasureSettings> measured = new ArrayList<>();

    @AfterEach
    void stop() {
        io.shutdownNow();
    }

    /** tun0 and tun1; 10.9.0.1 answers through both, anything else through none; transfers 19.5 down, 9.5 up. */
    private final RouterControl router = new RouterControl() {
        @Override
        public List<Tunnel> listTunnels(MeasureSettings s) {
            threads.add(Thread.currentThread().getName());
            return List.of(new Tunnel("tun0", TunnelState.UP, List.of("10.8.0.2/24"), null, null),
                    new Tunnel("tun1", TunnelState.UP, List.of("10.8.1.2/24"), null, null));
        }

        @Override
        public Sample measure(String tunnel, MeasureSettings s) {
            threads.add(Thread.currentThread().getName());
            measured.add(s);
            boolean answers = s.pingTargets().equals(List.of("10.9.0.1")) || s.pingTargets().size() > 1;
            return new Sample(tunnel, Instant.EPOCH, answers ? 21.0 : null, null, null, null, answers ? 0.0 : 100.0,
                    s.downloadUrl() == null ? null : 19.5, s.uploadUrl() == null ? null : 9.5, answers ? null : "ping: 100 % loss");
        }

        @Override
        public Optional<String> active() {
            return Optional.of("tun0");
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

    private SetupViewModel model(String livenessTargets) {
        var form = new RouterSettingsModel(ProfileFields.of(new RouterProfile("lab", "192.0.2.1", null, null, null, List.of()),
                MeasureSettings.defaults()));
        form.pingTargets.set("10.9.0.1");
        form.downloadUrl.set("http://10.9.0.1:8000/f.bin");
        form.uploadUrl.set("http://10.9.0.1:8080/up");
        form.livenessTargets.set(livenessTargets);
        return new SetupViewModel(router, form, io, Runnable::run);
    }

    @Test
    void testMeasuresTheSelectedTunnelWithTheEnteredSettingsOffTheCallingThread() throws Exception {
        SetupViewModel vm = model("10.9.0.1");
        vm.loadTunnels(MeasureSettings.defaults()).get(5, TimeUnit.SECONDS);
        assertThat(vm.tunnels()).extracting(Tunnel::name).containsExactly("tun0", "tun1");
        assertThat(vm.tunnelProperty().get()).isEqualTo("tun0");

        vm.test().get(5, TimeUnit.SECONDS);
        assertThat(threads).containsOnly("test-io");
        assertThat(measured.get(0).downloadUrl()).isEqualTo("http://10.9.0.1:8000/f.bin");
        assertThat(measured.get(0).pingTargets()).containsExactly("10.9.0.1");
        assertThat(vm.resultProperty().get()).isEqualTo("tun0: latency 21.0 ms, loss 0 %, down 19.50 Mbit/s, up 9.50 Mbit/s");
        assertThat(vm.targetsProperty().get()).isEqualTo("ping and liveness target 10.9.0.1 answers through tun0, tun1");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aTargetThatAnswersThroughNoTunnelIsNamed() throws Exception {
        SetupViewModel vm = model("10.9.0.99");
        vm.loadTunnels(MeasureSettings.defaults()).get(5, TimeUnit.SECONDS);
        vm.test().get(5, TimeUnit.SECONDS);
        assertThat(vm.targetsProperty().get()).isEqualTo("ping target 10.9.0.1 answers through tun0, tun1\n"
                + "liveness target 10.9.0.99 answers through no tunnel: choose an address every VPN reaches");
    }

    @Test
    void withNoLivenessTargetsTheCheckCoversWhatTheSessionWillPing() throws Exception {
        SetupViewModel named = model("");
        named.loadTunnels(MeasureSettings.defaults()).get(5, TimeUnit.SECONDS);
        named.test().get(5, TimeUnit.SECONDS);
        assertThat(named.targetsProperty().get()).isEqualTo("ping and liveness target 10.9.0.1 answers through tun0, tun1");

        // the built-in ping target is no choice of the user's: liveness then pings both public resolvers (decision 0121)
        SetupViewModel defaults = model("");
        defaults.form().pingTargets.set("1.1.1.1");
        defaults.loadTunnels(MeasureSettings.defaults()).get(5, TimeUnit.SECONDS);
        defaults.test().get(5, TimeUnit.SECONDS);
        assertThat(defaults.targetsProperty().get()).isEqualTo(
                "ping and liveness target 1.1.1.1 answers through no tunnel: choose an address every VPN reaches\n"
                + "liveness target 8.8.8.8 answers through no tunnel: choose an address every VPN reaches");
    }

    @Test
    void aFormWithAProblemIsNotMeasuredAndSaysWhy() throws Exception {
        SetupViewModel vm = model("10.9.0.1");
        vm.loadTunnels(MeasureSettings.defaults()).get(5, TimeUnit.SECONDS);
        vm.form().uploadUrl.set("ftp://x/");
        vm.test().get(5, TimeUnit.SECONDS);
        assertThat(measured).isEmpty();
        assertThat(vm.resultProperty().get()).startsWith("Upload URL: 'ftp://x/' is not allowed");
        assertThat(vm.profile()).isNull();
    }
}
