package io.github.vpnfailover.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.LinkHealth;
import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.testing.FailoverLab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The liveness stream on a namespace router with busybox ping (OpenWrt's) and with iputils ping. */
class ProbeStreamNamespaceTest {

    @TempDir
    Path dir;

    private static final LivenessSettings S = LivenessSettings.defaults().withTargets(FailoverLab.TARGETS);

    @Test
    void busyboxPingLinesAreReadAndADeadTunnelGoesDown() throws Exception {
        assumeTrue(FailoverLab.canRun() && Files.isExecutable(Path.of("/bin/busybox")), "needs root, /dev/net/tun, python3 and busybox");
        Path bin = Files.createDirectories(dir.resolve("busybox-bin"));
        Files.createSymbolicLink(bin.resolve("ping"), Path.of("/bin/busybox"));
        try (var lab = new FailoverLab(2, dir.resolve("lab"))) {
            var shell = new NamespaceShell(lab.router, dir.toFile(), bin + ":/usr/sbin:/usr/bin:/sbin:/bin");
            List<ProbeLine> lines = new CopyOnWriteArrayList<>();
            LinkHealth health = new LinkHealth(S, Instant.now());
            try (var stream = new PingProber(shell).start("tunA", S.targets(), S.intervalMillis(), S.timeoutMillis(), l -> {
                lines.add(l);
                synchronized (health) {
                    if (l instanceof ProbeLine.Reply r) {
                        health.answered(r.target(), r.seq(), r.rttMs(), Instant.now());
                    }
                }
            })) {
                await().atMost(10, TimeUnit.SECONDS).until(() -> condition(health) == LinkCondition.UP);
                var replies = lines.stream().filter(l -> l instanceof ProbeLine.Reply).map(l -> (ProbeLine.Reply) l).toList();
                // busybox counts from seq=0 (iputils from icmp_seq=1): this really was busybox
                assertThat(replies).filteredOn(r -> r.seq() == 0).extracting(ProbeLine::target).contains(0, 1);
                assertThat(lines).noneMatch(l -> l instanceof ProbeLine.Other o && o.line().contains("unrecognized option"));
                assertThat(new PingProber(shell).trafficFlows(S.targets(), Duration.ofSeconds(2))).as("busybox confirm ping").isTrue();
                lab.dead("tunA", true);
                long killed = System.nanoTime();
                await().atMost(5, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(20)).until(() -> condition(health) == LinkCondition.DOWN);
                long ms = (System.nanoTime() - killed) / 1_000_000;
                // a sub-millisecond lab link: the adaptive miss timeout sits at its floor, far below the 800 ms ceiling
                assertThat(ms).isBetween((long) (S.fall() - 1) * S.intervalMillis(),
                        (long) S.fall() * S.intervalMillis() + S.minTimeoutMillis() + 300);
                assertThat(stream.isRunning()).isTrue();
                long t0 = System.nanoTime();
                assertThat(new PingProber(shell).trafficFlows(S.targets(), Duration.ofSeconds(2))).as("routes on dead tunA").isFalse();
                assertThat((System.nanoTime() - t0) / 1_000_000).as("busybox's confirm ping ends with its window").isLessThan(3000);
            }
        }
    }

    @Test
    void iputilsReportsProbesStillUnansweredWithDashO() throws Exception {
        assumeTrue(FailoverLab.canRun(), "needs root, /dev/net/tun and python3");
        try (var lab = new FailoverLab(1, dir.resolve("lab"))) {
            var shell = new NamespaceShell(lab.router, dir.toFile());
            List<ProbeLine> lines = new CopyOnWriteArrayList<>();
            try (var stream = new PingProber(shell).start("tunA", S.targets(), S.intervalMillis(), S.timeoutMillis(), lines::add)) {
                await().atMost(10, TimeUnit.SECONDS).until(() -> lines.stream().anyMatch(l -> l instanceof ProbeLine.Reply r && r.seq() == 1));
                lab.dead("tunA", true);
                await().atMost(5, TimeUnit.SECONDS).until(() -> lines.stream().anyMatch(l -> l instanceof ProbeLine.Lost));
                assertThat(new PingProber(shell).trafficFlows(List.of("10.99.0.1"), Duration.ofSeconds(1)))
                        .as("routes point at the dead tunA").isFalse();
                lab.dead("tunA", false);
                assertThat(new PingProber(shell).trafficFlows(List.of("10.99.0.1"), Duration.ofSeconds(2))).isTrue();
            }
            // closing the stream leaves no ping behind in the router namespace (sshd is the only other resident)
            await().atMost(3, TimeUnit.SECONDS).until(() -> TestRouterNamespace.sh("for p in $(ip netns pids " + lab.router
                    + "); do cat /proc/$p/comm 2>/dev/null; done").lines().noneMatch(c -> c.equals("ping") || c.equals("sh")));
        }
    }

    private static LinkCondition condition(LinkHealth h) {
        synchronized (h) {
            return h.evaluate(Instant.now()).condition();
        }
    }
}
