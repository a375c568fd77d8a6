package io.github.vpnfailover.testbed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vpnfailover.cli.UserView;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.core.Tunnel;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.router.CommandResult;
import io.github.vpnfailover.router.Privilege;
import io.github.vpnfailover.router.Router;
import io.github.vpnfailover.router.SwitchResult;
import io.github.vpnfailover.router.UnsafeValueException;
import io.github.vpnfailover.router.ssh.InvalidTargetException;
import io.github.vpnfailover.router.ssh.SshConnector;
import io.github.vpnfailover.router.ssh.SshShell;
import io.github.vpnfailover.router.ssh.SshTarget;
import io.github.vpnfailover.testbed.NamespaceRouter.TunnelSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8: a switch without privileges, the least-privilege sudoers line, hostile names and values, on the namespace router. */
class RouterSecurityTest {

    private static final List<TunnelSpec> TWO = List.of(new TunnelSpec(10, 10), new TunnelSpec(10, 10));
    private static final String USER = "vpnfailover";

    @TempDir
    Path dir;

    @BeforeEach
    void needsRoot() {
        NamespaceRouter.assumeAvailable();
    }

    /** The sudoers line exactly as docs/least-privilege.md gives it. */
    static String documentedSudoersLine() throws Exception {
        return Files.readAllLines(Path.of("docs/least-privilege.md")).stream().filter(l -> l.startsWith(USER + " ALL="))
                .findFirst().orElseThrow(() -> new AssertionError("no sudoers line for " + USER + " in docs/least-privilege.md"));
    }

    @Test
    void switchAsNonRootFailsWithTheRoutersErrorAndWorksThroughTheDocumentedSudoersLine() throws Exception {
        var net = NamespaceRouter.start(TWO, SudoersUser.with(dir, USER, documentedSudoersLine()));
        try (var rig = Rig.over("non-root", dir, net, USER, Privilege.DIRECT, RouterFaultTest.policy(Bed.measure(net, 2, 0, 5), 1, true))) {
            assertThat(rig.shell.run("id -u", Duration.ofSeconds(5)).stdout().trim()).isNotEqualTo("0");
            rig.engine.runOnce().get(60, TimeUnit.SECONDS);
            assertThat(rig.log.of(EngineEvent.SampleEvent.class)).as("measuring needs no privilege").hasSize(2)
                    .allMatch(e -> e.sample().isGood());
            String before = net.routes();
            SwitchResult refused = rig.engine.switchNow("tun1").get(30, TimeUnit.SECONDS);
            System.out.println("[non-root] user sees: " + UserView.text(rig.log.of(EngineEvent.SwitchEvent.class).get(0)));
            assertThat(refused.verified()).isFalse();
            assertThat(refused.detail()).contains("the router refused the route change").contains("Operation not permitted");
            assertThat(rig.log.of(EngineEvent.ErrorEvent.class)).anySatisfy(e -> assertThat(e.message()).contains("Operation not permitted"));
            assertThat(net.routes()).isEqualTo(before);
            assertThat(net.exitSeenByInternet()).startsWith("exit0 ");

            var withSudo = new Router(rig.shell, Clock.systemUTC(), Privilege.SUDO);
            SwitchResult done = withSudo.switchTo("tun1", rig.engine.policy().measure());
            System.out.println("[non-root] with --sudo: " + done.detail());
            assertThat(done.verified()).isTrue();
            assertThat(net.exitSeenByInternet()).startsWith("exit1 ");
            var defaultMode = new MeasureSettings("^tun[0-9]+$", List.of(), 1, 1, null, null, 1, 1, RouteMode.DEFAULT, null);
            // def1 routes (now on tun1) beat a default route, so the default-mode check uses the same tunnel.
            SwitchResult viaDefault = withSudo.switchTo("tun1", defaultMode);
            assertThat(viaDefault.verified()).as(viaDefault.detail()).isTrue();
            assertThat(net.routes()).contains("default via " + net.peer(1) + " dev tun1");

            // The line allows those replacements and nothing else.
            for (String other : List.of("sudo -n ip route del 0.0.0.0/1", "sudo -n ip link set tun0 down",
                    "sudo -n ip route replace 0.0.0.0/1 via 10.8.0.2 dev tun0 table 7", "sudo -n id")) {
                CommandResult r = rig.shell.run(other, Duration.ofSeconds(10));
                System.out.println("[non-root] '" + other + "' -> exit " + r.exitCode() + ": " + r.stderr().strip());
                assertThat(r.exitCode()).as(other).isNotZero();
                assertThat(r.stderr()).as(other).contains("sudo:");
            }
            assertThat(net.tunnelExists(0)).isTrue();
            rig.assertNoSampleLost();
        }
    }

    @Test
    void hostileInterfaceNamesOnTheRouterAndHostileProfileValuesAreNeverExecuted() throws Exception {
        String marker = "vfm-h-pwn-" + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt(1 << 16));
        Path home = Path.of("/root");
        // Names the kernel accepts (no '/', ':' or white space, < 16 bytes) that a shell would run.
        List<String> hostile = List.of("tun$(id)", "tun;id>" + marker.substring(10), "tun`id`", "tun'x", "tun|id");
        try (var rig = Rig.start("hostile", dir, TWO, net -> RouterFaultTest.policy(
                new MeasureSettings(MeasureSettings.DEFAULT_TUNNEL_PATTERN, List.of(NamespaceRouter.INTERNET), 2, 0.2, null, null, 1, 2,
                        RouteMode.DEF1, null), 1, true))) {
            for (String name : hostile) {
                rig.net.addLink(name);
            }
            var router = new Router(rig.shell);
            List<Tunnel> listed = router.listTunnels(rig.engine.policy().measure());
            System.out.println("[hostile] listed: " + listed.stream().map(t -> t.name() + (t.isUsable() ? "" : " (refused: "
                    + t.invalidReason() + ")")).toList());
            assertThat(listed.stream().filter(t -> hostile.contains(t.name()))).hasSize(hostile.size()).noneMatch(Tunnel::isUsable);
            rig.engine.runOnce().get(60, TimeUnit.SECONDS);
            assertThat(rig.log.of(EngineEvent.SampleEvent.class)).extracting(s -> s.sample().tunnel()).containsExactlyInAnyOrder("tun0", "tun1");
            for (String name : hostile) {
                assertThatThrownBy(() -> router.switchTo(name, rig.engine.policy().measure())).isInstanceOf(UnsafeValueException.class);
                assertThatThrownBy(() -> router.measure(name, rig.engine.policy().measure())).isInstanceOf(UnsafeValueException.class);
            }
            String touch = "touch " + home.resolve(marker);
            for (String url : List.of("http://10.9.0.1:8080/x';" + touch + ";'", "http://10.9.0.1:8080/$(" + touch + ")",
                    "http://10.9.0.1:8080/\"`" + touch + "`\"")) {
                var bad = new MeasureSettings("^tun[0-9]+$", List.of(NamespaceRouter.INTERNET), 1, 0.2, url, null, 1000, 2, RouteMode.DEF1, null);
                assertThatThrownBy(() -> router.measure("tun0", bad)).as(url).isInstanceOf(UnsafeValueException.class);
            }
            var badTarget = new MeasureSettings("^tun[0-9]+$", List.of("10.9.0.1;" + touch), 1, 0.2, null, null, 1, 2, RouteMode.DEF1, null);
            assertThatThrownBy(() -> router.measure("tun0", badTarget)).isInstanceOf(UnsafeValueException.class);
            Path known = dir.resolve("known_hosts");
            for (String host : List.of("-oProxyCommand=" + touch, rig.net.managementAddress() + " -oProxyCommand=" + touch)) {
                var target = new SshTarget(host, 22, "root", rig.net.sshd().clientKey(), known, false, null);
                assertThatThrownBy(() -> SshConnector.open(target, Bed.ssh(dir, s -> { }))).isInstanceOf(InvalidTargetException.class);
            }
            Path spaced = Files.createDirectories(dir.resolve("key dir with spaces")).resolve("id ed25519 'q'");
            Files.copy(rig.net.sshd().clientKey(), spaced);
            Files.setPosixFilePermissions(spaced, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            var spacedTarget = new SshTarget(rig.net.managementAddress(), 22, "root", spaced, known, false, null);
            try (SshShell viaSpaced = SshConnector.open(spacedTarget, Bed.ssh(dir, s -> { }))) {
                assertThat(viaSpaced.run("echo ok", Duration.ofSeconds(5)).stdout()).isEqualTo("ok\n");
            }
            assertThat(rig.shell.run("ls -d ~/" + marker + " ~/" + marker.substring(10) + " 2>&1; echo checked", Duration.ofSeconds(5))
                    .stdout()).contains("No such file").contains("checked");
            assertThat(home.resolve(marker)).doesNotExist();
            assertThat(home.resolve(marker.substring(10))).doesNotExist();
            assertThat(rig.log.of(EngineEvent.SwitchEvent.class)).isEmpty();
            rig.assertNoSampleLost();
        }
    }
}
