package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.vpnfailover.core.LivenessTargetSource;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.testbed.NamespaceProcesses;
import io.github.vpnfailover.testbed.NamespaceRouter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code run --json-events} on the namespace router, where the public resolvers answer through no tunnel: with only
 * {@code --ping-target} given, liveness pings that target and every tunnel is up; with a liveness target that never
 * answers (routed into the tunnels, held by no exit) while the ping target does, the distinct state and the alarm,
 * no failover, and no claim that a tunnel "did not answer" (decision 0121).
 */
class RunLivenessTargetsOverNamespaceRouterTest {

    private static NamespaceRouter net;

    @TempDir
    Path dir;

    private final JsonEventLines printed = new JsonEventLines();

    @BeforeAll
    static void bed() throws Exception {
        NamespaceRouter.assumeAvailable();
        net = NamespaceRouter.start(List.of(new NamespaceRouter.TunnelSpec(10, 10), new NamespaceRouter.TunnelSpec(10, 10)));
    }

    @AfterAll
    static void close() {
        if (net != null) {
            net.close();
        }
    }

    @Test
    void withOnlyPingTargetsLivenessPingsThemAndEveryTunnelIsUp() throws Exception {
        RunCommand cmd = new RunCommand();
        var running = start(cmd, "--no-auto");
        List<JsonNode> events;
        String probes;
        try {
            int up0 = printed.await(j -> liveness(j, "tun0", "UP"), 0);
            int up1 = printed.await(j -> liveness(j, "tun1", "UP"), 0);
            printed.await(j -> JsonEventLines.type(j, "decision"), Math.max(up0, up1));
            probes = String.join("\n", NamespaceProcesses.commandLines(net.routerNs));
        } finally {
            cmd.stop();
        }
        assertThat(running.get(30, TimeUnit.SECONDS)).isEqualTo(ExitCodes.OK);
        events = printed.lines();
        List<JsonNode> live = events.stream().filter(j -> JsonEventLines.type(j, "liveness")).toList();
        System.out.println("[liveness from --ping-target] " + live.get(live.size() - 1));
        assertThat(live).extracting(j -> j.get("condition").asText()).doesNotContain("DOWN", "NO_TARGET_ANSWERS");
        assertThat(live).filteredOn(j -> "UP".equals(j.get("condition").asText()))
                .allSatisfy(j -> assertThat(j.get("reason").asText()).isEqualTo("1 of 1 targets answer"));
        assertThat(events).noneMatch(j -> JsonEventLines.type(j, "liveness-unanswered"));
        assertThat(probes).as("liveness probes on the router").contains(NamespaceRouter.INTERNET)
                .doesNotContain("1.1.1.1").doesNotContain("8.8.8.8");
    }

    @Test
    void aLivenessTargetThatNeverAnswersIsNamedWithItsFixAndNoTunnelIsDown() throws Exception {
        String routesBefore = net.routes();
        RunCommand cmd = new RunCommand();
        var running = start(cmd, "--auto", "--liveness-target", NamespaceRouter.BLACK_HOLE);
        try {
            int alarm = printed.await(j -> JsonEventLines.type(j, "liveness-unanswered"), 0);
            printed.await(j -> liveness(j, "tun0", "NO_TARGET_ANSWERS"), alarm);
            printed.await(j -> liveness(j, "tun1", "NO_TARGET_ANSWERS"), alarm);
            int again = printed.await(j -> JsonEventLines.type(j, "liveness-unanswered"), alarm + 1);
            printed.await(j -> JsonEventLines.type(j, "decision"), again);
        } finally {
            cmd.stop();
        }
        assertThat(running.get(30, TimeUnit.SECONDS)).isEqualTo(ExitCodes.OK);
        List<JsonNode> events = printed.lines();
        // the first alarm may name only the tunnels measured after liveness gave up; the next one names both
        List<JsonNode> alarms = events.stream().filter(j -> JsonEventLines.type(j, "liveness-unanswered")).toList();
        JsonNode alarm = alarms.get(alarms.size() - 1);
        System.out.println("[liveness black hole] " + alarm);
        System.out.println("[liveness black hole] as text: " + TextEvents.unanswered(new EngineEvent.LivenessUnansweredEvent(
                java.time.Instant.now(), strings(alarm.get("targets")), LivenessTargetSource.valueOf(alarm.get("source").asText()),
                strings(alarm.get("pingTargets")), strings(alarm.get("answeringTunnels")))));
        assertThat(alarm.get("targets").toString()).isEqualTo("[\"" + NamespaceRouter.BLACK_HOLE + "\"]");
        assertThat(alarm.get("source").asText()).isEqualTo("GIVEN");
        assertThat(alarm.get("pingTargets").toString()).isEqualTo("[\"" + NamespaceRouter.INTERNET + "\"]");
        assertThat(alarm.get("answeringTunnels").toString()).isEqualTo("[\"tun0\",\"tun1\"]");
        events.stream().filter(j -> JsonEventLines.type(j, "decision")).forEach(j -> System.out.println("[liveness black hole] decision "
                + j.get("decision").get("reason").asText()));
        assertThat(events).noneMatch(j -> JsonEventLines.type(j, "switch"));
        assertThat(events).filteredOn(j -> JsonEventLines.type(j, "decision")).isNotEmpty()
                .allSatisfy(j -> assertThat(j.get("decision").get("kind").asText()).isEqualTo("STAY"))
                .allSatisfy(j -> assertThat(j.get("decision").get("reason").asText())
                        .doesNotContain("did not answer").doesNotContain("no other tunnel answered").doesNotContain("is down"));
        assertThat(events).filteredOn(j -> JsonEventLines.type(j, "sample")).allSatisfy(j -> assertThat(j.get("sample").get("error").isNull()).isTrue());
        assertThat(net.routes()).isEqualTo(routesBefore);
        assertThat(net.exitSeenByInternet()).startsWith("exit0 ");
    }

    private CompletableFuture<Integer> start(RunCommand cmd, String... extra) throws Exception {
        var target = net.sshTarget(dir.resolve("known_hosts"), "root");
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"depth\": 2, \"threshold\": 0.15, \"delay\": 1, \"uploadWeight\": 1, "
                + "\"downloadWeight\": 1, \"latencyWeight\": 1}");
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(printed.writer());
        cl.setErr(new PrintWriter(new StringWriter(), true));
        List<String> args = new ArrayList<>(List.of("--host", target.host(), "--user", "root",
                "--identity", target.identity().toString(), "--known-hosts", target.knownHosts().toString(),
                "--ping-target", NamespaceRouter.INTERNET, "--ping-count", "4", "--config", config.toString(),
                "--data-dir", dir.resolve("data").toString(), "--json-events"));
        args.addAll(List.of(extra));
        return CompletableFuture.supplyAsync(() -> cl.execute(args.toArray(String[]::new)));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static boolean liveness(JsonNode j, String tunnel, String condition) {
        return JsonEventLines.type(j, "liveness") && tunnel.equals(j.get("tunnel").asText()) && condition.equals(j.get("condition").asText());
    }
}
