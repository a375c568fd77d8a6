package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The quick path's number check against the regular expressions it replaced, on random and edge strings. */
class PlainNumberTest {

    private static final Pattern INTEGER = Pattern.compile("0|[1-9][0-9]{0,8}");
    private static final Pattern DECIMAL = Pattern.compile("(0|[1-9][0-9]{0,8})(\\.[0-9]{1,9})?");

    @Test
    void acceptsExactlyWhatTheRegularExpressionsAccepted() {
        String alphabet = "0123456789..-+e x\u0661";
        Random r = new Random(11);
        String[] edges = {"", "0", "00", "01", "1", "123456789", "1234567890", "0.5", ".5", "5.", "1.123456789",
            "1.1234567890", "999999999.999999999", "1..2", "1.2.3", "-1", "+1", "1e3", " 1", "\u0661"};
        for (String v : edges) {
            check(v);
        }
        for (int i = 0; i < 200_000; i++) {
            var sb = new StringBuilder();
            int n = r.nextInt(14);
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            check(sb.toString());
        }
    }

    private static void check(String v) {
        assertThat(PluginArgs.plainNumber(v, false)).as("integer '%s'", v).isEqualTo(INTEGER.matcher(v).matches());
        assertThat(PluginArgs.plainNumber(v, true)).as("decimal '%s'", v).isEqualTo(DECIMAL.matcher(v).matches());
    }
}
