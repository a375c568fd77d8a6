package io.github.vpnfailover.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.LinkHealth;
import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.testing.FailoverLab;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adaptive miss timeout on real ping streams (decision 0200): a 20 ms and a 150 ms tunnel of the namespace lab,
 * both with ±20 % jitter, stay up; killed together, the 20 ms one is judged first and both well before the old
 * fixed bound of fall × interval + 800 ms.
 */
class AdaptiveTimeoutNamespaceTest {

    @TempDir
    Path dir;

    private static final LivenessSettings S = LivenessSettings.defaults().withTargets(FailoverLab.TARGETS);

    @Test
    void aFastTunnelIsJudgedSoonerThanASlowOneAndJitterJudgesNeither() throws Exception {
        assumeTrue(FailoverLab.canRun(), "needs root, /dev/net/tun and python3 (namespace lab)");
        try (var lab = new FailoverLab(2, dir.resolve("lab"))) {
            lab.impair("tunA", 0, 20, 0.2);
            lab.impair("tunB", 0, 150, 0.2);
            var shell = new NamespaceShell(lab.router, dir.toFile());
            Map<String, LinkHealth> health = new ConcurrentHashMap<>();
            Map<String, Long> downAt = new ConcurrentHashMap<>();
            var prober = new PingProber(shell);
            try (var a = watch(prober, "tunA", health); var b = watch(prober, "tunB", health)) {
                await().atMost(10, TimeUnit.SECONDS).until(() -> condition(health, "tunA") == LinkCondition.UP
                        && condition(health, "tunB") == LinkCondition.UP);
                long until = System.nanoTime() + 8_000_000_000L;
                while (System.nanoTime() < until) {
                    assertThat(condition(health, "tunA")).as("20 ms ± 20 %% stays up").isEqualTo(LinkCondition.UP);
                    assertThat(condition(health, "tunB")).as("150 ms ± 20 %% stays up").isEqualTo(LinkCondition.UP);
                    Thread.sleep(20);
                }
                lab.dead("tunA", true);
                lab.dead("tunB", true);
                await().atMost(5, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(10)).until(() -> {
                    for (String t : health.keySet()) {
                        if (condition(health, t) == LinkCondition.DOWN) {
                            downAt.putIfAbsent(t, sinceLastAnswer(health.get(t)));
                        }
                    }
                    return downAt.size() == 2;
                });
            }
            // timed from each tunnel's own last answered probe, so where in its interval the kill fell does not matter
            long probes = (long) S.fall() * S.intervalMillis();
            assertThat(downAt.get("tunA")).as("20 ms tunnel, judged %s", downAt).isLessThan(downAt.get("tunB"))
                    .isBetween(probes, probes + S.minTimeoutMillis() + 150);
            assertThat(downAt.get("tunB")).as("150 ms tunnel, judged %s", downAt)
                    .isBetween(probes + 150, S.worstDetectionMillis() - 200);
        }
    }

    private static RemoteShell.LineStream watch(PingProber prober, String tunnel, Map<String, LinkHealth> health)
            throws ShellException {
        LinkHealth h = new LinkHealth(S, Instant.now());
        health.put(tunnel, h);
        return prober.start(tunnel, S.targets(), S.intervalMillis(), S.timeoutMillis(), l -> {
            if (l instanceof ProbeLine.Reply r) {
                synchronized (h) {
                    h.answered(r.target(), r.seq(), r.rttMs(), Instant.now());
                }
            }
        });
    }

    private static long sinceLastAnswer(LinkHealth h) {
        synchronized (h) {
            Instant a = h.lastAnsweredSend(0);
            Instant b = h.lastAnsweredSend(1);
            Instant last = a.isAfter(b) ? a : b;
            return Duration.between(last, Instant.now()).toMillis();
        }
    }

    private static LinkCondition condition(Map<String, LinkHealth> health, String tunnel) {
        LinkHealth h = health.get(tunnel);
        synchronized (h) {
            return h.evaluate(Instant.now()).condition();
        }
    }
}
