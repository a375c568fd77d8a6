package io.github.vpnfailover.testbed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.Tunnel;
import io.github.vpnfailover.router.CountingShell;
import io.github.vpnfailover.router.PingProber;
import io.github.vpnfailover.router.ProbeLine;
import io.github.vpnfailover.router.Router;
import io.github.vpnfailover.router.SwitchResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Tunnels without a peer address on the namespace router (decision 0173), with real OpenVPN 2.6 client/server
 * tunnels that pull {@code route-gateway} and a route: {@code dev tap} (tap0) and {@code dev tun} in
 * {@code topology subnet} (tuns1), beside the bed's static-key tun0. Listed with their gateway, switched to (tap with
 * {@code via GATEWAY}, the subnet tun with {@code dev} alone) with iproute2 and busybox ip, traffic checked at the
 * exit; a tap with no discoverable gateway is refused with no route changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeerlessOpenVpnTest {

    private NamespaceRouter net;
    private PeerlessOpenVpnLink tap;
    private PeerlessOpenVpnLink subnet;
    private Router router;

    @BeforeAll
    void bed() throws Exception {
        NamespaceRouter.assumeAvailable();
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "needs openssl (apt-get install openssl)");
        net = NamespaceRouter.start(List.of(new NamespaceRouter.TunnelSpec(10, 20)));
        tap = PeerlessOpenVpnLink.start(net, 0, true);
        subnet = PeerlessOpenVpnLink.start(net, 1, false);
        router = new Router(net.directShell());
    }

    @AfterAll
    void close() {
        for (AutoCloseable c : new AutoCloseable[] {tap, subnet, net}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // best effort: every part is closed
            }
        }
    }

    private static MeasureSettings settings(RouteMode mode) {
        return new MeasureSettings(MeasureSettings.DEFAULT_TUNNEL_PATTERN, List.of(NamespaceRouter.INTERNET), 3, 0.2,
                null, null, 100_000, 5, mode, null);
    }

    @Test
    @Order(1)
    void listsTapAndSubnetTunnelsWithTheirGatewayAndNoPeer() throws Exception {
        assertThat(tap.pushReply()).as("the server pushed it").contains("route-gateway " + tap.gateway());
        assertThat(subnet.pushReply()).contains("route-gateway " + subnet.gateway(), "topology subnet");
        List<Tunnel> tunnels = router.listTunnels(settings(RouteMode.DEF1));
        assertThat(tunnels).extracting(Tunnel::name).contains("tun0", tap.name, subnet.name);
        for (PeerlessOpenVpnLink l : List.of(tap, subnet)) {
            Tunnel t = tunnels.stream().filter(x -> x.name().equals(l.name)).findFirst().orElseThrow();
            assertThat(t.peer()).as(l.name + " peer").isNull();
            assertThat(t.gateway()).as(l.name + " gateway").isEqualTo(l.gateway());
            assertThat(net.routes()).contains(l.siteRoute() + " via " + l.gateway() + " dev " + l.name);
        }
        Tunnel tun0 = tunnels.stream().filter(x -> x.name().equals("tun0")).findFirst().orElseThrow();
        assertThat(tun0.peer()).isEqualTo(net.peer(0));
        assertThat(tun0.gateway()).as("a tunnel with a peer needs no gateway").isNull();
    }

    @Test
    @Order(2)
    void switchToTapRoutesViaTheGatewayAndTrafficLeavesThroughItsExit() throws Exception {
        SwitchResult r = router.switchTo(tap.name, settings(RouteMode.DEF1));
        System.out.println("tap switch: " + r.detail());
        assertThat(r.verified()).as(r.detail()).isTrue();
        assertThat(net.routes()).contains("0.0.0.0/1 via " + tap.gateway() + " dev " + tap.name,
                "128.0.0.0/1 via " + tap.gateway() + " dev " + tap.name);
        assertThat(router.active()).contains(tap.name);
        assertThat(net.exitSeenByInternet()).startsWith(tap.exitName + " 10.6.0.");
        var withDownload = new MeasureSettings(MeasureSettings.DEFAULT_TUNNEL_PATTERN, List.of(NamespaceRouter.INTERNET), 3, 0.2,
                net.downloadUrl(200_000), null, 200_000, 5, RouteMode.DEF1, null);
        Sample s = router.measure(tap.name, withDownload);
        assertThat(s.error()).as("ping -I and curl --interface " + tap.name).isNull();
        assertThat(s.lossPercent()).isZero();
        assertThat(s.downloadMbps()).isPositive();
    }

    @Test
    @Order(3)
    void switchToSubnetTunUsesDevAlone() throws Exception {
        SwitchResult r = router.switchTo(subnet.name, settings(RouteMode.DEF1));
        System.out.println("subnet switch: " + r.detail());
        assertThat(r.verified()).as(r.detail()).isTrue();
        assertThat(net.routes()).contains("0.0.0.0/1 dev " + subnet.name, "128.0.0.0/1 dev " + subnet.name);
        assertThat(router.active()).contains(subnet.name);
        assertThat(net.exitSeenByInternet()).startsWith(subnet.exitName + " 10.6.1.");
    }

    @Test
    @Order(4)
    void busyboxIpSwitchesToTheTapInDefaultModeTheSameWay() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/busybox")), "needs busybox (apt-get install busybox)");
        Path bin = Files.createDirectories(net.directory().resolve("bin-busybox"));
        if (!Files.exists(bin.resolve("ip"))) {
            Files.createSymbolicLink(bin.resolve("ip"), Path.of("/usr/bin/busybox"));
        }
        var busybox = new Router(new CountingShell(net.directShell(), "PATH=" + bin + ":$PATH; export PATH\n"));
        net.exec("ip", "route", "del", "0.0.0.0/1");
        net.exec("ip", "route", "del", "128.0.0.0/1");
        Tunnel t = busybox.listTunnels(settings(RouteMode.DEFAULT)).stream().filter(x -> x.name().equals(tap.name))
                .findFirst().orElseThrow();
        assertThat(t.gateway()).as("busybox ip route read the same").isEqualTo(tap.gateway());
        SwitchResult r = busybox.switchTo(tap.name, settings(RouteMode.DEFAULT));
        System.out.println("busybox tap switch: " + r.detail());
        assertThat(r.verified()).as(r.detail()).isTrue();
        assertThat(net.routes()).contains("default via " + tap.gateway() + " dev " + tap.name);
        assertThat(busybox.active()).contains(tap.name);
        assertThat(net.exitSeenByInternet()).startsWith(tap.exitName + " ");
        net.exec("ip", "route", "del", "default");
    }

    @Test
    @Order(5)
    void aTapWithoutGatewayIsRefusedNamingTheDeviceAndNoRouteChanges() throws Exception {
        net.exec("ip", "tuntap", "add", "dev", "tap9", "mode", "tap");
        net.exec("ip", "addr", "add", "10.6.9.2/24", "dev", "tap9");
        net.exec("ip", "link", "set", "tap9", "up");
        net.routeVia(0);
        String before = net.routes();
        SwitchResult r = router.switchTo("tap9", settings(RouteMode.DEF1));
        System.out.println("gatewayless tap: " + r.detail());
        assertThat(r.verified()).isFalse();
        assertThat(r.detail()).contains("tap9 is a tap (Ethernet) device with no peer address", "route-gateway",
                "no route was changed");
        assertThat(net.routes()).isEqualTo(before);
        assertThat(router.active()).contains("tun0");
        assertThat(router.listTunnels(settings(RouteMode.DEF1)).stream().filter(x -> x.name().equals("tap9"))
                .findFirst().orElseThrow().gateway()).isNull();
    }

    /**
     * Decision 0174: a socket bound to an idle tap ({@code ping -I tap0}) found no route through it while the routes
     * point elsewhere, so the kernel took the target as on-link and ARPed for it (100 % loss). The measure script now
     * sets the tap's own table and an {@code oif} rule after main; ordinary traffic stays on the active tunnel. A rule
     * left by an earlier device of the same name is replaced, and measuring again adds no second rule.
     */
    @Test
    @Order(6)
    void anIdleTapIsMeasuredThroughItsOwnTableAndOrdinaryTrafficStaysPut() throws Exception {
        net.routeVia(0);
        // as if left by an earlier tap0 (measuring the active tap in order 2 set the present one's)
        net.exec("ip", "rule", "del", "pref", "32800", "oif", tap.name);
        net.exec("ip", "rule", "add", "pref", "32800", "oif", tap.name, "lookup", "999");
        Sample idle = router.measure(tap.name, settings(RouteMode.DEF1));
        System.out.println("idle tap measure: loss " + idle.lossPercent() + " error " + idle.error());
        assertThat(idle.error()).as("ping -I " + tap.name + " while tun0 is active").isNull();
        assertThat(idle.lossPercent()).isZero();
        String table = String.valueOf(1_740_000 + Integer.parseInt(net.exec("cat", "/sys/class/net/" + tap.name + "/ifindex").strip()));
        assertThat(net.exec("ip", "route", "show", "table", table)).contains("default via " + tap.gateway() + " dev " + tap.name);
        router.measure(tap.name, settings(RouteMode.DEF1));
        assertThat(net.exec("ip", "rule").lines().filter(l -> l.contains("oif " + tap.name)).toList())
                .as("one rule, the stale one replaced").containsExactly("32800:\tfrom all oif " + tap.name + " lookup " + table);
        assertThat(router.active()).as("ordinary traffic untouched").contains("tun0");
        assertThat(net.exitSeenByInternet()).startsWith("exit0 ");
        var lines = new LinkedBlockingQueue<ProbeLine>();
        try (var stream = new PingProber(net.directShell())
                .start(tap.name, List.of(NamespaceRouter.INTERNET), 200, 1000, lines::add)) {
            long end = System.nanoTime() + 5_000_000_000L;
            ProbeLine line = null;
            while (!(line instanceof ProbeLine.Reply) && System.nanoTime() < end) {
                line = lines.poll(200, TimeUnit.MILLISECONDS);
            }
            assertThat(line).as("a reply on the liveness stream of the idle tap").isInstanceOf(ProbeLine.Reply.class);
        }
    }

    @Test
    @Order(7)
    void aTapWithoutGatewaySaysWhyItCannotBeMeasured() throws Exception {
        Sample s = router.measure("tap9", settings(RouteMode.DEF1));
        System.out.println("gatewayless tap measure: " + s.error());
        assertThat(s.lossPercent()).isEqualTo(100.0);
        assertThat(s.error()).contains("tap9 is a tap (Ethernet) device with no peer address and no IPv4 route via a gateway");
        assertThat(net.exec("ip", "rule")).doesNotContain("tap9");
    }
}
