package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LegacyCliTest {

    static final String CONFIG = "src/test/resources/legacy/config.json";
    static final String MIB = "src/test/resources/legacy/MIB.json";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = RootCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void scorePrintsExactlyTheDocumentedJson() throws Exception {
        assertThat(run("score", "--mib", MIB, "--config", CONFIG, "--active", "tun0", "--json")).isEqualTo(ExitCodes.OK);
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.fieldNames()).toIterable().containsExactly("scores", "decision", "switchTo", "reason");
        // classic, depth 3: tun2 has only 2 entries -> null
        assertThat(j.get("scores").get("tun2").isNull()).isTrue();
        double tun0 = (48.31 + 51.0 + 47.2) * 1.0 + (9.7 + 10.1 + 9.9) * 0.5 + (1 / 35.2 + 1 / 36.0 + 1 / 40.5) * 100;
        assertThat(j.get("scores").get("tun0").asDouble()).isCloseTo(tun0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(j.get("decision").asText()).isEqualTo("stay");
        assertThat(j.get("switchTo").isNull()).isTrue();
        assertThat(j.get("reason").asText()).startsWith("tun0 stays: tun1 scores");
    }

    @Test
    void scoreFailsOverFromAGoneActiveTunnelAndHonoursScoringFlag() throws Exception {
        assertThat(run("score", "--mib", MIB, "--config", CONFIG, "--active", "tun9", "--scoring", "normalized", "--json")).isEqualTo(0);
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("decision").asText()).isEqualTo("failover");
        assertThat(j.get("switchTo").asText()).isEqualTo("tun0");
        assertThat(j.get("scores").get("tun0").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void scoreRefusesABadScoringModeWithUsageExit() {
        assertThat(run("score", "--mib", MIB, "--config", CONFIG, "--scoring", "fancy")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--scoring fancy");
    }

    @Test
    void importThenExportGivesTheSameHistoryAndConfig() throws Exception {
        assertThat(run("import-legacy", "--config", CONFIG, "--mib", MIB, "--data-dir", dir.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("imported 8 samples of 3 tunnels");
        Path mibOut = dir.resolve("out/MIB.json");
        Path cfgOut = dir.resolve("out/config.json");
        assertThat(run("export-legacy", "--mib", mibOut.toString(), "--config", cfgOut.toString(), "--data-dir", dir.toString(),
                "--time-format", "unix"))
                .as(err.toString()).isEqualTo(0);
        ObjectMapper m = new ObjectMapper();
        java.util.Comparator<JsonNode> numeric = (a, b) -> a.isNumber() && b.isNumber()
                ? Double.compare(a.asDouble(), b.asDouble()) : a.equals(b) ? 0 : 1;
        assertThat(m.readTree(mibOut.toFile()).equals(numeric, m.readTree(Path.of(MIB).toFile()))).isTrue();
        assertThat(m.readTree(cfgOut.toFile()).equals(numeric, m.readTree(Path.of(CONFIG).toFile()))).isTrue();
        assertThat(Files.exists(dir.resolve("settings.json"))).isTrue();
        assertThat(List.of(Files.exists(dir.resolve("history.db")))).containsExactly(true);
    }
}
