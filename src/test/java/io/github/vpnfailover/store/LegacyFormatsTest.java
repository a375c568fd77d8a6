package io.github.vpnfailover.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.ScoringMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyFormatsTest {

    static final Path CONFIG = Path.of("src/test/resources/legacy/config.json");
    static final Path MIB = Path.of("src/test/resources/legacy/MIB.json");

    private final LegacyFormats legacy = new LegacyFormats();
    private final ObjectMapper exact = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Same numbers, whatever their spelling (100 vs 100.0); every tunnel, entry, field and value must match. */
    private static final java.util.Comparator<JsonNode> NUMERIC = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    @TempDir
    Path dir;

    @Test
    void configRoundTripsFieldForField() throws Exception {
        LegacyConfig c = legacy.readConfig(CONFIG);
        assertThat(c).isEqualTo(new LegacyConfig(3, 0.2, 300, 0.5, 1.0, 100));
        Path out = dir.resolve("config.json");
        legacy.writeConfig(out, c);
        assertThat(numbers(out).equals(NUMERIC, numbers(CONFIG))).as("%s vs %s", numbers(out), numbers(CONFIG)).isTrue();
    }

    @Test
    void configBecomesAClassicPolicyWithDelayAsInterval() throws Exception {
        Policy p = LegacyFormats.toPolicy(legacy.readConfig(CONFIG), Policy.defaults());
        assertThat(p.scoring()).isEqualTo(ScoringMode.CLASSIC);
        assertThat(p.intervalSeconds()).isEqualTo(300);
        assertThat(p.depth()).isEqualTo(3);
        assertThat(p.threshold()).isEqualTo(0.2);
        assertThat(p.latencyWeight()).isEqualTo(100);
        assertThat(LegacyFormats.fromPolicy(p)).isEqualTo(legacy.readConfig(CONFIG));
    }

    @Test
    void mibRoundTripsWithTheOldFilesExactShapeAndOrder() throws Exception {
        Map<String, List<Sample>> h = legacy.readMib(MIB);
        assertThat(h.keySet()).containsExactly("tun0", "tun1", "tun2");
        Sample newest = h.get("tun0").get(0);
        assertThat(newest.time()).isEqualTo(Instant.ofEpochSecond(1700000600L, 513_000_000));
        assertThat(newest.latencyMs()).isEqualTo(35.2);
        assertThat(newest.isGood()).isTrue();
        Path out = dir.resolve("MIB.json");
        new MibWriter(MibWriter.TimeFormat.UNIX, java.time.ZoneOffset.UTC)
                .write(out, List.copyOf(h.keySet()), (tunnel, action) -> h.get(tunnel).forEach(action));
        assertThat(numbers(out).equals(NUMERIC, numbers(MIB))).as("%s vs %s", numbers(out), numbers(MIB)).isTrue();
        assertThat(Files.readString(out)).contains("\"time\": 1700000000}").doesNotContain("1700000000.0")
                .contains("\"time\": 1700000600.513}");
    }

    @Test
    void theDefaultExportIsTheOriginalLocalMonthDayForm() throws Exception {
        Path out = dir.resolve("MIB.json");
        Sample s = new Sample("tun0", Instant.parse("2026-04-06T14:08:16.900Z"), 61.0, null, null, null, 0.0, 26.53, 1e-05, null);
        new LegacyFormats(java.time.Clock.system(java.time.ZoneId.of("Europe/Berlin"))).writeMib(out, Map.of("tun0", List.of(s)));
        assertThat(Files.readString(out))
                .isEqualTo("{\"tun0\": [{\"latency\": 61.0, \"download\": 26.53, \"upload\": 1e-05, \"time\": \"04/06 16:08:16\"}]}");
    }

    @Test
    void exportLeavesOutFailedSamples() throws Exception {
        Path out = dir.resolve("MIB.json");
        legacy.writeMib(out, Map.of("tun0", List.of(Sample.failed("tun0", Instant.ofEpochSecond(5), "down"))));
        assertThat(legacy.readMib(out).get("tun0")).isEmpty();
    }

    @Test
    void refusesConfigWithUnknownOrMissingField() throws Exception {
        Path bad = dir.resolve("config.json");
        Files.writeString(bad, "{\"depth\": 3, \"threshold\": 0.2, \"delay\": 300, \"uploadWeight\": 1, \"downloadWeight\": 1}");
        assertThatThrownBy(() -> legacy.readConfig(bad)).isInstanceOf(StoreException.class).hasMessageContaining("latencyWeight");
        Files.writeString(bad, "{\"depth\": 3, \"treshold\": 0.2}");
        assertThatThrownBy(() -> legacy.readConfig(bad)).hasMessageContaining("unknown field 'treshold'");
    }

    @Test
    void refusesMibEntryWithoutLatency() throws Exception {
        Path bad = dir.resolve("MIB.json");
        Files.writeString(bad, "{\"tun0\": [{\"download\": 1, \"upload\": 1, \"time\": 5}]}");
        assertThatThrownBy(() -> legacy.readMib(bad)).hasMessageContaining("tun0[0]").hasMessageContaining("latency");
    }

    @Test
    void configIsWrittenAsPythonsJsonDumpsWithIndent2() throws Exception {
        io.github.vpnfailover.testing.PythonReference.assumeAvailable();
        Path out = dir.resolve("config.json");
        legacy.writeConfig(out, new LegacyConfig(5, 0.15, 100, 0.3, 0.5, 1e-05));
        String python = io.github.vpnfailover.testing.PythonReference.run(
                "import json, sys\nsys.stdout.write(json.dumps({\"depth\": 5, \"threshold\": 0.15, \"delay\": 100, "
                + "\"uploadWeight\": 0.3, \"downloadWeight\": 0.5, \"latencyWeight\": 1e-05}, indent=2))\n", Map.of(), List.of());
        assertThat(Files.readString(out)).isEqualTo(python);
    }

    private JsonNode numbers(Path p) throws Exception {
        return exact.readTree(p.toFile());
    }
}
