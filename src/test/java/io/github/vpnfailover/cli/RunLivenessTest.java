package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.TunnelState;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.router.LivenessProber;
import io.github.vpnfailover.router.ProbeLine;
import io.github.vpnfailover.router.RemoteShell;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code run}'s fast-failover flags, and its events for liveness and commit-confirm. */
class RunLivenessTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** No traffic flows through tun1; streams are never started in --once. */
    static final class Tun1Broken implements LivenessProber {
        final List<String> checked = new ArrayList<>();
        RunCommandTest.TwoTunnels router;

        @Override
        public RemoteShell.LineStream start(String tunnel, List<String> targets, int i, int t, Consumer<ProbeLine> onLine) {
            throw new UnsupportedOperationException("not in --once");
        }

        @Override
        public boolean trafficFlows(List<String> targets, Duration within) {
            checked.addAll(targets);
            return !router.active.equals("tun1");
        }
    }

    private RunCommand parse(String... args) {
        RunCommand cmd = new RunCommand();
        new CommandLine(cmd).parseArgs(args);
        return cmd;
    }

    @Test
    void livenessIsOnByDefaultAndFlagsOverrideTheDefaults() {
        assertThat(parse().liveness.enabled()).isTrue();
        assertThat(parse("--no-liveness").liveness.enabled()).isFalse();
        var s = parse("--liveness-target", "10.0.0.1", "--liveness-target", "10.0.0.2", "--liveness-fall", "4",
                "--liveness-interval-ms", "250", "--quality-loss-percent", "20,5", "--confirm-target", "10.0.0.3",
                "--quarantine-seconds", "600").liveness.settings();
        assertThat(s.targets()).containsExactly("10.0.0.1", "10.0.0.2");
        assertThat(s.fall()).isEqualTo(4);
        assertThat(s.intervalMillis()).isEqualTo(250);
        assertThat(s.quality().failLossPercent()).isEqualTo(20.0);
        assertThat(s.quality().recoverLossPercent()).isEqualTo(5.0);
        assertThat(s.quality().failLatencyMs()).isNull();
        assertThat(s.effectiveConfirmTargets()).containsExactly("10.0.0.3");
        assertThat(s.quarantineSeconds()).isEqualTo(600);
        assertThat(s.minTimeoutMillis()).as("adaptive by default (decision 0200)").isEqualTo(50);
        assertThat(parse("--liveness-min-timeout-ms", "120").liveness.settings().minTimeoutMillis()).isEqualTo(120);
        var fixed = parse("--liveness-timeout-ms", "300", "--liveness-min-timeout-ms", "300").liveness.settings();
        assertThat(fixed.minTimeoutMillis()).isEqualTo(fixed.timeoutMillis()).isEqualTo(300);
    }

    @Test
    void badLivenessValuesAreUsageErrorsNamingTheValue() {
        assertThat(run(new RunCommandTest.TwoTunnels(), null, "--once", "--liveness-fall", "0", "--data-dir", dir.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("liveness.fall = 0 is not allowed: 1 to 100");
        assertThat(run(new RunCommandTest.TwoTunnels(), null, "--once", "--quality-latency-ms", "300", "--data-dir", dir.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--quality-latency-ms takes two numbers");
        assertThat(run(new RunCommandTest.TwoTunnels(), null, "--once", "--liveness-min-timeout-ms", "900", "--data-dir", dir.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("liveness.minTimeoutMillis = 900 is not allowed: 10 to 800");
    }

    @Test
    void aSwitchWithoutTrafficIsRolledBackAndPrintedAsConfirmAndSwitchEvents() throws Exception {
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, "{\"depth\": 1, \"threshold\": 0.1}");
        var router = new RunCommandTest.TwoTunnels();
        var prober = new Tun1Broken();
        prober.router = router;
        int code = run(router, prober, "--once", "--json-events", "--auto", "--config", policy.toString(),
                "--confirm-target", "10.0.0.3", "--data-dir", dir.toString());
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(router.switches).containsExactly("tun1", "tun0");
        assertThat(prober.checked).containsOnly("10.0.0.3");
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> confirms = new ArrayList<>();
        List<JsonNode> switches = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            JsonNode j = m.readTree(line);
            if (j.get("type").asText().equals("confirm")) {
                confirms.add(j);
            } else if (j.get("type").asText().equals("switch")) {
                switches.add(j);
            }
        }
        assertThat(confirms).hasSize(1);
        assertThat(confirms.get(0).get("tunnel").asText()).isEqualTo("tun1");
        assertThat(confirms.get(0).get("confirmed").asBoolean()).isFalse();
        assertThat(switches).hasSize(2);
        assertThat(switches.get(1).get("reason").asText()).startsWith("rollback to tun0: no answer from 10.0.0.3");
    }

    @Test
    void livenessEventsCarryConditionLossAndReasonInJsonAndText() throws Exception {
        var e = new EngineEvent.LivenessEvent(Instant.parse("2026-01-01T00:00:00Z"), "tun0", TunnelState.DOWN, 12.5,
                LinkCondition.DEGRADED, 30.0, "degraded: loss 30.0 % >= 20.0 %");
        JsonNode j = new ObjectMapper().readTree(new EventJson().line(e));
        assertThat(j.get("type").asText()).isEqualTo("liveness");
        assertThat(j.get("condition").asText()).isEqualTo("DEGRADED");
        assertThat(j.get("lossPercent").asDouble()).isEqualTo(30.0);
        assertThat(TextEvents.line(e)).endsWith("liveness tun0 DEGRADED 12.5 ms, loss 30 %: degraded: loss 30.0 % >= 20.0 %");
    }

    private int run(RunCommandTest.TwoTunnels router, LivenessProber prober, String... args) {
        RunCommand cmd = new RunCommand();
        cmd.parts = io.github.vpnfailover.testing.FakeParts.of(shell -> router, shell -> prober);
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }
}
