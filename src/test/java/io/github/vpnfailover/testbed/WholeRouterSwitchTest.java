package io.github.vpnfailover.testbed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.Ipv6Action;
import io.github.vpnfailover.core.Ipv6Mode;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.SwitchOptions;
import io.github.vpnfailover.router.ConntrackFlush;
import io.github.vpnfailover.router.CountingShell;
import io.github.vpnfailover.router.PingProber;
import io.github.vpnfailover.router.Privilege;
import io.github.vpnfailover.router.ProbeLine;
import io.github.vpnfailover.router.Router;
import io.github.vpnfailover.router.SwitchResult;
import io.github.vpnfailover.router.ssh.SshConnector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole router over real SSH (decisions 0170-0172): two OpenVPN tunnels, IPv6 on tun1 only, an IPv6 WAN where a
 * leak would go, and a LAN client NATed into the tunnels. Each switch is one SSH invocation; IPv6 follows the tunnel
 * or is blocked; a LAN client's old flow is reset at its next packet with the flush and hangs without it.
 */
class WholeRouterSwitchTest {

    private static NamespaceRouter net;
    private static LanClient lan;
    private static Ipv6Edge ipv6;
    private static CountingShell shell;
    private static Path dir;

    @BeforeAll
    static void build() throws Exception {
        NamespaceRouter.assumeAvailable();
        for (String tool : List.of("/usr/sbin/nft", "/usr/sbin/conntrack")) {
            Assumptions.assumeTrue(Files.isExecutable(Path.of(tool)), "needs " + tool + " (apt-get install nftables conntrack)");
        }
        dir = Files.createTempDirectory("vfm-whole-");
        net = NamespaceRouter.start(List.of(new NamespaceRouter.TunnelSpec(20, 20), new NamespaceRouter.TunnelSpec(20, 20)));
        lan = LanClient.attach(net);
        ipv6 = new Ipv6Edge(net);
        ipv6.tunnel(1);
        ipv6.wan();
        shell = new CountingShell(SshConnector.open(net.sshTarget(dir.resolve("known_hosts"), "root"), Bed.ssh(dir, s -> { })));
    }

    @AfterAll
    static void tearDown() {
        if (shell != null) {
            shell.close();
        }
        for (AutoCloseable c : new AutoCloseable[] {lan, ipv6, net}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // best effort
            }
        }
    }

    private static Router router(boolean flush) {
        return new Router(shell, Clock.systemUTC(), Privilege.DIRECT, new SwitchOptions(Ipv6Mode.BLOCK, flush));
    }

    private static SwitchResult switchTo(Router router, String tunnel) throws Exception {
        shell.reset();
        SwitchResult r = router.switchTo(tunnel, Bed.measure(net, 1, 0, 5));
        assertThat(shell.commands()).as("SSH invocations of one switch").hasSize(1);
        assertThat(r.verified()).as(r.detail()).isTrue();
        return r;
    }

    private static String whoami4(String ns) throws Exception {
        return Netns.in(ns, "curl", "-sS", "--max-time", "2", "http://" + NamespaceRouter.INTERNET + ":" + NamespaceRouter.HTTP_PORT
                + "/whoami").trim();
    }

    @Test
    void ipv6FollowsTheTunnelOrIsBlockedAndEverySwitchIsOneSshInvocation() throws Exception {
        net.routeVia(0);
        net.exec("sh", "-c", "ip -6 route del ::/1; ip -6 route del 8000::/1; true");
        assertThat(Ipv6Edge.whoami6(net.routerNs)).as("before any switch, IPv6 leaves through the WAN").startsWith("wan ");
        SwitchResult toSix = switchTo(router(true), "tun1");
        assertThat(toSix.ipv6()).isEqualTo(Ipv6Action.ROUTED);
        assertThat(Ipv6Edge.whoami6(net.routerNs)).isEqualTo("exit1 fd08:1::1");
        assertThat(Ipv6Edge.whoami6(lan.ns)).as("the LAN client's IPv6, NATed into tun1").isEqualTo("exit1 fd08:1::1");
        assertThat(whoami4(lan.ns)).isEqualTo("exit1 10.8.1.1");
        SwitchResult toFour = switchTo(router(true), "tun0");
        assertThat(toFour.ipv6()).isEqualTo(Ipv6Action.BLOCKED);
        assertThat(Ipv6Edge.whoami6(net.routerNs)).as("blocked: nothing through the WAN").startsWith("failed").doesNotContain("wan ");
        assertThat(Ipv6Edge.whoami6(lan.ns)).startsWith("failed");
        assertThat(whoami4(lan.ns)).isEqualTo("exit0 10.8.0.1");
        System.out.println("[whole-router] to tun1: " + toSix.detail() + "\n[whole-router] to tun0: " + toFour.detail());
    }

    @Test
    void aTunnelIsMeasuredOverIpv6WithPingAndCurlBoundToIt() throws Exception {
        switchTo(router(true), "tun1");
        String url = "http://[" + Ipv6Edge.INTERNET6 + "]:" + NamespaceRouter.HTTP_PORT + "/download/200000";
        var settings = new MeasureSettings("^tun[0-9]+$", List.of(Ipv6Edge.INTERNET6), 3, 0.2, url, null, 200_000, 5, RouteMode.DEF1, null);
        Sample s = router(true).measure("tun1", settings);
        System.out.println("[whole-router] tun1 over IPv6: " + s);
        assertThat(s.error()).isNull();
        assertThat(s.latencyMs()).isBetween(15.0, 60.0);
        assertThat(s.downloadMbps()).isPositive();
        assertThat(router(true).measure("tun0", settings).error()).as("tun0 has no IPv6").isNotNull();
        switchTo(router(true), "tun0");
        // decision 0176: IPv6 bound to tun1 goes through tun1's own table while the router's IPv6 is blocked
        Sample idle = router(true).measure("tun1", settings);
        System.out.println("[whole-router] tun1 over IPv6 while IPv6 is blocked: " + idle);
        assertThat(idle.error()).isNull();
        assertThat(idle.latencyMs()).isBetween(15.0, 60.0);
        assertThat(idle.downloadMbps()).isPositive();
        router(true).measure("tun1", settings);
        String table = String.valueOf(1_750_000 + Integer.parseInt(net.exec("cat", "/sys/class/net/tun1/ifindex").strip()));
        assertThat(net.exec("ip", "-6", "rule").lines().filter(l -> l.contains("oif tun1")).toList())
                .as("one rule after two measures").containsExactly("32700:\tfrom all oif tun1 lookup " + table);
        assertThat(net.exec("ip", "rule")).as("IPv4 rules untouched").doesNotContain("tun1");
        assertThat(Ipv6Edge.whoami6(net.routerNs)).as("the router's own IPv6 is still blocked").startsWith("failed");
        assertThat(Ipv6Edge.whoami6(lan.ns)).as("and the LAN client's").startsWith("failed");
        assertThat(router(true).activeRoutes().ipv6Blocked()).isTrue();
        net.exec("ip", "-6", "rule", "del", "pref", "32700", "oif", "tun1");
        // the liveness stream sets the rule itself
        var lines = new java.util.concurrent.LinkedBlockingQueue<ProbeLine>();
        try (var stream = new PingProber(shell).start("tun1", List.of(Ipv6Edge.INTERNET6), 200, 1000, lines::add)) {
            ProbeLine line = lines.poll(5, java.util.concurrent.TimeUnit.SECONDS);
            while (line != null && !(line instanceof ProbeLine.Reply)) {
                line = lines.poll(5, java.util.concurrent.TimeUnit.SECONDS);
            }
            assertThat(line).as("the liveness stream's IPv6 reply through the idle tun1").isInstanceOf(ProbeLine.Reply.class);
        }
    }

    @Test
    void aLanClientsOldFlowIsResetAtItsNextPacketWithTheFlushAndHangsBehindSnatWithout() throws Exception {
        switchTo(router(true), "tun0");
        try {
            double[] masqFlush = failover(true);
            double[] masqKeep = failover(false);
            lan.nat(true);
            double[] snatFlush = failover(true);
            double[] snatKeep = failover(false);
            print("masquerade", masqFlush, masqKeep);
            print("snat", snatFlush, snatKeep);
            assertThat(masqFlush[1]).as("masquerade + flush: ms from kill to the old flow's reset").isBetween(0.0, 2500.0);
            assertThat(masqKeep[1]).as("masquerade without flush: the kernel drops the entry at the first packet, the second is reset")
                    .isGreaterThan(masqFlush[1] + 500);
            assertThat(snatFlush[1]).as("snat + flush").isBetween(0.0, 2500.0);
            assertThat(snatKeep[1]).as("snat without the flush: the old flow hangs").isLessThan(0);
        } finally {
            lan.nat(false);
        }
    }

    private static void print(String nat, double[] flush, double[] keep) {
        System.out.printf(Locale.ROOT, "[whole-router] %s, kill tun0 then one switch to tun1 (client keepalive 1 s): new connection"
                + " through tun1 after %.0f ms (flush) / %.0f ms (no flush); old flow reset after %.0f ms with the flush, %s without%n",
                nat, flush[0], keep[0], flush[1], keep[1] < 0 ? "still hanging after 4 s" : String.format(Locale.ROOT, "%.0f ms", keep[1]));
    }

    /** Download through tun0, kill it, switch to tun1: {ms to a new connection via exit1, ms to the old flow's error or -1}. */
    private static double[] failover(boolean flush) throws Exception {
        lan.startDownload(NamespaceRouter.INTERNET);
        long killed = System.nanoTime();
        net.killTunnel(0);
        SwitchResult r = switchTo(router(flush), "tun1");
        lan.probe("exit1");
        String ok = lan.await("probe-ok", Duration.ofSeconds(5));
        String error = lan.await("error", Duration.ofSeconds(4));
        assertThat(ok).as("a new connection through tun1").isNotNull();
        if (flush) {
            assertThat(r.conntrack().status()).isEqualTo(ConntrackFlush.Status.FLUSHED);
        }
        if (error != null) {
            assertThat(error).as("the old flow's error").contains("ECONNRESET");
        }
        net.restoreTunnel(0);
        switchTo(router(true), "tun0");
        return new double[] {(LanClient.time(ok, 1) - killed) / 1e6, error == null ? -1 : (LanClient.time(error, 1) - killed) / 1e6};
    }
}
