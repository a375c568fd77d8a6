package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A bad policy value stops {@code run --config} and {@code import-legacy} before anything runs or is written (decision 0150). */
class PolicyLoadCliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int vpnfailover(String... args) {
        CommandLine cl = RootCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void runRefusesAPolicyFileWithAnUnsafePingTargetBeforeConnecting() throws Exception {
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, "{\"measure\": {\"pingTargets\": [\"1.1.1.1; reboot\"]}}");
        int code = vpnfailover("run", "--once", "--config", policy.toString(), "--data-dir", dir.resolve("data").toString());
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("measure.pingTargets[0] = '1.1.1.1; reboot' is not allowed");
        assertThat(dir.resolve("data/history.db")).as("nothing ran").doesNotExist();
    }

    @Test
    void runRefusesAnUnknownTemplatePlaceholder() throws Exception {
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, "{\"measure\": {\"routeMode\": \"command\", \"commandTemplate\": \"/sbin/sw {iface} {via}\"}}");
        int code = vpnfailover("run", "--once", "--config", policy.toString(), "--data-dir", dir.resolve("data").toString());
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("measure.commandTemplate").contains("unknown placeholder {via}");
    }

    @Test
    void importLegacyWithAnOutOfRangeConfigLeavesTheSettingsAsTheyWere() throws Exception {
        Path data = dir.resolve("data");
        Path good = dir.resolve("good.json");
        Files.writeString(good, "{\"depth\": 5, \"threshold\": 0.15, \"delay\": 100, \"uploadWeight\": 0.3, "
                + "\"downloadWeight\": 0.5, \"latencyWeight\": 0.2}");
        assertThat(vpnfailover("import-legacy", "--config", good.toString(), "--data-dir", data.toString())).as(err.toString())
                .isEqualTo(ExitCodes.OK);
        byte[] before = Files.readAllBytes(data.resolve("settings.json"));

        Path bad = dir.resolve("config.json");
        Files.writeString(bad, "{\"depth\": 5, \"threshold\": 1e400, \"delay\": 100, \"uploadWeight\": 0.3, "
                + "\"downloadWeight\": 0.5, \"latencyWeight\": 0.2}");
        int code = vpnfailover("import-legacy", "--config", bad.toString(), "--data-dir", data.toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("threshold = Infinity is not allowed");
        assertThat(Files.readAllBytes(data.resolve("settings.json"))).isEqualTo(before);
        try (var files = Files.list(data)) {
            assertThat(files.map(f -> f.getFileName().toString())).doesNotContain("settings.json.tmp");
        }
    }
}
