package io.github.vpnfailover.testbed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.Ipv6Action;
import io.github.vpnfailover.core.Ipv6Mode;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.SwitchOptions;
import io.github.vpnfailover.router.ConntrackFlush;
import io.github.vpnfailover.router.Privilege;
import io.github.vpnfailover.router.Router;
import io.github.vpnfailover.router.SwitchResult;
import io.github.vpnfailover.router.ssh.SshConnector;
import io.github.vpnfailover.router.ssh.SshShell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every sudoers line of docs/least-privilege.md, installed as written for a non-root login on the namespace router, and
 * each thing they are there for done as that user over real SSH with {@code --sudo}: both families of a switch, the
 * conntrack flush, an idle tap's own route and rule (decision 0174), the bound IPv6 route (0176), the WireGuard handshake age. Without sudo the
 * same user gets the router's refusal, said in the result.
 */
class LeastPrivilegeTest {

    private static final String USER = "vpnfailover";

    private static NamespaceRouter net;
    private static Ipv6Edge ipv6;
    private static SshShell shell;
    private static Path dir;

    @BeforeAll
    static void build() throws Exception {
        NamespaceRouter.assumeAvailable();
        dir = Files.createTempDirectory("vfm-least-");
        String lines = Files.readAllLines(Path.of("docs/least-privilege.md")).stream().filter(l -> l.startsWith(USER + " ALL="))
                .collect(Collectors.joining("\n"));
        assertThat(lines.lines()).as("the documented lines").hasSizeGreaterThanOrEqualTo(6);
        net = NamespaceRouter.start(List.of(new NamespaceRouter.TunnelSpec(10, 10), new NamespaceRouter.TunnelSpec(10, 10)),
                SudoersUser.with(dir, USER, lines));
        ipv6 = new Ipv6Edge(net);
        ipv6.tunnel(1);
        ipv6.wan();
        shell = SshConnector.open(net.sshTarget(dir.resolve("known_hosts"), USER), Bed.ssh(dir, s -> { }));
        assertThat(shell.run("id -u", Duration.ofSeconds(5)).stdout().strip()).isNotEqualTo("0");
    }

    @AfterAll
    static void tearDown() {
        if (shell != null) {
            shell.close();
        }
        for (AutoCloseable c : new AutoCloseable[] {ipv6, net}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // best effort
            }
        }
    }

    private static Router router(Privilege privilege) {
        return new Router(shell, Clock.systemUTC(), privilege, new SwitchOptions(Ipv6Mode.BLOCK, true));
    }

    @Test
    void bothFamiliesAndTheConntrackFlushGoThroughTheDocumentedLines() throws Exception {
        net.routeVia(0);
        SwitchResult toSix = router(Privilege.SUDO).switchTo("tun1", Bed.measure(net, 1, 0, 5));
        System.out.println("[least privilege] to tun1: " + toSix.detail() + "; conntrack " + toSix.conntrack());
        assertThat(toSix.verified()).as(toSix.detail()).isTrue();
        assertThat(toSix.ipv6()).isEqualTo(Ipv6Action.ROUTED);
        assertThat(toSix.conntrack().status()).as(toSix.conntrack().detail()).isEqualTo(ConntrackFlush.Status.FLUSHED);
        assertThat(Ipv6Edge.whoami6(net.routerNs)).isEqualTo("exit1 fd08:1::1");
        SwitchResult toFour = router(Privilege.SUDO).switchTo("tun0", Bed.measure(net, 1, 0, 5));
        assertThat(toFour.verified()).as(toFour.detail()).isTrue();
        assertThat(toFour.ipv6()).isEqualTo(Ipv6Action.BLOCKED);
        assertThat(toFour.conntrack().status()).as(toFour.conntrack().detail()).isEqualTo(ConntrackFlush.Status.FLUSHED);
        assertThat(Ipv6Edge.whoami6(net.routerNs)).as("blocked, not leaked").startsWith("failed");
        assertThat(net.exitSeenByInternet()).startsWith("exit0 ");
    }

    @Test
    void anIdleTapsRouteAndRuleAreRefusedWithoutSudoAndSetThroughTheDocumentedLines() throws Exception {
        net.routeVia(0);
        net.exec("ip", "tuntap", "add", "dev", "tap7", "mode", "tap");
        net.exec("ip", "addr", "add", "10.6.7.2/24", "dev", "tap7");
        net.exec("ip", "link", "set", "tap7", "up");
        net.exec("ip", "route", "add", "10.66.7.0/24", "via", "10.6.7.1", "dev", "tap7");
        Sample refused = router(Privilege.DIRECT).measure("tap7", Bed.measure(net, 1, 0, 5));
        System.out.println("[least privilege] idle tap without sudo: " + refused.error());
        assertThat(refused.error()).contains("the route for sockets bound to the tap tap7 could not be set",
                "Operation not permitted", "docs/least-privilege.md");
        assertThat(net.exec("ip", "rule")).doesNotContain("tap7");
        Sample allowed = router(Privilege.SUDO).measure("tap7", Bed.measure(net, 1, 0, 5));
        System.out.println("[least privilege] idle tap with sudo: " + allowed.error());
        assertThat(allowed.error()).as("no far end on this tap, so still no answer, but no refusal")
                .doesNotContain("could not be set");
        String table = String.valueOf(1_740_000 + Integer.parseInt(net.exec("cat", "/sys/class/net/tap7/ifindex").strip()));
        assertThat(net.exec("ip", "rule")).contains("oif tap7 lookup " + table);
        assertThat(net.exec("ip", "route", "show", "table", table)).contains("default via 10.6.7.1 dev tap7");
        assertThat(net.exitSeenByInternet()).as("ordinary traffic untouched").startsWith("exit0 ");
    }

    @Test
    void ipv6TargetsThroughATunnelIpv6IsNotRoutedThroughAreRefusedWithoutSudoAndReachedWithIt() throws Exception {
        net.routeVia(1);
        assertThat(router(Privilege.SUDO).switchTo("tun0", Bed.measure(net, 1, 0, 5)).ipv6()).isEqualTo(Ipv6Action.BLOCKED);
        net.exec("sh", "-c", "ip -6 rule del pref 32700 oif tun1 2>/dev/null; true");
        var settings = new io.github.vpnfailover.core.MeasureSettings("^tun[0-9]+$", List.of(Ipv6Edge.INTERNET6), 2, 0.2,
                null, null, 1, 5, io.github.vpnfailover.core.RouteMode.DEF1, null);
        Sample refused = router(Privilege.DIRECT).measure("tun1", settings);
        System.out.println("[least privilege] tun1 over IPv6 without sudo: " + refused.error());
        assertThat(refused.error()).contains("the IPv6 route for sockets bound to tun1 could not be set",
                "Operation not permitted", "docs/least-privilege.md");
        Sample allowed = router(Privilege.SUDO).measure("tun1", settings);
        System.out.println("[least privilege] tun1 over IPv6 with sudo: " + allowed);
        assertThat(allowed.error()).isNull();
        assertThat(allowed.lossPercent()).isZero();
        assertThat(Ipv6Edge.whoami6(net.routerNs)).as("the block stays").startsWith("failed");
    }

    @Test
    void theWireGuardHandshakeAgeIsReadThroughTheDocumentedLine() throws Exception {
        String wg = net.addWireGuard();
        var settings = Bed.measure(net, 2, 0, 5);
        Sample plain = router(Privilege.DIRECT).measure(wg, settings);
        System.out.println("[least privilege] " + wg + " without sudo: " + plain.error());
        assertThat(plain.handshakeAgeSeconds()).isNull();
        assertThat(plain.error()).contains("handshake");
        Sample viaSudo = router(Privilege.SUDO).measure(wg, settings);
        System.out.println("[least privilege] " + wg + " with sudo: handshake " + viaSudo.handshakeAgeSeconds() + " s, " + viaSudo.error());
        assertThat(viaSudo.handshakeAgeSeconds()).isNotNull().isBetween(0.0, 180.0);
        assertThat(viaSudo.isGood()).isTrue();
    }
}
