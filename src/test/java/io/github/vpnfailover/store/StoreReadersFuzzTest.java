package io.github.vpnfailover.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vpnfailover.core.InvalidPolicyException;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.testing.FuzzRun;
import io.github.vpnfailover.testing.JsonGenerator;
import io.github.vpnfailover.testing.TextMutator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * At least 100 000 random and mutated documents into each JSON reader (settings.json, run --config, the old
 * config.json and MIB.json): only a result or the reader's typed error, never another exception or a hang.
 * Half the inputs mutate real files byte by byte; half are random JSON built from the formats' own keys.
 */
class StoreReadersFuzzTest {

    private static final int ROUNDS = Integer.getInteger("fuzz.rounds", 100_000);
    private static final Duration LIMIT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = Json.mapper();

    @Test
    void settingsReaderGivesOkCorruptOrTooNewOnly() throws Exception {
        SettingsReader reader = new SettingsReader();
        List<String> seeds = List.of(settingsSeed(), legacy("config.json"));
        var f = fuzz("SettingsReader", seeds, bytes -> {
            SettingsReader.Read r = reader.read(bytes);
            boolean consistent = r.status() == SettingsLoad.Status.OK ? r.settings() != null && r.problem() == null
                    : r.settings() == null && r.problem() != null && !r.problem().isBlank() && r.problem().length() < 400;
            if (!consistent) {
                throw new AssertionError("inconsistent result " + r);
            }
            return r.status().name();
        }, e -> false);
        assertThat(f.outcomes()).containsKeys("OK", "CORRUPT", "TOO_NEW");
    }

    @Test
    void policyFileGivesAPolicyOrATypedError() throws Exception {
        PolicyFile reader = new PolicyFile();
        List<String> seeds = List.of(settingsSeed(), JSON.writeValueAsString(Policy.defaults()), legacy("config.json"));
        var f = fuzz("PolicyFile", seeds, bytes -> {
            try {
                return reader.read(bytes, "policy.json", Policy.defaults()) == null ? null : "Policy";
            } catch (StoreException e) {
                return "StoreException";
            }
        }, e -> e instanceof InvalidPolicyException);
        assertThat(f.outcomes()).containsKeys("Policy", "StoreException", "InvalidPolicyException");
    }

    @Test
    void legacyConfigReaderGivesAConfigOrAStoreException() throws Exception {
        LegacyFormats reader = new LegacyFormats();
        var f = fuzz("LegacyConfig", List.of(legacy("config.json")), bytes -> {
            try {
                return reader.readConfig(bytes, "config.json") == null ? null : "LegacyConfig";
            } catch (StoreException e) {
                return "StoreException";
            }
        }, e -> false);
        assertThat(f.outcomes()).containsKeys("LegacyConfig", "StoreException");
    }

    @Test
    void legacyMibReaderGivesSamplesOrAStoreException() throws Exception {
        LegacyFormats reader = new LegacyFormats();
        // The old manager's own shape too: month/day times across a new year, shared by the tunnels of a poll.
        String original = "{\"tun0\": [{\"latency\": 61.0, \"download\": 26.53, \"upload\": 1.14, \"time\": \"01/01 00:01:16\"}, "
                + "{\"latency\": 98.725, \"download\": 8.0, \"upload\": 2.2, \"time\": \"12/31 23:59:38\"}], "
                + "\"tun1\": [{\"latency\": 41.75, \"download\": 1e-05, \"upload\": 0.98, \"time\": \"01/01 00:01:16\"}]}";
        var f = fuzz("LegacyMib", List.of(shortMib(), original, legacy("config.json")), bytes -> {
            try {
                Map<String, ?> m = reader.readMib(bytes, "MIB.json");
                return m == null ? null : "Samples";
            } catch (StoreException e) {
                return "StoreException";
            }
        }, e -> false);
        assertThat(f.outcomes()).containsKeys("Samples", "StoreException");
    }

    /** Inputs that escaped as untyped exceptions or hung before they were fixed, kept as plain checks. */
    @Test
    void inputsThatOnceEscapedAreTypedErrorsNow() {
        LegacyFormats reader = new LegacyFormats();
        for (String time : new String[] {"1e999999999", "1e-999999999", "1e18", "\"2023-13-45T99:99:99Z\"", "-1e300",
                "31556889864403199"}) {
            byte[] mib = ("{\"tun0\": [{\"latency\": 1, \"download\": 2, \"upload\": 3, \"time\": " + time + "}]}")
                    .getBytes(StandardCharsets.UTF_8);
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                try {
                    var samples = reader.readMib(mib, "MIB.json");
                    assertThat(time).as("only a sub-nanosecond time reads (as 0)").isEqualTo("1e-999999999");
                    assertThat(samples.get("tun0").get(0).time()).isEqualTo(java.time.Instant.EPOCH);
                } catch (StoreException e) {
                    assertThat(e).hasMessageContaining("MIB.json");
                }
            }, time);
        }
        byte[] config = "{\"depth\": 1e999999999, \"threshold\": 0.1e9999999992, \"delay\": 300, \"uploadWeight\": 0.5, \"downloadWeight\": 1, \"latencyWeight\": 1}"
                .getBytes(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.readConfig(config, "config.json"))
                .isInstanceOf(StoreException.class).hasMessageContaining("config.json");
        assertThat(new SettingsReader().read("\u0085".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(SettingsLoad.Status.CORRUPT);
        assertThat(new SettingsReader().read("{\"version\": 1e999999999}".getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(SettingsLoad.Status.CORRUPT);
    }

    private static FuzzRun.Figures fuzz(String name, List<String> seeds, Function<byte[], String> target,
            java.util.function.Predicate<Throwable> typed) throws IOException {
        List<String> keys = keysOf(seeds);
        var f = FuzzRun.run(name, ROUNDS, LIMIT, new FuzzRun.Inputs<byte[]>() {
            private TextMutator mutator;
            private JsonGenerator generator;

            @Override
            public byte[] next(Random random) {
                if (mutator == null) {
                    mutator = new TextMutator(random, seeds);
                    generator = new JsonGenerator(random, keys);
                }
                return (random.nextBoolean() ? mutator.next() : generator.next()).getBytes(StandardCharsets.UTF_8);
            }
        }, target, typed);
        assertThat(f.outcomes().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(ROUNDS);
        return f;
    }

    /** A real settings.json as this app writes it, with a router profile and an OpenVPN server. */
    private static String settingsSeed() throws IOException {
        String one = JSON.writeValueAsString(Settings.defaults());
        ObjectNode tree = (ObjectNode) JSON.readTree(one);
        tree.putArray("routers").addObject().put("name", "home").put("host", "192.0.2.1").put("port", 22).put("user", "root")
                .put("identity", "/root/.ssh/id_ed25519").putArray("servers").addObject().put("host", "vpn.example").put("port", 1194);
        return JSON.writeValueAsString(tree);
    }

    /** The real MIB.json cut to three measurements per tunnel, so each input parses quickly. */
    private static String shortMib() throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(legacy("MIB.json"));
        ObjectNode out = JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            var e = it.next();
            var list = out.putArray(e.getKey());
            for (int i = 0; i < Math.min(3, e.getValue().size()); i++) {
                list.add(e.getValue().get(i));
            }
        }
        return JSON.writeValueAsString(out);
    }

    /** Every field name that occurs in the seeds, at any depth, for the random documents. */
    private static List<String> keysOf(List<String> seeds) throws IOException {
        TreeSet<String> keys = new TreeSet<>(List.of("version", "time", "latency", "download", "upload", "tun0"));
        for (String s : seeds) {
            collect(JSON.readTree(s), keys);
        }
        return new ArrayList<>(keys);
    }

    private static void collect(JsonNode node, TreeSet<String> keys) {
        node.fieldNames().forEachRemaining(keys::add);
        node.elements().forEachRemaining(child -> collect(child, keys));
    }

    private static String legacy(String name) {
        try (InputStream in = StoreReadersFuzzTest.class.getResourceAsStream("/legacy/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
