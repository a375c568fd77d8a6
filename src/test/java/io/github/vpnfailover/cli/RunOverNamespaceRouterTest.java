package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vpnfailover.store.HistoryStore;
import io.github.vpnfailover.testbed.NamespaceRouter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code run --json-events} against the namespace router's real sshd: the sshd kill episode as a script sees it. */
class RunOverNamespaceRouterTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final ObjectMapper json = new ObjectMapper();

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
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(new StringWriter(), true));
            var running = CompletableFuture.supplyAsync(() -> cl.execute("--host", target.host(), "--user", "root",
                    "--identity", target.identity().toString(), "--known-hosts", target.knownHosts().toString(),
                    "--ping-target", NamespaceRouter.INTERNET, "--ping-count", "4", "--config", config.toString(),
                    "--data-dir", dir.resolve("data").toString(), "--json-events", "--no-auto"));
            try {
                int first = await(j -> type(j, "decision"), 0);
                net.sshd().kill();
                int lost = await(j -> type(j, "connection") && "RECONNECTING".equals(j.get("state").asText()), first);
                Thread.sleep(2500);
                net.sshd().restart();
                int back = await(j -> type(j, "connection") && "CONNECTED".equals(j.get("state").asText()), lost);
                await(j -> type(j, "sample"), back);
            } finally {
                cmd.stop();
            }
            assertThat(running.get(30, TimeUnit.SECONDS)).isEqualTo(ExitCodes.OK);
            List<JsonNode> events = lines();
            List<JsonNode> connection = events.stream().filter(j -> type(j, "connection")).toList();
            connection.forEach(j -> System.out.println("[run --json-events] " + j));
            assertThat(connection).extracting(j -> j.get("state").asText()).containsSubsequence("CONNECTED", "RECONNECTING",
                    "RECONNECTING", "CONNECTED");
            assertThat(connection).anySatisfy(j -> assertThat(j.get("detail").asText()).contains("attempt 2 of 5"));
            // Killed between commands the drop costs no command, so no "error" line; killed mid-command it would add one.
            assertThat(connection).filteredOn(j -> "CLOSED".equals(j.get("state").asText())).hasSize(1);
            long samples = events.stream().filter(j -> type(j, "sample")).count();
            try (var store = HistoryStore.open(dir.resolve("data").resolve("history.db"))) {
                System.out.println("[run --json-events] sample lines " + samples + ", stored " + store.countSamples());
                assertThat(store.countSamples()).isEqualTo(samples);
            }
        }
    }

    private int await(Predicate<JsonNode> which, int from) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() - end < 0) {
            List<JsonNode> now = lines();
            for (int i = from; i < now.size(); i++) {
                if (which.test(now.get(i))) {
                    return i;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("expected event not printed; output:\n" + out);
    }

    private List<JsonNode> lines() throws Exception {
        List<JsonNode> result = new ArrayList<>();
        String[] all = out.toString().split("\n");
        for (int i = 0; i < all.length - 1 || i < all.length && out.toString().endsWith("\n"); i++) {
            if (!all[i].isBlank()) {
                result.add(json.readTree(all[i]));
            }
        }
        return result;
    }

    private static boolean type(JsonNode j, String type) {
        return type.equals(j.get("type").asText());
    }
}
