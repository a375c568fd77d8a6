package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.engine.SessionAssembler;
import io.github.vpnfailover.engine.SessionSpec;
import io.github.vpnfailover.router.PingProber;
import io.github.vpnfailover.router.Privilege;
import io.github.vpnfailover.router.Router;
import io.github.vpnfailover.router.ssh.HostKeyDecider;
import io.github.vpnfailover.router.ssh.SshLinkListener;
import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.store.StorePaths;
import io.github.vpnfailover.ui.session.RealConnector;
import io.github.vpnfailover.ui.session.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The desktop and {@code vpnfailover run} assemble a session from the same parts (decision 0140): for a profile and
 * the equivalent flags the specs are equal, and the desktop's real session gets sudo, its own liveness settings and
 * a history that opens even when the old file is unreadable.
 */
class SameAssemblyTest {

    private static final List<String> TARGETS = List.of("192.0.2.7", "192.0.2.8");

    @TempDir
    Path dir;

    @Test
    void desktopProfileAndRunFlagsGiveTheSameSessionSpec() throws Exception {
        StorePaths paths = new StorePaths(dir, dir);
        RunCommand cmd = new RunCommand();
        new CommandLine(cmd).parseArgs("--host", "r1.example", "--sudo", "--liveness-target", TARGETS.get(0),
                "--liveness-target", TARGETS.get(1), "--data-dir", dir.toString());
        SessionSpec daemon = cmd.sessionSpec(paths);

        var profile = new RouterProfile("office", "r1.example", null, null, null, List.of(), true,
                LivenessSettings.defaults().withTargets(TARGETS));
        SessionSpec desktop = new RealConnector(paths, new SessionAssembler(Clock.systemUTC())).spec(profile, daemon.policy());

        assertThat(desktop).isEqualTo(daemon);
        assertThat(desktop.routerKey()).isEqualTo("r1.example");
        assertThat(desktop.privilege()).isEqualTo(Privilege.SUDO);
        assertThat(desktop.liveness().targets()).isEqualTo(TARGETS);
        assertThat(desktop.livenessMonitor()).isTrue();
    }

    @Test
    void runWithAProfileAssemblesWhatTheDesktopAssemblesForIt() throws Exception {
        StorePaths paths = new StorePaths(dir, dir);
        var m = new io.github.vpnfailover.core.MeasureSettings("^tun[0-9]+$", List.of("10.9.0.1"), 3, 0.2, "http://10.9.0.1:8000/f",
                "http://10.9.0.1:8080/up", 2_000_000, 8, io.github.vpnfailover.core.RouteMode.DEFAULT, null);
        var profile = new RouterProfile("lab", "r2.example", 2222, "ops", null, List.of(), true,
                LivenessSettings.defaults().withTargets(TARGETS), m);
        new io.github.vpnfailover.store.SettingsStore(paths.settingsFile(), Clock.systemUTC())
                .save(io.github.vpnfailover.store.Settings.defaults().withRouters(List.of(profile)));
        RunCommand cmd = new RunCommand();
        new CommandLine(cmd).parseArgs("--profile", "lab", "--data-dir", dir.toString());
        SessionSpec daemon = cmd.sessionSpec(paths);
        SessionSpec desktop = new RealConnector(paths, new SessionAssembler(Clock.systemUTC())).spec(profile, Policy.defaults());

        assertThat(daemon).isEqualTo(desktop);
        assertThat(daemon.policy().measure()).isEqualTo(m);
        assertThat(daemon.privilege()).isEqualTo(Privilege.SUDO);
        assertThat(cmd.connection.target().port()).isEqualTo(2222);
        assertThat(cmd.connection.target().knownHosts()).as("the app's own known_hosts").isEqualTo(dir.resolve("known_hosts"));

        RunCommand override = new RunCommand();
        new CommandLine(override).parseArgs("--profile", "lab", "--data-dir", dir.toString(), "--ping-target", "10.9.0.2");
        assertThat(override.sessionSpec(paths).policy().measure().pingTargets()).as("a flag overrides the profile").containsExactly("10.9.0.2");
    }

    @Test
    void anUnknownProfileOrAProfileWithAHostIsAUsageError() {
        var out = new java.io.StringWriter();
        var line = new CommandLine(new RunCommand()).setErr(new java.io.PrintWriter(out));
        assertThat(line.execute("--profile", "nope", "--data-dir", dir.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(out.toString()).contains("--profile: no saved router called 'nope' (saved: ['This computer'])");
        assertThat(line.execute("--profile", "This computer", "--host", "h", "--data-dir", dir.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(out.toString()).contains("--profile and --host/--local exclude each other");
    }

    @Test
    void localProfileAndRunWithoutHostShareOneHistoryKey() throws Exception {
        RunCommand cmd = new RunCommand();
        new CommandLine(cmd).parseArgs("--data-dir", dir.toString());
        StorePaths paths = new StorePaths(dir, dir);
        SessionSpec daemon = cmd.sessionSpec(paths);
        SessionSpec desktop = new RealConnector(paths, new SessionAssembler(Clock.systemUTC())).spec(RouterProfile.local(), daemon.policy());
        assertThat(desktop).isEqualTo(daemon);
        assertThat(desktop.routerKey()).isEqualTo(RouterProfile.LOCAL_NAME);
        assertThat(desktop.privilege()).isEqualTo(Privilege.DIRECT);
    }

    @Test
    void desktopSessionHasSudoItsLivenessAndKeepsAnUnreadableHistoryAside() throws Exception {
        Files.write(dir.resolve("history.db"), "not a database, ".repeat(100).getBytes(StandardCharsets.UTF_8));
        var profile = new RouterProfile(RouterProfile.LOCAL_NAME, null, null, null, null, List.of(), true,
                LivenessSettings.defaults().withTargets(TARGETS));
        var connector = new RealConnector(new StorePaths(dir, dir), new SessionAssembler(Clock.systemUTC()));

        try (Session s = connector.open(profile, null, Policy.defaults(), HostKeyDecider.refuse(), SshLinkListener.none())) {
            assertThat(s.warning()).as("the user is told the old history was kept aside").isNotNull().contains("history.db");
            assertThat(s.engine().history("tun0", java.time.Instant.EPOCH, java.time.Instant.now()).get()).isEmpty();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .as("the unreadable file is kept, a new history started").contains("history.db")
                    .anyMatch(n -> n.startsWith("history.db") && !n.equals("history.db") && !n.endsWith("-journal")
                            && !n.endsWith("-wal") && !n.endsWith("-shm"));
        }
    }

    @Test
    void desktopAndDaemonSessionsAreBuiltFromTheSameParts() throws Exception {
        var profile = new RouterProfile(RouterProfile.LOCAL_NAME, null, null, null, null, List.of(), true,
                LivenessSettings.defaults().withTargets(TARGETS));
        StorePaths paths = new StorePaths(dir, dir);
        var assembler = new SessionAssembler(Clock.systemUTC());
        RunCommand cmd = new RunCommand();
        new CommandLine(cmd).parseArgs("--sudo", "--liveness-target", TARGETS.get(0), "--liveness-target", TARGETS.get(1),
                "--data-dir", dir.toString());
        SessionSpec daemonSpec = cmd.sessionSpec(paths);
        try (var daemon = assembler.open(link -> new io.github.vpnfailover.router.LocalShell(), daemonSpec);
             var desktop = assembler.open(link -> new io.github.vpnfailover.router.LocalShell(),
                     new RealConnector(paths, assembler).spec(profile, daemonSpec.policy()))) {
            assertThat(desktop.spec()).isEqualTo(daemon.spec());
            for (var s : List.of(daemon, desktop)) {
                assertThat(s.router()).isInstanceOf(Router.class);
                assertThat(((Router) s.router()).privilege()).isEqualTo(Privilege.SUDO);
                assertThat(s.prober()).isInstanceOf(PingProber.class);
            }
        }
    }
}
