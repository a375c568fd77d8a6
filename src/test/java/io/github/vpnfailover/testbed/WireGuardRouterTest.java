package io.github.vpnfailover.testbed;

import static io.github.vpnfailover.testbed.WireGuardBed.settings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vpnfailover.cli.RootCommand;
import io.github.vpnfailover.cli.RouterCommands;
import io.github.vpnfailover.core.HandshakeStatus;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.Tunnel;
import io.github.vpnfailover.core.TunnelState;
import io.github.vpnfailover.router.Privilege;
import io.github.vpnfailover.router.Router;
import io.github.vpnfailover.router.SwitchResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * WireGuard over the namespace router (decision 0180): one OpenVPN tunnel tun0 and two real wireguard-go tunnels,
 * listed, measured with their handshake age (against {@code wg show} and {@code date} as the reference) and curl,
 * shown on the command line, switched to with {@code dev}-only routes; a non-root login gets the fix, not a verdict.
 * Failover on the handshake: {@link WireGuardFailoverTest}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WireGuardRouterTest extends WireGuardBedCase {

    @Test
    @Order(1)
    void defaultPatternListsWireGuardTunnelsWithoutPeer() throws Exception {
        List<Tunnel> tunnels = router.listTunnels(MeasureSettings.defaults());
        assertThat(tunnels).extracting(Tunnel::name).contains("tun0", wg0, wg1);
        Tunnel wg = tunnels.stream().filter(t -> t.name().equals(wg0)).findFirst().orElseThrow();
        assertThat(wg.peer()).isNull();
        assertThat(wg.state()).isEqualTo(TunnelState.UP);
        assertThat(wg.addresses()).contains("10.7.0.1/32");
        assertThat(wg.isUsable()).isTrue();
        // the reference: wg itself knows these two as WireGuard interfaces
        assertThat(net.exec("wg", "show", "interfaces").split("\\s+")).contains(wg0, wg1);
    }

    @Test
    @Order(2)
    void theCommandLineShowsTheHandshakeInTunnelsAndMeasure() throws Exception {
        String[] text = cli("tunnels", "--local");
        String[] json = cli("tunnels", "--local", "--json");
        String[] measure = cli("measure", "--local", "--tunnel", wg0, "--ping-target", NamespaceRouter.INTERNET, "--ping-count", "2");
        System.out.println("wireguard tunnels:\n" + text[1] + "wireguard measure:\n" + measure[1]);
        assertThat(text[0]).isEqualTo("0");
        assertThat(text[1]).containsPattern(wg0 + " +UP +10\\.7\\.0\\.1/32\\S* +- *\\R    WireGuard, latest handshake \\d+ s ago");
        var list = new ObjectMapper().readTree(json[1]);
        for (var t : list) {
            boolean isWg = t.get("name").asText().equals(wg0) || t.get("name").asText().equals(wg1);
            if (isWg || t.get("name").asText().equals("tun0")) {
                assertThat(t.get("wireGuard").asBoolean()).as(t.toString()).isEqualTo(isWg);
                assertThat(t.get("handshakeAgeSeconds").isNumber()).as(t.toString()).isEqualTo(isWg);
                assertThat(t.get("handshakeProblem").isNull()).isTrue();
            }
        }
        assertThat(measure[0]).isEqualTo("0");
        assertThat(measure[1]).containsPattern("\\R    WireGuard handshake \\d+ s ago\\R");
    }

    /** Exit code and output of one {@code vpnfailover} command run against the router namespace as root. */
    private String[] cli(String... args) {
        var cl = RootCommand.commandLine(new RouterCommands(o -> net.directShell()));
        var out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        return new String[] {String.valueOf(cl.execute(args)), out.toString()};
    }

    @Test
    @Order(2)
    void measuresTheHandshakeAgeAsWgShowAndTheRoutersClockSayIt() throws Exception {
        Sample s = router.measure(wg0, settings(RouteMode.DEF1));
        long routerNow = Long.parseLong(net.exec("date", "+%s").strip());
        long newest = net.exec("wg", "show", wg0, "latest-handshakes").lines()
                .mapToLong(l -> Long.parseLong(l.split("\\s+")[1])).max().orElseThrow();
        System.out.printf(Locale.ROOT, "wireguard measure %s: latency %.2f ms, loss %.0f %%, handshake %s s (%s); reference age %d s%n",
                wg0, s.latencyMs(), s.lossPercent(), s.handshakeAgeSeconds(), s.handshake(), routerNow - newest);
        assertThat(s.error()).isNull();
        assertThat(s.isGood()).isTrue();
        assertThat(s.handshake()).isEqualTo(HandshakeStatus.FRESH);
        var transfers = new MeasureSettings(MeasureSettings.DEFAULT_TUNNEL_PATTERN, List.of(NamespaceRouter.INTERNET), 2, 0.2,
                net.downloadUrl(2_000_000), net.uploadUrl(), 500_000, 5, RouteMode.DEF1, null);
        Sample curl = router.measure(wg1, transfers);
        System.out.printf(Locale.ROOT, "wireguard curl %s: down %.1f Mbit/s, up %.1f Mbit/s (unshaped)%n", wg1,
                curl.downloadMbps(), curl.uploadMbps());
        assertThat(curl.error()).isNull();
        assertThat(curl.downloadMbps()).isPositive();
        assertThat(curl.uploadMbps()).isPositive();
        assertThat(s.handshakeAgeSeconds()).isBetween(0.0, (double) (routerNow - newest)).isLessThan(30);
        Sample openVpn = router.measure("tun0", settings(RouteMode.DEF1));
        assertThat(openVpn.handshake()).isNull();
        assertThat(openVpn.handshakeAgeSeconds()).isNull();
        assertThat(openVpn.isGood()).isTrue();
    }

    @Test
    @Order(3)
    void switchesToAWireGuardTunnelWithDevOnlyRoutesAndVerifies() throws Exception {
        SwitchResult r = router.switchTo(wg0, settings(RouteMode.DEF1));
        System.out.println("wireguard switch: " + r.detail());
        assertThat(r.verified()).isTrue();
        assertThat(router.active()).contains(wg0);
        assertThat(net.routes()).contains("0.0.0.0/1 dev " + wg0, "128.0.0.0/1 dev " + wg0).doesNotContain("via 10.7.");
        assertThat(net.exitSeenByInternet()).isEqualTo("wgexit0 10.7.0.1");
    }

    @Test
    @Order(6)
    void aNonRootLoginGetsTheFixNotAVerdict() throws Exception {
        Sample direct = new Router(new NobodyShell(net.routerNs), Clock.systemUTC(), Privilege.DIRECT).measure(wg0, settings(RouteMode.DEF1));
        Sample sudo = new Router(new NobodyShell(net.routerNs), Clock.systemUTC(), Privilege.SUDO).measure(wg0, settings(RouteMode.DEF1));
        System.out.println("wireguard as nobody: " + direct.error() + " | with sudo: " + sudo.error());
        assertThat(direct.handshake()).isNull();
        assertThat(direct.error()).contains("reading the WireGuard handshake needs root", "docs/least-privilege.md");
        assertThat(sudo.handshake()).isNull();
        assertThat(sudo.error()).contains("sudo refused 'wg show'", "sudo: a password is required");
        var listed = new Router(new NobodyShell(net.routerNs), Clock.systemUTC(), Privilege.DIRECT).handshakes(List.of(wg0, "tun0"));
        assertThat(listed).containsOnlyKeys(wg0);
        assertThat(listed.get(wg0).problem()).contains("needs root");
    }
}
