package io.github.vpnfailover.testbed;

import static io.github.vpnfailover.testbed.WireGuardBed.settings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.HandshakeStatus;
import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.LinkHealth;
import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.ScoringMode;
import io.github.vpnfailover.core.Weights;
import io.github.vpnfailover.engine.Engine;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.engine.EngineOptions;
import io.github.vpnfailover.engine.FastFailover;
import io.github.vpnfailover.router.NamespaceShell;
import io.github.vpnfailover.router.PingProber;
import io.github.vpnfailover.router.ProbeLine;
import io.github.vpnfailover.router.Router;
import io.github.vpnfailover.store.HistoryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * WireGuard failover on the namespace router (decision 0180), on real wireguard-go tunnels: a stale handshake (the
 * router's clock moved 200 s on by a {@code date} on PATH, the packets still flowing) fails over although the pings
 * answer; a fresh handshake never saves a tunnel whose pings fail; the liveness stream sees a stopped peer in time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WireGuardFailoverTest extends WireGuardBedCase {

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
}
