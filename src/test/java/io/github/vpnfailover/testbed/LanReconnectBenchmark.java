package io.github.vpnfailover.testbed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.ScoringMode;
import io.github.vpnfailover.core.TunnelState;
import io.github.vpnfailover.core.Weights;
import io.github.vpnfailover.engine.BenchStats;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.engine.EngineOptions;
import io.github.vpnfailover.engine.EngineSession;
import io.github.vpnfailover.engine.SessionAssembler;
import io.github.vpnfailover.engine.SessionParts;
import io.github.vpnfailover.engine.SessionSpec;
import io.github.vpnfailover.engine.SwitchKind;
import io.github.vpnfailover.router.Privilege;
import io.github.vpnfailover.router.ssh.SshConnector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a LAN client sees of a failover, with the daemon's whole wiring and its liveness defaults (a ping every
 * 200 ms, adaptive miss timeout): the namespace router over real SSH, two OpenVPN tunnels of 20 ms, a LAN client
 * NATed into them with an endless download. Each trial kills tun0's exit and times, from the kill, the verified
 * failover, the client's first new connection answered through tun1, and the reset of its old download.
 */
@Tag("bench")
class LanReconnectBenchmark {

    @TempDir
    Path dir;

    @Test
    void aLanClientsNewConnectionAfterTheActiveTunnelDies() throws Exception {
        NamespaceRouter.assumeAvailable();
        for (String tool : List.of("/usr/sbin/nft", "/usr/sbin/conntrack")) {
            Assumptions.assumeTrue(Files.isExecutable(Path.of(tool)), "needs " + tool + " (apt-get install nftables conntrack)");
        }
        int trials = Integer.getInteger("vfm.lan.trials", 10);
        var net = NamespaceRouter.start(List.of(new NamespaceRouter.TunnelSpec(20, 20), new NamespaceRouter.TunnelSpec(20, 20)));
        try (net; var lan = LanClient.attach(net)) {
            net.routeVia(0);
            // measuring cycles far apart: the liveness streams and the fast path are what is timed
            var policy = new Policy(new Weights(1, 1, 1, 1), 1, 0.15, 600, 0, ScoringMode.NORMALIZED, true, Bed.measure(net, 2, 0, 5));
            var spec = new SessionSpec("lan", Privilege.DIRECT, dir.resolve("history.db"), policy,
                    LivenessSettings.defaults().withTargets(List.of(NamespaceRouter.INTERNET)), true, EngineOptions.defaults());
            var target = net.sshTarget(dir.resolve("known_hosts"), "root");
            try (EngineSession session = new SessionAssembler(Clock.systemUTC(), SessionParts.real(Clock.systemUTC()))
                    .open(link -> SshConnector.open(target, Bed.ssh(dir, link)), spec)) {
                var log = new EventLog("lan");
                session.engine().addListener(log);
                session.attachLink();
                session.engine().start();
                List<double[]> runs = new ArrayList<>();
                for (int i = 0; i < trials; i++) {
                    awaitBothUp(log);
                    lan.startDownload(NamespaceRouter.INTERNET);
                    int mark = log.size();
                    long killed = System.nanoTime();
                    java.time.Instant killedAt = java.time.Instant.now();
                    net.killTunnel(0);
                    lan.probe("exit1");
                    var sw = log.await(EngineEvent.SwitchEvent.class, s -> s.kind() == SwitchKind.FAILOVER && s.verified(),
                            mark, Duration.ofSeconds(10));
                    String ok = lan.await("probe-ok", Duration.ofSeconds(10));
                    String error = lan.await("error", Duration.ofSeconds(4));
                    assertThat(sw.to()).isEqualTo("tun1");
                    assertThat(ok).as("a new connection through tun1").isNotNull();
                    runs.add(new double[] {Duration.between(killedAt, sw.time()).toNanos() / 1e6, (LanClient.time(ok, 1) - killed) / 1e6,
                            error == null ? -1 : (LanClient.time(error, 1) - killed) / 1e6});
                    System.out.printf(Locale.ROOT, "[lan] trial %d: failover seen %.0f ms, new connection %.0f ms, old flow %s%n",
                            i + 1, runs.get(i)[0], runs.get(i)[1], error == null ? "not reset in 4 s" : "reset at " + Math.round(runs.get(i)[2]) + " ms");
                    net.restoreTunnel(0);
                    awaitBothUp(log);
                    assertThat(session.engine().switchNow("tun0").get(30, TimeUnit.SECONDS).verified()).isTrue();
                }
                print(runs);
            }
        }
    }

    private static void awaitBothUp(EventLog log) throws InterruptedException {
        for (String t : List.of("tun0", "tun1")) {
            // the newest liveness verdict of each tunnel, waited for if it is not UP yet
            long end = System.nanoTime() + 20_000_000_000L;
            while (!up(log, t)) {
                assertThat(System.nanoTime()).as(t + " UP again within 20 s").isLessThan(end);
                Thread.sleep(100);
            }
        }
    }

    private static boolean up(EventLog log, String tunnel) {
        var all = log.of(EngineEvent.LivenessEvent.class).stream().filter(e -> e.tunnel().equals(tunnel)).toList();
        return !all.isEmpty() && all.get(all.size() - 1).state() == TunnelState.UP;
    }

    private static void print(List<double[]> runs) {
        System.out.printf(Locale.ROOT, "LAN client across a failover, %d trials, 20 ms tunnels, liveness defaults (ms from the kill):%n", runs.size());
        System.out.println("| figure | p50 | p95 | max |");
        System.out.println("|---|---|---|---|");
        row("failover verified (switch event)", runs, 0);
        row("LAN client's new connection answered through tun1", runs, 1);
        long reset = runs.stream().filter(r -> r[2] >= 0).count();
        if (reset > 0) {
            row("old download reset (" + reset + " of " + runs.size() + ")", runs.stream().filter(r -> r[2] >= 0).toList(), 2);
        }
    }

    private static void row(String name, List<double[]> runs, int i) {
        var stats = new BenchStats();
        runs.forEach(r -> stats.add(Math.round(r[i])));
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %d |%n", name, stats.pct(50), stats.pct(95), stats.max());
    }
}
