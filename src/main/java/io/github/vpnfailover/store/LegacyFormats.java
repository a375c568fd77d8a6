package io.github.vpnfailover.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.ScoringMode;
import io.github.vpnfailover.core.Weights;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads and writes the old Python manager's files: {@code config.json} and {@code MIB.json}
 * ({@code {tunnel: [{latency, download, upload, time}, …]}}, newest first, {@code time} in unix seconds).
 */
public final class LegacyFormats {

    static final Set<String> CONFIG_FIELDS = Set.of("depth", "threshold", "delay", "uploadWeight", "downloadWeight", "latencyWeight");

    private final ObjectMapper json = Json.mapper().copy()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

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

    public void writeConfig(Path file, LegacyConfig c) throws StoreException {
        try {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("depth", c.depth());
            m.put("threshold", c.threshold());
            m.put("delay", c.delay());
            m.put("uploadWeight", c.uploadWeight());
            m.put("downloadWeight", c.downloadWeight());
            m.put("latencyWeight", c.latencyWeight());
            SecureFiles.writeAtomically(file, json.writeValueAsBytes(m));
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

    /** Reads MIB.json into samples per tunnel, newest first as in the file. Loss is taken as 0 (see ADR 0042). */
    public Map<String, List<Sample>> readMib(Path file) throws StoreException {
        return readMib(bytes(file), file.toString());
    }

    /** Reads MIB.json's bytes; {@code file} names the source in messages. Any bad input is a StoreException. */
    public Map<String, List<Sample>> readMib(byte[] bytes, String file) throws StoreException {
        JsonNode tree = tree(bytes, file);
        if (tree == null || !tree.isObject()) {
            throw new StoreException(file + ": not a JSON object of tunnel → list of measurements");
        }
        Map<String, List<Sample>> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().isArray()) {
                throw new StoreException(file + ": '" + e.getKey() + "' must be a list of measurements");
            }
            List<Sample> list = new ArrayList<>();
            int i = 0;
            for (JsonNode m : e.getValue()) {
                list.add(sample(e.getKey(), m, file + ": " + e.getKey() + "[" + i++ + "]"));
            }
            out.put(e.getKey(), list);
        }
        return out;
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

    private static Sample sample(String tunnel, JsonNode m, String where) throws StoreException {
        for (String f : List.of("latency", "download", "upload")) {
            if (!m.path(f).isNumber()) {
                throw new StoreException(where + ": '" + f + "' must be a number, found " + m.path(f));
            }
        }
        double latency = m.get("latency").asDouble();
        return new Sample(tunnel, time(m.path("time"), where), latency, null, null, null, 0.0,
                m.get("download").asDouble(), m.get("upload").asDouble(), null);
    }

    static Instant time(JsonNode t, String where) throws StoreException {
        try {
            if (t.isNumber()) {
                return fromSeconds(t.decimalValue());
            }
            if (t.isTextual()) {
                String s = t.asText().trim();
                return s.matches("-?\\d+(\\.\\d+)?") ? fromSeconds(new BigDecimal(s)) : Instant.parse(s);
            }
        } catch (ArithmeticException | DateTimeException e) {
            throw new StoreException(where + ": unreadable time " + t + ": " + e.getMessage(), e);
        }
        throw new StoreException(where + ": 'time' must be unix seconds, found " + t);
    }

    /** Instant's range in seconds; checked first so "1e999999999" is refused without building a huge number. */
    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(Instant.MAX.getEpochSecond());

    static Instant fromSeconds(BigDecimal seconds) {
        if (seconds.abs().compareTo(MAX_SECONDS) > 0) {
            throw new DateTimeException(seconds.toString().length() > 40 ? "time out of range" : seconds + " s is out of range");
        }
        if (seconds.signum() != 0 && seconds.precision() - seconds.scale() < -10) {
            // Below a nanosecond ("1e-999999999"): zero, instead of rounding away a billion-digit fraction.
            seconds = BigDecimal.ZERO;
        }
        BigDecimal whole = new BigDecimal(seconds.toBigInteger());
        long nanos = seconds.subtract(whole).movePointRight(9).setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
        return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    }

    static BigDecimal toSeconds(Instant t) {
        BigDecimal s = BigDecimal.valueOf(t.getEpochSecond()).add(BigDecimal.valueOf(t.getNano(), 9)).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Writes samples (each list newest first) as MIB.json; failed samples are left out as the old agent did. */
    public void writeMib(Path file, Map<String, List<Sample>> history) throws StoreException {
        writeMib(file, List.copyOf(history.keySet()), (tunnel, action) -> history.get(tunnel).forEach(action));
    }

    /** Streams MIB.json from {@code source} so a long history is never held in memory. */
    public void writeMib(Path file, List<String> tunnels, SampleSource source) throws StoreException {
        StoreException[] failure = new StoreException[1];
        try {
            SecureFiles.writeAtomically(file, out -> {
                try (JsonGenerator g = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    g.useDefaultPrettyPrinter();
                    g.writeStartObject();
                    for (String tunnel : tunnels) {
                        g.writeArrayFieldStart(tunnel);
                        try {
                            source.forEachNewestFirst(tunnel, s -> writeEntry(g, s));
                        } catch (StoreException e) {
                            failure[0] = e;
                            throw new IOException(e.getMessage(), e);
                        }
                        g.writeEndArray();
                    }
                    g.writeEndObject();
                }
            });
        } catch (IOException | UncheckedWrite e) {
            if (failure[0] != null) {
                throw failure[0];
            }
            throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeEntry(JsonGenerator g, Sample s) {
        if (!s.isGood()) {
            return;
        }
        try {
            g.writeStartObject();
            g.writeNumberField("latency", s.latencyMs());
            g.writeNumberField("download", s.downloadMbps() == null ? 0.0 : s.downloadMbps());
            g.writeNumberField("upload", s.uploadMbps() == null ? 0.0 : s.uploadMbps());
            g.writeNumberField("time", toSeconds(s.time()));
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedWrite(e);
        }
    }

    /** Carries a generator failure out of a Consumer. */
    private static final class UncheckedWrite extends RuntimeException {
        UncheckedWrite(IOException e) {
            super(e.getMessage(), e);
        }
    }
}
