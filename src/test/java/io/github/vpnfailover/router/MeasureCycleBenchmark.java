package io.github.vpnfailover.router;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.Tunnel;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One measuring cycle over every usable tunnel of a namespace router with shaped links: the cycle's wall time
 * against the sum of what the commands themselves report (ping "time", curl time_total). Overhead target ≤ 1.10.
 */
@Tag("bench")
class MeasureCycleBenchmark {

    @Test
    void cycleWallTimeStaysWithinTenPercentOfTheCommandsOwnTime() throws Exception {
        Assumptions.assumeTrue(TestRouterNamespace.isRoot(), "needs root to create network namespaces");
        try (var net = new TestRouterNamespace()) {
            for (String ns : List.of(net.router, net.server)) {
                String devs = TestRouterNamespace.sh("ip -n " + ns + " -o link show type veth | cut -d: -f2 | cut -d@ -f1");
                for (String dev : devs.trim().split("\\s+")) {
                    TestRouterNamespace.sh("ip netns exec " + ns + " tc qdisc add dev " + dev
                            + " root tbf rate 40mbit burst 64kb latency 200ms");
                }
            }
            var counting = new CountingShell(net.shell());
            Router router = new Router(counting);
            int runs = 3;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                double commands = 0;
                List<Tunnel> tunnels = router.listTunnels(MeasureSettings.defaults());
                int measured = 0;
                for (Tunnel t : tunnels) {
                    if (!t.isUsable() || !t.name().startsWith("tunA") && !t.name().startsWith("tunB")) {
                        continue;
                    }
                    String base = t.name().equals("tunA") ? "http://10.66.0.2:" : "http://10.67.0.2:";
                    var s = new MeasureSettings(MeasureSettings.DEFAULT_TUNNEL_PATTERN,
                            List.of(t.name().equals("tunA") ? "10.66.0.2" : "10.67.0.2"), 4, 0.2,
                            base + net.httpPort + "/download/50000000", base + net.httpPort + "/up",
                            5_000_000, 10, RouteMode.DEF1, null);
                    TunnelMeasurement m = router.measureTimed(t.name(), s);
                    Sample sample = m.sample();
                    assertThat(sample.error()).isNull();
                    commands += m.commandSeconds();
                    measured++;
                    System.out.printf(Locale.ROOT, "bench   %s: down %.1f Mbit/s, up %.1f Mbit/s, commands %.3f s, invocation %.3f s%n",
                            t.name(), sample.downloadMbps(), sample.uploadMbps(), m.commandSeconds(), m.wallSeconds());
                }
                double wall = Duration.ofNanos(System.nanoTime() - start).toNanos() / 1e9;
                System.out.printf(Locale.ROOT, "bench cycle %d: %d tunnels, wall %.3f s, commands' own time %.3f s, ratio %.3f, shell invocations so far %d%n",
                        i + 1, measured, wall, commands, wall / commands, counting.runs);
                assertThat(measured).isEqualTo(2);
                if (i == runs - 1) {
                    assertThat(wall / commands).isLessThanOrEqualTo(1.10);
                }
            }
            assertThat(counting.runs).as("one list + one invocation per tunnel per cycle").isEqualTo(runs * 3);
        }
    }

    private static final class CountingShell extends LocalShell {
        private final NamespaceShell inner;
        int runs;

        CountingShell(NamespaceShell inner) {
            this.inner = inner;
        }

        @Override
        public CommandResult run(String command, Duration timeout) throws ShellException {
            runs++;
            return inner.run(command, timeout);
        }
    }
}
