package io.github.vpnfailover.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vpnfailover.core.MetricRange;
import io.github.vpnfailover.core.Sample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Reads the old manager's MIB.json ({@code {tunnel: [{latency, download, upload, time}, …]}}, newest first) into
 * samples, refusing any metric that is not a finite, non-negative number with the tunnel and record it is in.
 * "Now" comes from the clock (its zone is the zone of month/day times) and, for a file, from its last change.
 */
public final class MibReader {

    private final ObjectMapper json = Json.mapper().copy()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // Python's json.dumps writes NaN and Infinity: read them so the error can name the record.
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature());
    private final Clock clock;
    private final Integer newestYear;

    /** {@code newestYear}: the year of each tunnel's newest month/day record, or null to infer it. */
    public MibReader(Clock clock, Integer newestYear) {
        if (newestYear != null && (newestYear < 1970 || newestYear > 9999)) {
            throw new IllegalArgumentException("newest year " + newestYear + ": give a year from 1970 to 9999");
        }
        this.clock = clock;
        this.newestYear = newestYear;
    }

    public MibFile read(Path file) throws StoreException {
        byte[] bytes;
        Instant changed;
        try {
            bytes = Files.readAllBytes(file);
            changed = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Instant now = clock.instant();
        // Every record was written before the file's last change; a copy without -p only moves that closer to now.
        return changed.isBefore(now) ? read(bytes, file.toString(), changed, "when " + file.getFileName() + " was last changed")
                : read(bytes, file.toString(), now, "now");
    }

    /** Reads MIB.json's bytes; {@code where} names the source in messages. Any bad input is a StoreException. */
    public MibFile read(byte[] bytes, String where) throws StoreException {
        return read(bytes, where, clock.instant(), "now");
    }

    /**
     * Streams the file record by record: a year of polls is ~75 MB of JSON, which as one Jackson tree of
     * BigDecimals would need over a gigabyte of heap; only the samples themselves are kept.
     */
    private MibFile read(byte[] bytes, String where, Instant notAfter, String notAfterSource) throws StoreException {
        MibTimeReader times = new MibTimeReader(clock.getZone(), notAfter, notAfterSource, newestYear, dayMonthOrder(bytes, where));
        Map<String, List<Sample>> out = new LinkedHashMap<>();
        try (JsonParser p = json.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new StoreException(where + ": not a JSON object of tunnel → list of measurements");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String tunnel = p.currentName();
                if (p.nextToken() != JsonToken.START_ARRAY) {
                    throw new StoreException(where + ": '" + tunnel + "' must be a list of measurements");
                }
                MibTimeReader.Walk walk = times.tunnel(tunnel);
                List<Sample> list = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    JsonNode m = json.readTree(p);
                    String at = where + ": " + tunnel + "[" + i++ + "]";
                    if (m == null || !m.isObject()) {
                        throw new StoreException(at + ": a measurement must be an object {latency, download, upload, time}");
                    }
                    list.add(new Sample(tunnel, walk.next(m.path("time"), at), metric(m, "latency", at), null, null, null, 0.0,
                            metric(m, "download", at), metric(m, "upload", at), null));
                }
                // A tunnel named twice: the last list wins, as with Python's json.load.
                out.put(tunnel, list);
            }
        } catch (IOException e) {
            throw new StoreException("cannot read " + where + ": " + SettingsReader.abbreviate(e.getMessage()), e);
        } catch (NumberFormatException e) {
            // Jackson reads floats as BigDecimal here and throws this, unwrapped, for "1e9999999999" (found by fuzzing).
            throw new StoreException(where + ": unreadable number: " + SettingsReader.abbreviate(e.getMessage()), e);
        }
        return new MibFile(out, times.report());
    }

    private static double metric(JsonNode m, String field, String where) throws StoreException {
        JsonNode v = m.path(field);
        if (!v.isNumber()) {
            throw new StoreException(where + ": '" + field + "' must be a number, found " + SettingsReader.abbreviate(v.toString()));
        }
        double d = v.doubleValue();
        String problem = MetricRange.problem(field, d);
        if (problem != null) {
            throw new StoreException(where + ": '" + field + "' is " + SettingsReader.abbreviate(v.asText())
                    + (Double.isFinite(d) ? ", below zero" : ", not a finite number")
                    + ": only finite, non-negative measurements are imported");
        }
        return d;
    }

    /**
     * An early manager wrote "%d/%m": a first field above 12 can only be a day. Both fields above 12 in one file
     * is a mix no manager wrote, and is refused rather than guessed. A first streaming pass, without numbers.
     */
    private boolean dayMonthOrder(byte[] bytes, String where) throws StoreException {
        boolean firstBig = false;
        boolean secondBig = false;
        int depth = 0;
        try (JsonParser p = json.createParser(bytes)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t.isStructStart()) {
                    depth++;
                } else if (t.isStructEnd()) {
                    depth--;
                } else if (t == JsonToken.VALUE_STRING && depth == 3 && "time".equals(p.currentName())) {
                    Matcher x = MibTimeReader.MONTH_DAY.matcher(p.getText());
                    if (x.matches()) {
                        firstBig |= Integer.parseInt(x.group(1)) > 12;
                        secondBig |= Integer.parseInt(x.group(2)) > 12;
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot read " + where + ": " + SettingsReader.abbreviate(e.getMessage()), e);
        }
        if (firstBig && secondBig) {
            throw new StoreException(where + ": its times mix month/day and day/month order; no old manager wrote both");
        }
        return firstBig;
    }
}
