package io.github.vpnfailover.testbed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.router.Router;
import io.github.vpnfailover.router.TunnelMeasurement;
import io.github.vpnfailover.router.ssh.SshConnector;
import io.github.vpnfailover.router.ssh.SshLinkListener;
import io.github.vpnfailover.router.ssh.SshShell;
import io.github.vpnfailover.testbed.NamespaceRouter.TunnelSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The measuring cycle over real SSH (the LocalShell figure is {@code router.MeasureCycleBenchmark}): three OpenVPN
 * tunnels of the namespace router, 4 pings plus a capped download and upload each, cycle wall time against the time
 * ping and curl report themselves (target at most 1.10), and how many SSH connections the whole run opened (1).
 */
@Tag("bench")
class MeasureCycleSshBenchmark {

    @TempDir
    Path client;

    @Test
    void cycleOverSshCostsAtMostTenPercentMoreThanItsCommandsOnOneConnection() throws Exception {
        NamespaceRouter.assumeAvailable();
        List<TunnelSpec> specs = List.of(new TunnelSpec(20, 40), new TunnelSpec(30, 40), new TunnelSpec(40, 40));
        int cycles = Integer.getInteger("vfm.bench.cycles", 3);
        try (var net = NamespaceRouter.start(specs)) {
            long loginsBefore = net.sshd().acceptedLogins();
            double lastRatio = Double.NaN;
            try (SshShell shell = SshConnector.open(net.sshTarget(client.resolve("known_hosts"), "root"),
                    Bed.ssh(client, SshLinkListener.none()))) {
                var router = new Router(shell);
                MeasureSettings s = Bed.measure(net, 4, 5_000_000, 10);
                for (int c = 1; c <= cycles; c++) {
                    long start = System.nanoTime();
                    double own = 0;
                    for (var t : router.listTunnels(s)) {
                        if (!t.isUsable()) {
                            continue;
                        }
                        TunnelMeasurement m = router.measureTimed(t.name(), s);
                        Sample sample = m.sample();
                        assertThat(sample.error()).as("error of %s", t.name()).isNull();
                        own += m.commandSeconds();
                        System.out.printf(Locale.ROOT, "bench ssh   %s: %.1f ms, down %.1f Mbit/s, up %.1f Mbit/s, commands %.3f s, "
                                + "invocation %.3f s%n", t.name(), sample.latencyMs(), sample.downloadMbps(), sample.uploadMbps(),
                                m.commandSeconds(), m.wallSeconds());
                    }
                    double wall = (System.nanoTime() - start) / 1e9;
                    lastRatio = wall / own;
                    System.out.printf(Locale.ROOT, "bench ssh cycle %d: 3 tunnels, wall %.3f s, ping and curl's own time %.3f s, "
                            + "ratio %.3f (target <= 1.10)%n", c, wall, own, lastRatio);
                }
                System.out.printf(Locale.ROOT, "bench ssh: %d SSH connection(s) for %d cycles (sessions opened by the client: %d; "
                        + "target exactly 1)%n", net.sshd().acceptedLogins() - loginsBefore, cycles, shell.sessionsOpened());
                assertThat(shell.sessionsOpened()).isEqualTo(1);
            }
            assertThat(net.sshd().acceptedLogins() - loginsBefore).isEqualTo(1);
            assertThat(lastRatio).isLessThanOrEqualTo(1.10);
        }
    }
}
