package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.vpnfailover.store.HistoryStore;
import io.github.vpnfailover.testbed.NamespaceRouter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code run --json-events} against the namespace router's real sshd: the sshd kill episode as a script sees it. */
class RunOverNamespaceRouterTest {

    @TempDir
    Path dir;

    private final JsonEventLines printed = new JsonEventLines();

    @Test
    void runJsonEventsShowsReconnectingEachAttemptAndConnectedAgainAfterSshdIsKilledAndRestarted() throws Exception {
        NamespaceRouter.assumeAvailable();
        try (var net = NamespaceRouter.start(List.of(new NamespaceRouter.TunnelSpec(10, 10), new NamespaceRouter.TunnelSpec(10, 10)))) {
            var target = net.sshTarget(dir.resolve("known_hosts"), "root");
            Path config = dir.resolve("config.json");
            Files.writeString(config, "{\"depth\": 2, \"threshold\": 0.15, \"delay\": 1, \"uploadWeight\": 1, "
                    + "\"downloadWeight\": 1, \"latencyWeight\": 1}");
            RunCommand cmd = new RunCommand();
            CommandLine cl = new CommandLine(cmd);
            cl.setOut(printed.writer());
            cl.setErr(new PrintWriter(new StringWriter(), true));
            var running = CompletableFuture.supplyAsync(() -> cl.execute("--host", target.host(), "--user", "root",
                    "--identity", target.identity().toString(), "--known-hosts", target.knownHosts().toString(),
                    "--ping-target", NamespaceRouter.INTERNET, "--ping-count", "4", "--config", config.toString(),
                    "--data-dir", dir.resolve("data").toString(), "--json-events", "--no-auto"));
            try {
                int first = printed.await(j -> JsonEventLines.type(j, "decision"), 0);
                net.sshd().kill();
                int lost = printed.await(j -> JsonEventLines.type(j, "connection") && "RECONNECTING".equals(j.get("state").asText()), first);
                Thread.sleep(2500);
                net.sshd().restart();
                int back = printed.await(j -> JsonEventLines.type(j, "connection") && "CONNECTED".equals(j.get("state").asText()), lost);
                printed.await(j -> JsonEventLines.type(j, "sample"), back);
            } finally {
                cmd.stop();
            }
            assertThat(running.get(30, TimeUnit.SECONDS)).isEqualTo(ExitCodes.OK);
            List<JsonNode> events = printed.lines();
            List<JsonNode> connection = events.stream().filter(j -> JsonEventLines.type(j, "connection")).toList();
            connection.forEach(j -> System.out.println("[run --json-events] " + j));
            assertThat(connection).extracting(j -> j.get("state").asText()).containsSubsequence("CONNECTED", "RECONNECTING",
                    "RECONNECTING", "CONNECTED");
            assertThat(connection).anySatisfy(j -> assertThat(j.get("detail").asText()).contains("attempt 2 of 5"));
            // Killed between commands the drop costs no command, so no "error" line; killed mid-command it would add one.
            assertThat(connection).filteredOn(j -> "CLOSED".equals(j.get("state").asText())).hasSize(1);
            long samples = events.stream().filter(j -> JsonEventLines.type(j, "sample")).count();
            try (var store = HistoryStore.open(dir.resolve("data").resolve("history.db"))) {
                System.out.println("[run --json-events] sample lines " + samples + ", stored " + store.countSamples());
                assertThat(store.countSamples()).isEqualTo(samples);
            }
        }
    }
}
