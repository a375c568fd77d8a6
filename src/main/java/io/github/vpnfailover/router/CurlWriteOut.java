package io.github.vpnfailover.router;

import java.util.HashMap;
import java.util.Map;

/** The {@code curl -w} format this project uses, and its parser. */
public final class CurlWriteOut {

    /** The line tag; it must not start with '@', which curl reads as "format from file". */
    public static final String TAG = "vfm-curl";

    /** The format argument for {@code -w}: one line of key=value pairs. */
    public static final String FORMAT = TAG + " http_code=%{http_code} size_download=%{size_download}"
            + " size_upload=%{size_upload} speed_download=%{speed_download} speed_upload=%{speed_upload}"
            + " time_total=%{time_total}\\n";

    private static final String[] KEYS = {
        "http_code", "size_download", "size_upload", "speed_download", "speed_upload", "time_total"};

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
                    Integer.parseInt(values.get("http_code")),
                    (long) Double.parseDouble(values.get("size_download")),
                    (long) Double.parseDouble(values.get("size_upload")),
                    Double.parseDouble(values.get("speed_download")),
                    Double.parseDouble(values.get("speed_upload")),
                    Double.parseDouble(values.get("time_total").replace(',', '.'))));
        } catch (NumberFormatException e) {
            return Parsed.unparsed("curl printed a number this parser cannot read (" + e.getMessage() + ")", line);
        }
    }
}
