package io.github.vpnfailover.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.ScoringMode;
import io.github.vpnfailover.core.Weights;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads and writes the old Python manager's files: {@code config.json}, and {@code MIB.json} through
 * {@link MibReader} and {@link MibWriter}. The clock's zone is the local time of MIB.json's month/day times.
 */
public final class LegacyFormats {

    static final Set<String> CONFIG_FIELDS = Set.of("depth", "threshold", "delay", "uploadWeight", "downloadWeight", "latencyWeight");

    private final ObjectMapper json = Json.mapper().copy()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Clock clock;

    /** The system clock in the system's zone, as the old manager wrote its local time. */
    public LegacyFormats() {
        this(Clock.systemDefaultZone());
    }

    public LegacyFormats(Clock clock) {
        this.clock = clock;
    }

    /** Source of one tunnel's samples, newest first (e.g. the history store). */
    @FunctionalInterface
    public interface SampleSource {
        void forEachNewestFirst(String tunnel, Consumer<Sample> action) throws StoreException;
    }

    public LegacyConfig readConfig(Path file) throws StoreException {
        return readConfig(bytes(file), file.toString());
    }

    /** Reads config.json's bytes; {@code where} names the source in messages. Any bad input is a StoreException. */
    public LegacyConfig readConfig(byte[] bytes, String where) throws StoreException {
        return configFrom(tree(bytes, where), where);
    }

    LegacyConfig configFrom(JsonNode tree, String where) throws StoreException {
        if (tree == null || !tree.isObject()) {
            throw new StoreException(where + ": not a JSON object");
        }
        for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!CONFIG_FIELDS.contains(f)) {
                throw new StoreException(where + ": unknown field '" + f + "' (an old config.json has " + CONFIG_FIELDS + ")");
            }
        }
        for (String f : CONFIG_FIELDS) {
            if (!tree.path(f).isNumber()) {
                throw new StoreException(where + ": field '" + f + "' must be a number, found " + tree.path(f));
            }
        }
        if (!tree.get("depth").canConvertToInt()) {
            throw new StoreException(where + ": field 'depth' must be a whole number, found "
                    + SettingsReader.abbreviate(tree.get("depth").toString()));
        }
        return new LegacyConfig(tree.get("depth").asInt(), tree.get("threshold").asDouble(),
                (int) Math.round(tree.get("delay").asDouble()), tree.get("uploadWeight").asDouble(),
                tree.get("downloadWeight").asDouble(), tree.get("latencyWeight").asDouble());
    }

    /** Writes config.json as Python's {@code json.dumps(config, indent=2)} does: whole numbers for depth and delay. */
    public void writeConfig(Path file, LegacyConfig c) throws StoreException {
        String text = "{\n  \"depth\": " + c.depth()
                + ",\n  \"threshold\": " + PythonFloat.repr(c.threshold())
                + ",\n  \"delay\": " + c.delay()
                + ",\n  \"uploadWeight\": " + PythonFloat.repr(c.uploadWeight())
                + ",\n  \"downloadWeight\": " + PythonFloat.repr(c.downloadWeight())
                + ",\n  \"latencyWeight\": " + PythonFloat.repr(c.latencyWeight()) + "\n}";
        try {
            SecureFiles.writeAtomically(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The old settings over {@code base}: classic scoring, so old users get the old decisions. */
    public static Policy toPolicy(LegacyConfig c, Policy base) {
        Weights w = new Weights(c.latencyWeight(), c.downloadWeight(), c.uploadWeight(), base.lossWeight());
        return base.withWeights(w).withDepth(c.depth()).withThreshold(c.threshold()).withIntervalSeconds(c.delay())
                .withScoring(ScoringMode.CLASSIC);
    }

    public static LegacyConfig fromPolicy(Policy p) {
        return new LegacyConfig(p.depth(), p.threshold(), p.intervalSeconds(), p.uploadWeight(), p.downloadWeight(), p.latencyWeight());
    }

    /** Reads MIB.json into samples per tunnel, newest first as in the file. Loss is taken as 0 (see decision 0042). */
    public Map<String, List<Sample>> readMib(Path file) throws StoreException {
        return new MibReader(clock, null).read(file).tunnels();
    }

    /** Reads MIB.json's bytes; {@code file} names the source in messages. Any bad input is a StoreException. */
    public Map<String, List<Sample>> readMib(byte[] bytes, String file) throws StoreException {
        return new MibReader(clock, null).read(bytes, file).tunnels();
    }

    private static byte[] bytes(Path file) throws StoreException {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private JsonNode tree(byte[] bytes, String where) throws StoreException {
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            throw new StoreException("cannot read " + where + ": " + SettingsReader.abbreviate(e.getMessage()), e);
        } catch (NumberFormatException e) {
            // Jackson reads floats as BigDecimal here and throws this, unwrapped, for "1e9999999999" (found by fuzzing).
            throw new StoreException(where + ": unreadable number: " + SettingsReader.abbreviate(e.getMessage()), e);
        }
    }

    /** Writes samples (each list newest first) as MIB.json in the original form; failed samples are left out. */
    public void writeMib(Path file, Map<String, List<Sample>> history) throws StoreException {
        new MibWriter(MibWriter.TimeFormat.ORIGINAL, clock.getZone())
                .write(file, List.copyOf(history.keySet()), (tunnel, action) -> history.get(tunnel).forEach(action));
    }
}
