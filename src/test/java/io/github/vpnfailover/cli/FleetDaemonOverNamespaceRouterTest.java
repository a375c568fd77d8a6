package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.vpnfailover.testbed.NamespaceRouter;
import io.github.vpnfailover.testing.MetricsScrape;
import io.github.vpnfailover.testing.PrometheusServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * One daemon as a fleet runs it, over the namespace router: a real Prometheus scrapes {@code run --metrics-listen},
 * and what its HTTP API answers is held against the same run's {@code --json-events} (the active tunnel, a tunnel's
 * latency, the switch counters after a switch and after a forced failover; decision 0190). The same run has a
 * recording hook, a hook that hangs past its timeout and a router-side hook (decision 0191): the failover still
 * comes on time, the recording hook gets the switch's own JSON line, the router hook runs on the router.
 */
class FleetDaemonOverNamespaceRouterTest {

    @TempDir
    Path dir;

    private final JsonEventLines printed = new JsonEventLines();

    @Test
    void prometheusAndTheHooksSeeWhatTheJsonEventsReportAndAHangingHookDelaysNoFailover() throws Exception {
        NamespaceRouter.assumeAvailable();
        PrometheusServer.assumeAvailable();
        // tun0 slow (the routes start there), tun1 fast: the first cycle switches to tun1, killing it fails over back
        try (var net = NamespaceRouter.start(List.of(new NamespaceRouter.TunnelSpec(80, 10), new NamespaceRouter.TunnelSpec(10, 10)))) {
            int port = MetricsScrape.freePort();
            try (var prometheus = PrometheusServer.start(Files.createDirectories(dir.resolve("prom")), port)) {
                RunCommand cmd = new RunCommand();
                var running = start(cmd, net, port);
                try {
                    int switched = printed.await(j -> isSwitch(j, "SWITCH", "tun1"), 0);
                    String router = net.sshTarget(dir.resolve("known_hosts"), "root").host();
                    awaitQuery(prometheus, "vpnfailover_switches_total{kind=\"switch\",router=\"" + router + "\"}", 1.0);
                    awaitActive(prometheus, "tun1");
                    assertThat(prometheus.single("vpnfailover_switches_total{kind=\"failover\"}")).isEqualTo(0.0);
                    latencyMatchesASample(prometheus, "tun0");

                    long hanging = Long.parseLong(Files.readString(dir.resolve("hang.sh.switch")).strip());
                    assertThat(ProcessHandle.of(hanging).map(ProcessHandle::isAlive)).as("the switch's hook still hangs").contains(true);
                    long killed = System.nanoTime();
                    net.killTunnel(1);
                    int failover = printed.await(j -> isSwitch(j, "FAILOVER", "tun0"), switched);
                    long failoverMs = (System.nanoTime() - killed) / 1_000_000;
                    System.out.println("[hooks] failover " + failoverMs + " ms after the kill, with a hanging hook running");
                    assertThat(failoverMs).isLessThan(8000);
                    awaitQuery(prometheus, "vpnfailover_switches_total{kind=\"failover\"}", 1.0);
                    awaitActive(prometheus, "tun0");
                    assertThat(prometheus.single("vpnfailover_switches_total{kind=\"switch\"}")).isEqualTo(1.0);
                    assertThat(prometheus.single("sum(vpnfailover_switches_total)")).as("one switch and one failover, nothing else")
                            .isEqualTo((double) printed.lines().stream().filter(j -> JsonEventLines.type(j, "switch")).count());
                    System.out.println("[prometheus] target " + prometheus.targetHealth() + "; down tunnels "
                            + prometheus.query("vpnfailover_tunnel_liveness_state{condition=\"DOWN\"} == 1"));
                } finally {
                    cmd.stop();
                }
                assertThat(running.get(30, TimeUnit.SECONDS)).isEqualTo(ExitCodes.OK);
            }
            hooksSawTheSwitches();
        }
    }

    private void hooksSawTheSwitches() throws Exception {
        List<JsonNode> switches = printed.lines().stream().filter(j -> JsonEventLines.type(j, "switch")).toList();
        List<String> lines = printed.toString().lines().filter(l -> l.startsWith("{\"type\":\"switch\"")).toList();
        assertThat(Files.readAllLines(dir.resolve("record.sh.log"))).containsExactly("switch tun0 tun1", "failover tun1 tun0");
        assertThat(Files.readString(dir.resolve("record.sh.failover"))).isEqualTo(lines.get(1) + "\n");
        assertThat(switches.get(1).get("kind").asText()).isEqualTo("FAILOVER");
        assertThat(Files.readAllLines(dir.resolve("router-hook.log"))).containsExactly("from tun0 to tun1", "from tun1 to tun0");
        for (String pidFile : List.of("hang.sh.switch", "hang.sh.failover")) {
            long sleeper = Long.parseLong(Files.readString(dir.resolve(pidFile)).strip());
            Awaitility.await(pidFile).atMost(10, TimeUnit.SECONDS).until(() -> ProcessHandle.of(sleeper).map(p -> !p.isAlive()).orElse(true));
        }
    }

    private String script(String name, String body) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        return p.toString();
    }

    private CompletableFuture<Integer> start(RunCommand cmd, NamespaceRouter net, int port) throws Exception {
        var target = net.sshTarget(dir.resolve("known_hosts"), "root");
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, "{\"depth\": 1, \"threshold\": 0.15, \"intervalSeconds\": 2}");
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(printed.writer());
        cl.setErr(new PrintWriter(new StringWriter(), true));
        String record = script("record.sh", "echo \"$VFM_EVENT $VFM_FROM $VFM_TO\" >> \"$0.log\"; cat > \"$0.$VFM_EVENT\"");
        String hang = script("hang.sh", "sleep 60 & echo $! > \"$0.$VFM_EVENT\"; wait");
        String routerHook = "echo from {from} to {to} >> " + dir.resolve("router-hook.log");
        return CompletableFuture.supplyAsync(() -> cl.execute("--on-event", record, "--on-event", hang, "--hook-timeout-seconds", "8",
                "--router-hook", routerHook, "--host", target.host(), "--user", "root",
                "--identity", target.identity().toString(), "--known-hosts", target.knownHosts().toString(),
                "--ping-target", NamespaceRouter.INTERNET, "--ping-count", "4", "--config", policy.toString(),
                "--data-dir", dir.resolve("data").toString(), "--json-events", "--auto", "--metrics-listen", "127.0.0.1:" + port));
    }

    private static boolean isSwitch(JsonNode j, String kind, String to) {
        return JsonEventLines.type(j, "switch") && j.get("verified").asBoolean() && kind.equals(j.get("kind").asText())
                && to.equals(j.get("to").asText());
    }

    private static void awaitQuery(PrometheusServer p, String promql, double expected) {
        Awaitility.await(promql).atMost(15, TimeUnit.SECONDS).pollInterval(250, TimeUnit.MILLISECONDS)
                .until(() -> Double.valueOf(expected).equals(p.single(promql)));
    }

    /** Prometheus names exactly one active tunnel, the one the last verified switch event went to. */
    private static void awaitActive(PrometheusServer p, String tunnel) {
        Awaitility.await("active " + tunnel).atMost(15, TimeUnit.SECONDS).pollInterval(250, TimeUnit.MILLISECONDS).until(() -> {
            JsonNode r = p.query("vpnfailover_tunnel_active == 1");
            return r.size() == 1 && tunnel.equals(r.get(0).get("metric").get("tunnel").asText());
        });
    }

    /** The latency Prometheus stored is, to the last bit, one that a sample event of the run reported (in ms). */
    private void latencyMatchesASample(PrometheusServer p, String tunnel) throws Exception {
        Double seconds = p.single("vpnfailover_tunnel_latency_seconds{tunnel=\"" + tunnel + "\"}");
        List<Double> reported = printed.lines().stream().filter(j -> JsonEventLines.type(j, "sample"))
                .map(j -> j.get("sample")).filter(s -> tunnel.equals(s.get("tunnel").asText()) && s.get("latencyMs").isNumber())
                .map(s -> s.get("latencyMs").asDouble() / 1000.0).toList();
        System.out.println("[prometheus] " + tunnel + " latency " + seconds + " s; sample events " + reported + " s");
        assertThat(reported).contains(seconds);
        assertThat(seconds).isBetween(0.06, 0.2);
    }
}
