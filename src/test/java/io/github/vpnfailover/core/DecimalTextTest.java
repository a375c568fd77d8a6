package io.github.vpnfailover.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The JDK's own Formatter is the reference: the same text for every value, random and hand-picked edges. */
class DecimalTextTest {

    private static List<Double> values() {
        List<Double> out = new ArrayList<>(List.of(0.0, -0.0, 1.0, 0.5, 0.05, 0.125, 0.15, 2.5, 9.995, 99.95, 999.5,
                999.4, 1000.0, 0.0001, 0.00009999, 0.000099996, 0.00005, 1e-9, 123456.789, -0.004, 6.0355, 0.000337,
                2.017071, 1e21, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY));
        Random r = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            out.add(r.nextLong(1, 100_000_000_000L) / 1e9); // durations as the plugin prints them, from nanos
            out.add(Math.pow(10, r.nextDouble() * 12 - 8) * (r.nextBoolean() ? 1 : -1));
        }
        return out;
    }

    @Test
    void fixedIsWhatFormatterPrints() {
        for (double v : values()) {
            for (int decimals : new int[] {0, 1, 3, 6}) {
                assertThat(DecimalText.fixed(v, decimals)).as("%%.%df of %s", decimals, v)
                        .isEqualTo(String.format(Locale.ROOT, "%." + decimals + "f", v));
            }
        }
    }

    @Test
    void significantIsWhatFormatterPrints() {
        for (double v : values()) {
            for (int digits : new int[] {1, 3, 5}) {
                assertThat(DecimalText.significant(v, digits)).as("%%.%dg of %s", digits, v)
                        .isEqualTo(String.format(Locale.ROOT, "%." + digits + "g", v));
            }
        }
    }
}
