package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.Tunnel;
import io.github.vpnfailover.core.TunnelState;
import io.github.vpnfailover.router.RouterControl;
import io.github.vpnfailover.router.SwitchResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandTest {

    @TempDir
    Path dir;

    /** Two tunnels: tun1 far better; the routes start on tun0. */
    static final class TwoTunnels implements RouterControl {
        final List<String> switches = new ArrayList<>();
        String active = "tun0";

        @Override public List<Tunnel> listTunnels(MeasureSettings s) {
            return List.of(new Tunnel("tun0", TunnelState.UP, List.of(), null, null), new Tunnel("tun1", TunnelState.UP, List.of(), null, null));
        }
        @Override public Sample measure(String t, MeasureSettings s) {
            double lat = t.equals("tun0") ? 200 : 20;
            return new Sample(t, Instant.now(), lat, lat, lat, 1.0, 0.0, null, null, null);
        }
        @Override public Optional<String> active() {
            return Optional.of(active);
        }
        @Override public SwitchResult switchTo(String t, MeasureSettings s) {
            switches.add(t);
            active = t;
            return new SwitchResult(t, true, t, "ok");
        }
        @Override public String describe() {
            return "two tunnels";
        }
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(TwoTunnels router, String... args) {
        RunCommand cmd = new RunCommand();
        cmd.parts = io.github.vpnfailover.testing.FakeParts.of(shell -> router, shell -> null);
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void onceWithJsonEventsPrintsOneTypedObjectPerLineAndSwitches() throws Exception {
        TwoTunnels router = new TwoTunnels();
        int code = run(router, "--once", "--json-events", "--auto", "--config", "src/test/resources/legacy/config.json",
                "--data-dir", dir.toString());
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        // the old config has depth 3: one cycle scores nobody, so no switch yet
        assertThat(router.switches).isEmpty();
        ObjectMapper m = new ObjectMapper();
        List<String> types = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            JsonNode j = m.readTree(line);
            types.add(j.get("type").asText());
        }
        assertThat(types).contains("connection", "progress", "sample", "decision");
        assertThat(types.stream().filter("sample"::equals)).hasSize(2);
    }

    @Test
    void noAutoOnlyRecommendsAndAppPolicyJsonIsAccepted() throws Exception {
        Path policy = dir.resolve("policy.json");
        java.nio.file.Files.writeString(policy, "{\"depth\": 1, \"threshold\": 0.1}");
        TwoTunnels router = new TwoTunnels();
        int code = run(router, "--once", "--json-events", "--no-auto", "--config", policy.toString(), "--data-dir", dir.toString());
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(router.switches).isEmpty();
        assertThat(out.toString()).contains("\"type\":\"decision\"").contains("\"kind\":\"SWITCH\"").contains("\"applied\":false");
        out.getBuffer().setLength(0);
        assertThat(run(router, "--once", "--auto", "--config", policy.toString(), "--data-dir", dir.toString())).isEqualTo(0);
        assertThat(router.switches).containsExactly("tun1");
    }

    @Test
    void aBadConfigIsAUsageError() throws Exception {
        Path policy = dir.resolve("policy.json");
        java.nio.file.Files.writeString(policy, "{\"depth\": 0}");
        assertThat(run(new TwoTunnels(), "--once", "--config", policy.toString(), "--data-dir", dir.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("depth = 0");
    }
}
