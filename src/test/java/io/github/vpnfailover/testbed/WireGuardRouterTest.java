package io.github.vpnfailover.testbed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vpnfailover.cli.RootCommand;
import io.github.vpnfailover.cli.RouterCommands;
import io.github.vpnfailover.core.HandshakeStatus;
import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.LinkHealth;
import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.ScoringMode;
import io.github.vpnfailover.core.Tunnel;
import io.github.vpnfailover.core.TunnelState;
import io.github.vpnfailover.core.Weights;
import io.github.vpnfailover.engine.Engine;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.engine.EngineOptions;
import io.github.vpnfailover.engine.FastFailover;
import io.github.vpnfailover.router.NamespaceShell;
import io.github.vpnfailover.router.PingProber;
import io.github.vpnfailover.router.Privilege;
import io.github.vpnfailover.router.ProbeLine;
import io.github.vpnfailover.router.Router;
import io.github.vpnfailover.router.SwitchResult;
import io.github.vpnfailover.router.ssh.SshConnector;
import io.github.vpnfailover.router.ssh.SshLinkListener;
import io.github.vpnfailover.router.ssh.SshShell;
import io.github.vpnfailover.store.HistoryStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * WireGuard over the namespace router (decision 0180): one OpenVPN tunnel tun0 and two real wireguard-go tunnels,
 * listed, measured with their handshake age (against {@code wg show} and {@code date} as the reference), switched
 * to with {@code dev}-only routes, and judged down by a stale handshake (the router's clock moved 200 s on by a
 * {@code date} on PATH) while a fresh handshake never saves a tunnel whose pings fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WireGuardRouterTest {

    private Path client;

    private NamespaceRouter net;
    private SshShell shell;
    private Router router;
    private String wg0;
    private String wg1;

    @BeforeAll
    void bed(@TempDir Path dir) throws Exception {
        client = dir;
        NamespaceRouter.assumeAvailable();
        WireGuardLink.assumeAvailable();
        long start = System.nanoTime();
        net = NamespaceRouter.start(List.of(new NamespaceRouter.TunnelSpec(20, 20)));
        wg0 = net.addWireGuard();
        wg1 = net.addWireGuard();
        shell = SshConnector.open(net.sshTarget(client.resolve("known_hosts"), "root"), Bed.ssh(client, SshLinkListener.none()));
        router = new Router(shell);
        System.out.printf(Locale.ROOT, "wireguard bed: tun0 + %s + %s up in %.1f s%n", wg0, wg1, (System.nanoTime() - start) / 1e9);
    }

    @AfterAll
    void close() {
        if (shell != null) {
            shell.close();
        }
        if (net != null) {
            net.close();
        }
    }

    private static MeasureSettings settings(RouteMode mode) {
        return new MeasureSettings(MeasureSettings.DEFAULT_TUNNEL_PATTERN, List.of(NamespaceRouter.INTERNET), 3, 0.2,
                null, null, 1, 5, mode, null);
    }

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
    @Order(4)
    void staleHandshakeFailsOverAlthoughThePingsAnswer() throws Exception {
        net.routeVia(0);
        assertThat(router.switchTo(wg0, settings(RouteMode.DEF1)).verified()).isTrue();
        Path fake = Files.createDirectories(client.resolve("fake-clock"));
        Path date = fake.resolve("date");
        // the router's clock 200 s ahead: every handshake is then older than 180 s, the packets still flow
        Files.writeString(date, "#!/bin/sh\nif [ \"$1\" = +%s ]; then echo $(( $(/bin/date +%s) + 200 )); else exec /bin/date \"$@\"; fi\n");
        date.toFile().setExecutable(true);
        var shifted = new Router(new NamespaceShell(net.routerNs, client.toFile(), fake + ":/usr/sbin:/usr/bin:/sbin:/bin"));
        var log = new EventLog("wg-stale");
        try (HistoryStore store = HistoryStore.open(client.resolve("stale.db"));
             var engine = new Engine(shifted, store, "bed", policy(), Clock.systemUTC(), EngineOptions.defaults(), FastFailover.off())) {
            engine.addListener(log);
            engine.runOnce().get(60, TimeUnit.SECONDS);
        }
        Sample stale = log.of(EngineEvent.SampleEvent.class).stream().map(EngineEvent.SampleEvent::sample)
                .filter(x -> x.tunnel().equals(wg0)).findFirst().orElseThrow();
        System.out.println("wireguard stale: " + stale + "; decision " + log.of(EngineEvent.DecisionEvent.class).get(0).decision().reason());
        assertThat(stale.lossPercent()).isZero();
        assertThat(stale.handshake()).isEqualTo(HandshakeStatus.STALE);
        assertThat(stale.handshakeAgeSeconds()).isBetween(200.0, 230.0);
        assertThat(stale.isGood()).isFalse();
        assertThat(stale.error()).contains("over 180 s: the peer stopped answering");
        assertThat(log.of(EngineEvent.DecisionEvent.class).get(0).decision().reason())
                .startsWith(wg0 + " is down: WireGuard handshake").contains("though its pings answered", "failing over to tun0");
        assertThat(log.of(EngineEvent.SwitchEvent.class)).singleElement().satisfies(e -> {
            assertThat(e.to()).isEqualTo("tun0");
            assertThat(e.verified()).isTrue();
        });
        assertThat(net.exitSeenByInternet()).startsWith("exit0 ");
    }

    @Test
    @Order(5)
    void freshHandshakeNeverOverridesFailedPings() throws Exception {
        assertThat(router.switchTo(wg1, settings(RouteMode.DEF1)).verified()).isTrue();
        assertThat(router.measure(wg1, settings(RouteMode.DEF1)).handshake()).isEqualTo(HandshakeStatus.FRESH);
        net.stopWireGuardExit(1);
        var log = new EventLog("wg-fresh");
        try (HistoryStore store = HistoryStore.open(client.resolve("fresh.db"));
             var engine = new Engine(router, store, "bed", policy(), Clock.systemUTC(), EngineOptions.defaults(), FastFailover.off())) {
            engine.addListener(log);
            engine.runOnce().get(60, TimeUnit.SECONDS);
        } finally {
            net.startWireGuardExit(1);
        }
        Sample dead = log.of(EngineEvent.SampleEvent.class).stream().map(EngineEvent.SampleEvent::sample)
                .filter(x -> x.tunnel().equals(wg1)).findFirst().orElseThrow();
        String reason = log.of(EngineEvent.DecisionEvent.class).get(0).decision().reason();
        System.out.println("wireguard fresh but silent: " + dead + "; decision " + reason);
        assertThat(dead.handshake()).isEqualTo(HandshakeStatus.FRESH);
        assertThat(dead.lossPercent()).isEqualTo(100.0);
        assertThat(dead.isGood()).isFalse();
        assertThat(reason).startsWith(wg1 + " is down: failing over to ");
        assertThat(log.of(EngineEvent.SwitchEvent.class)).singleElement().satisfies(e -> assertThat(e.verified()).isTrue());
    }

    @Test
    @Order(7)
    void theLivenessStreamWatchesAWireGuardTunnelAndSeesItsPeerStop() throws Exception {
        var settings = LivenessSettings.defaults().withTargets(List.of(NamespaceRouter.INTERNET));
        var health = new LinkHealth(settings, Instant.now());
        try (var stream = new PingProber(shell).start(wg1, settings.targets(),
                settings.intervalMillis(), settings.timeoutMillis(), l -> {
                    synchronized (health) {
                        if (l instanceof ProbeLine.Reply r) {
                            health.answered(r.target(), r.seq(), r.rttMs(), Instant.now());
                        }
                    }
                })) {
            Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> condition(health) == LinkCondition.UP);
            net.stopWireGuardExit(1);
            long stopped = System.nanoTime();
            Awaitility.await().atMost(5, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(20))
                    .until(() -> condition(health) == LinkCondition.DOWN);
            long ms = (System.nanoTime() - stopped) / 1_000_000;
            System.out.println("wireguard liveness: " + wg1 + " down " + ms + " ms after its peer stopped (200 ms probes, fall "
                    + settings.fall() + ")");
            assertThat(ms).isLessThan((long) settings.fall() * settings.intervalMillis() + settings.timeoutMillis() + 500);
        } finally {
            net.startWireGuardExit(1);
        }
    }

    private static LinkCondition condition(LinkHealth h) {
        synchronized (h) {
            return h.evaluate(Instant.now()).condition();
        }
    }

    private static Policy policy() {
        return new Policy(new Weights(1, 1, 1, 1), 1, 0.15, 1, 0, ScoringMode.NORMALIZED, true, settings(RouteMode.DEF1));
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
