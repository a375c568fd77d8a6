package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.testbed.NamespaceRouter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code run} without {@code --json-events} against the namespace router, as an operator reads it in a terminal:
 * each tunnel's liveness once when it is known, once more when it changes, not once a second; the connection's
 * state word once.
 */
class RunReadableOverNamespaceRouterTest {

    @TempDir
    Path dir;

    @Test
    void healthyTunnelsPrintTheirLivenessOnceAndADeadOneOnceMore() throws Exception {
        NamespaceRouter.assumeAvailable();
        try (var net = NamespaceRouter.start(List.of(new NamespaceRouter.TunnelSpec(10, 10),
                new NamespaceRouter.TunnelSpec(10, 10)))) {
            var target = net.sshTarget(dir.resolve("known_hosts"), "root");
            Path config = dir.resolve("config.json");
            Files.writeString(config, "{\"depth\": 2, \"threshold\": 0.15, \"delay\": 600, \"uploadWeight\": 1, "
                    + "\"downloadWeight\": 1, \"latencyWeight\": 1}");
            StringWriter text = new StringWriter();
            RunCommand cmd = new RunCommand();
            CommandLine cl = new CommandLine(cmd);
            cl.setOut(new PrintWriter(text, true));
            cl.setErr(new PrintWriter(new StringWriter(), true));
            var running = CompletableFuture.supplyAsync(() -> cl.execute("--host", target.host(), "--user", "root",
                    "--identity", target.identity().toString(), "--known-hosts", target.knownHosts().toString(),
                    "--ping-target", NamespaceRouter.INTERNET, "--ping-count", "2", "--config", config.toString(),
                    "--data-dir", dir.resolve("data").toString(), "--no-auto"));
            String dead = net.tunnel(1);
            try {
                await(text, t -> t.contains("liveness " + net.tunnel(0) + " UP") && t.contains("liveness " + dead + " UP"));
                // ten seconds of healthy tunnels: the monitor reports each about ten times in them
                Thread.sleep(10_000);
                net.killTunnel(1);
                await(text, t -> t.contains("liveness " + dead + " DOWN"));
                Thread.sleep(3_000);
            } finally {
                cmd.stop();
            }
            assertThat(running.get(30, TimeUnit.SECONDS)).isEqualTo(ExitCodes.OK);
            List<String> liveness = text.toString().lines().filter(l -> l.contains(" liveness ")).toList();
            liveness.forEach(l -> System.out.println("[run, readable] " + l));
            assertThat(liveness.stream().filter(l -> l.contains(" liveness " + net.tunnel(0) + " UP"))).hasSize(1);
            assertThat(liveness.stream().filter(l -> l.contains(" liveness " + dead + " UP"))).hasSize(1);
            assertThat(liveness.stream().filter(l -> l.contains(" liveness " + dead + " DOWN"))).hasSize(1);
            // at most UNKNOWN then UP per tunnel, and the one DOWN
            assertThat(liveness).hasSizeLessThanOrEqualTo(5);
            // the connection line names its state once: it read "connection connected: connected: root@..."
            assertThat(text.toString()).contains(" connection connected: root@").doesNotContain("connected: connected");
        }
    }

    private static void await(StringWriter text, Predicate<String> until) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!until.test(text.toString())) {
            assertThat(System.nanoTime()).as("waited 60 s; printed:\n" + text).isLessThan(end);
            Thread.sleep(100);
        }
    }
}
