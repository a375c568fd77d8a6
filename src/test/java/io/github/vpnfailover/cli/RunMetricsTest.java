package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.testing.FakeParts;
import io.github.vpnfailover.testing.MetricsScrape;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code run --metrics-listen}: the flag's checks, and the endpoint of a running daemon (over a stand-in router). */
class RunMetricsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private CommandLine command(RunCommand cmd) {
        cmd.parts = FakeParts.of(shell -> new RunCommandTest.TwoTunnels(), shell -> null);
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10.1.2.3:9788 | is not a loopback address: add --metrics-allow-remote",
            "0.0.0.0:9788 | is not a loopback address",
            "127.0.0.1 | give IP:PORT",
            "127.0.0.1:0 | the port must be 1 to 65535",
            "127.0.0.1:70000 | the port must be 1 to 65535",
            "router.example:9788 | give an IP address, not a host name",
            "[1:2:3:4:5:6:7:8:9]:9788 | not an IP address",
            "'127.0.0.1:97\u001b[2J' | \\x1b"})
    void aBadOrRemoteAddressIsAUsageErrorNamingTheFlag(String listen, String why) {
        int code = command(new RunCommand()).execute("--once", "--data-dir", dir.toString(), "--metrics-listen", listen);
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--metrics-listen").contains(why).doesNotContain("\u001b");
    }

    @Test
    void aPortInUseIsReportedBeforeConnecting() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int code = command(new RunCommand()).execute("--once", "--data-dir", dir.toString(),
                    "--metrics-listen", "127.0.0.1:" + taken.getLocalPort());
            assertThat(code).isEqualTo(ExitCodes.FAILURE);
            assertThat(err.toString()).contains("cannot serve metrics on 127.0.0.1:" + taken.getLocalPort());
            assertThat(out.toString()).as("nothing ran").isEmpty();
        }
    }

    @Test
    void aRemoteAddressWithTheFlagIsServedWithAWarning() throws Exception {
        int port = MetricsScrape.freePort();
        RunCommand cmd = new RunCommand();
        // 0.0.0.0 covers loopback too, so the scrape below reaches it without leaving this computer
        int code = command(cmd).execute("--once", "--data-dir", dir.toString(), "--metrics-listen", "0.0.0.0:" + port, "--metrics-allow-remote");
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(err.toString()).contains("warning: metrics are served to other computers on 0.0.0.0:" + port);
    }

    @Test
    void aRunningDaemonServesItsSwitchAndActiveTunnel() throws Exception {
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, "{\"depth\": 1, \"threshold\": 0.1, \"intervalSeconds\": 1}");
        int port = MetricsScrape.freePort();
        RunCommand cmd = new RunCommand();
        CommandLine cl = command(cmd);
        var running = CompletableFuture.supplyAsync(() -> cl.execute("--auto", "--config", policy.toString(), "--data-dir", dir.toString(),
                "--metrics-listen", "127.0.0.1:" + port));
        try {
            Awaitility.await().atMost(30, TimeUnit.SECONDS).pollInterval(100, TimeUnit.MILLISECONDS).ignoreExceptions().until(() ->
                    Double.valueOf(1.0).equals(MetricsScrape.value(MetricsScrape.get(port), "vpnfailover_switches_total", "kind", "switch")));
            String text = MetricsScrape.get(port);
            assertThat(MetricsScrape.value(text, "vpnfailover_tunnel_active", "router", "This computer", "tunnel", "tun1")).isEqualTo(1.0);
            assertThat(MetricsScrape.value(text, "vpnfailover_tunnel_active", "tunnel", "tun0")).isEqualTo(0.0);
            assertThat(MetricsScrape.value(text, "vpnfailover_tunnel_latency_seconds", "tunnel", "tun1")).isEqualTo(0.02);
        } finally {
            cmd.stop();
        }
        assertThat(running.get(30, TimeUnit.SECONDS)).isEqualTo(ExitCodes.OK);
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> {
            try {
                MetricsScrape.get(port);
                return false;
            } catch (java.io.IOException closed) {
                return true;
            }
        });
    }
}
