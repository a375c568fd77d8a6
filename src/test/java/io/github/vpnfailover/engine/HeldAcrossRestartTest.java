package io.github.vpnfailover.engine;

import static io.github.vpnfailover.engine.FakeRouter.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.vpnfailover.engine.EngineEvent.WindowEvent;
import io.github.vpnfailover.router.ssh.HostKeyDecider;
import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.store.SettingsStore;
import io.github.vpnfailover.store.StorePaths;
import io.github.vpnfailover.testing.FakeParts;
import io.github.vpnfailover.ui.session.RealConnector;
import io.github.vpnfailover.ui.session.Session;
import io.github.vpnfailover.ui.session.SettingsService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator hold saved with the router profile (decision 0214): after a restart (a new store on the same file and
 * a new session through the desktop's connector) the held tunnel is out of rotation from the first cycle, though
 * it scores best; put back, the field leaves settings.json again.
 */
class HeldAcrossRestartTest {

    @TempDir
    Path dir;

    @Test
    void aSavedHoldKeepsTheTunnelOutOfRotationAfterARestart() throws Exception {
        Path file = dir.resolve("settings.json");
        try (SettingsService before = new SettingsService(new SettingsStore(file, Clock.systemUTC()))) {
            before.saveHold(RouterProfile.LOCAL_NAME, "tun0", true).get(5, TimeUnit.SECONDS);
        }
        assertThat(Files.readString(file)).contains("\"held\" : [ \"tun0\" ]");

        RouterProfile restarted = new SettingsStore(file, Clock.systemUTC()).load().settings().router(RouterProfile.LOCAL_NAME);
        assertThat(restarted.held()).containsExactly("tun0");
        FakeRouter router = new FakeRouter().tunnel("tun0", answers(20, 90)).tunnel("tun1", answers(60, 30));
        router.active = "tun0";
        RealConnector connector = new RealConnector(new StorePaths(dir, dir),
                new SessionAssembler(Clock.systemUTC(), FakeParts.of(shell -> router, shell -> null)));
        List<EngineEvent> events = new CopyOnWriteArrayList<>();
        Session s = connector.open(restarted, null, EngineTest.policy(1, 0.15, 0, true), HostKeyDecider.refuse(), link -> { });
        try {
            s.engine().addListener(events::add);
            s.start();
            await().atMost(10, TimeUnit.SECONDS).until(() -> events.stream().anyMatch(WindowEvent.class::isInstance));
            assertThat(events).filteredOn(WindowEvent.class::isInstance).first()
                    .satisfies(w -> assertThat(((WindowEvent) w).held()).containsExactly("tun0"));
            await().atMost(5, TimeUnit.SECONDS).until(() -> router.switches.contains("tun1"));
            assertThat(router.switches).as("tun0 scores best but stays held").doesNotContain("tun0");
        } finally {
            s.close();
        }

        try (SettingsService after = new SettingsService(new SettingsStore(file, Clock.systemUTC()))) {
            after.saveHold(RouterProfile.LOCAL_NAME, "tun0", false).get(5, TimeUnit.SECONDS);
        }
        assertThat(Files.readString(file)).doesNotContain("held");
    }
}
