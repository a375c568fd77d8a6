package io.github.vpnfailover.router;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The {@code curl -w} format this project uses, and its parser. */
public final class CurlWriteOut {

    /** The line tag; it must not start with '@', which curl reads as "format from file". */
    public static final String TAG = "vfm-curl";

    /** The format argument for {@code -w}: one line of key=value pairs. */
    public static final String FORMAT = TAG + " http_code=%{http_code} size_download=%{size_download}"
            + " size_upload=%{size_upload} speed_download=%{speed_download} speed_upload=%{speed_upload}"
            + " time_total=%{time_total} time_pretransfer=%{time_pretransfer}\\n";

    private static final String[] KEYS = {
        "http_code", "size_download", "size_upload", "speed_download", "speed_upload", "time_total"};

    /** Plain decimal digits: no sign, exponent, hex, "NaN" or "Infinity" (all of which parseDouble takes). */
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,19}(\\.[0-9]{1,12})?");

    /** Finds the tagged line in {@code output} (curl's errors may surround it) and reads it. */
    public Parsed<CurlStats> parse(String output) {
        String line = null;
        for (String l : (output == null ? "" : output).split("\\R")) {
            if (l.startsWith(TAG + " ")) {
                line = l;
            }
        }
        if (line == null) {
            return Parsed.unparsed("no '" + TAG + "' line from curl", output == null ? "" : output.strip());
        }
        Map<String, String> values = new HashMap<>();
        for (String pair : line.substring(TAG.length()).trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        for (String key : KEYS) {
            if (!values.containsKey(key)) {
                return Parsed.unparsed("curl output lacks " + key, line);
            }
        }
        try {
            return Parsed.ok(new CurlStats(
                    httpCode(values),
                    (long) number(values, "size_download", false),
                    (long) number(values, "size_upload", false),
                    number(values, "speed_download", false),
                    number(values, "speed_upload", false),
                    number(values, "time_total", true),
                    values.containsKey("time_pretransfer") ? number(values, "time_pretransfer", true) : 0));
        } catch (NumberFormatException e) {
            return Parsed.unparsed("curl printed a number this parser cannot read (" + e.getMessage() + ")", line);
        }
    }

    private static int httpCode(Map<String, String> values) {
        String raw = values.get("http_code");
        if (!raw.matches("[0-9]{3}")) {
            throw new NumberFormatException("http_code=" + raw + ": not a three-digit status");
        }
        return Integer.parseInt(raw);
    }

    /** Times may carry a locale's decimal comma (older curl formats them with printf). */
    private static double number(Map<String, String> values, String key, boolean commaAllowed) {
        String raw = values.get(key);
        String text = commaAllowed ? raw.replace(',', '.') : raw;
        if (!DECIMAL.matcher(text).matches()) {
            throw new NumberFormatException(key + "=" + raw + ": not a finite, non-negative decimal number");
        }
        return Double.parseDouble(text);
    }
}
