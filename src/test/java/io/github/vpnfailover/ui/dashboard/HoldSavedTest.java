package io.github.vpnfailover.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.store.SettingsStore;
import io.github.vpnfailover.ui.FakeEngine;
import io.github.vpnfailover.ui.common.ConnectionStatus;
import io.github.vpnfailover.ui.session.SettingsService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table's hold goes to the engine and, through the hook MainWindow sets, into settings.json (decision 0214). */
class HoldSavedTest {

    @TempDir
    Path dir;

    @Test
    void holdingAndReleasingATunnelIsSavedWithTheProfile() throws Exception {
        Clock clock = Clock.systemUTC();
        FakeEngine engine = FakeEngine.manual();
        Path file = dir.resolve("settings.json");
        try (SettingsService settings = new SettingsService(new SettingsStore(file, clock))) {
            var vm = new DashboardViewModel(engine, (t, x, p) -> { }, Runnable::run, Runnable::run, clock,
                    p -> CompletableFuture.completedFuture(null), new ConnectionStatus(clock::instant));
            CompletableFuture<?>[] last = new CompletableFuture<?>[1];
            vm.setOnHold((tunnel, held) -> last[0] = settings.saveHold(RouterProfile.LOCAL_NAME, tunnel, held));
            vm.hold(new TunnelRow("tun1"), true);
            last[0].get(5, TimeUnit.SECONDS);
            assertThat(engine.held).containsExactly("tun1");
            assertThat(new SettingsStore(file, clock).load().settings().router(RouterProfile.LOCAL_NAME).held()).containsExactly("tun1");
            vm.hold(new TunnelRow("tun1"), false);
            last[0].get(5, TimeUnit.SECONDS);
            assertThat(engine.held).isEmpty();
            assertThat(new SettingsStore(file, clock).load().settings().router(RouterProfile.LOCAL_NAME).held()).isEmpty();
        }
    }
}
