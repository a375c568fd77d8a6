package io.github.vpnfailover.core;

import static io.github.vpnfailover.core.Samples.dead;
import static io.github.vpnfailover.core.Samples.good;
import static io.github.vpnfailover.core.Samples.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorerTest {

    private final Scorer scorer = new Scorer();

    @ParameterizedTest(name = "depth {0}, {1} good + {2} failed newest samples -> scored {3}")
    @CsvSource({
            "3, 2, 0, false",
            "3, 3, 0, true",
            "3, 2, 5, false",
            "3, 3, 5, true",
            "1, 0, 1, false",
            "1, 1, 0, true",
    })
    void tunnelNeedsDepthGoodSamplesForAScore(int depth, int good, int failed, boolean scored) {
        List<Sample> h = new ArrayList<>();
        for (int i = 0; i < failed; i++) {
            h.add(dead("tun0"));
        }
        for (int i = 0; i < good; i++) {
            h.add(good("tun0", 20));
        }
        ScoreBoard b = scorer.score(Map.of("tun0", h), policy(ScoringMode.NORMALIZED, depth, 0.15, 0));
        assertThat(b.score("tun0") != null).isEqualTo(scored);
        if (!scored) {
            assertThat(b.find("tun0").orElseThrow().note()).isEqualTo(good + " of " + depth + " good samples");
        }
    }

    @ParameterizedTest(name = "classic: up {0}, down {1}, latency {2} ms over depth 2 -> {3}")
    @CsvSource({
            // uploadWeight 0.5, downloadWeight 1, latencyWeight 1 (the defaults); two equal samples
            "10, 50, 20, 2 * (10 * 0.5 + 50 + 1 / 20.0)",
            "0, 0, 4, 2 * (1 / 4.0)",
            "2, 3, 1000, 2 * (2 * 0.5 + 3 + 0.001)",
    })
    void classicSumsTheOldFormulaOverTheWindow(double up, double down, double latency, String formula) {
        List<Sample> h = List.of(good("tun0", 2, latency, 0, down, up), good("tun0", 1, latency, 0, down, up),
                good("tun0", 0, 999, 0, 999.0, 999.0));
        double s = scorer.score(Map.of("tun0", h), policy(ScoringMode.CLASSIC, 2, 0.15, 0)).score("tun0");
        assertThat(s).isCloseTo(eval(formula), within(1e-9));
    }

    @Test
    void normalizedComparesAgainstTheBestTunnel() {
        Map<String, List<Sample>> h = new LinkedHashMap<>();
        h.put("tun0", List.of(good("tun0", 0, 20, 0, 100.0, 10.0)));
        h.put("tun1", List.of(good("tun1", 0, 40, 50, 50.0, 10.0)));
        ScoreBoard b = scorer.score(h, policy(ScoringMode.NORMALIZED, 1, 0.15, 0));
        // weights latency 1, download 1, upload 0.5, loss 1 -> sum 3.5
        assertThat(b.score("tun0")).isCloseTo(1.0, within(1e-9));
        assertThat(b.score("tun1")).isCloseTo((0.5 + 0.5 + 0.5 * 1 + 0.5) / 3.5, within(1e-9));
    }

    @Test
    void failedTransferCountsAsZeroThroughputButUnmeasuredMetricIsLeftOut() {
        Map<String, List<Sample>> h = new LinkedHashMap<>();
        h.put("tun0", List.of(good("tun0", 0, 20, 0, 100.0, null)));
        h.put("tun1", List.of(good("tun1", 0, 20, 0, null, null)));
        ScoreBoard b = scorer.score(h, policy(ScoringMode.NORMALIZED, 1, 0.15, 0));
        // upload measured by nobody: left out; tun1's failed download counts 0 -> (1 + 1 + 0) / 3
        assertThat(b.score("tun0")).isCloseTo(1.0, within(1e-9));
        assertThat(b.score("tun1")).isCloseTo(2.0 / 3.0, within(1e-9));
    }

    private static double eval(String formula) {
        // tiny evaluator for "a * (b * c + d + 1 / e)"-shaped test formulas: delegate to a stack parser
        return new Expr(formula.replace(" ", "")).parse();
    }

    /** Recursive-descent arithmetic so the expected values stay readable in the table. */
    private static final class Expr {
        private final String s;
        private int i;

        Expr(String s) {
            this.s = s;
        }

        double parse() {
            double v = term();
            while (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                v = s.charAt(i++) == '+' ? v + term() : v - term();
            }
            return v;
        }

        private double term() {
            double v = factor();
            while (i < s.length() && (s.charAt(i) == '*' || s.charAt(i) == '/')) {
                v = s.charAt(i++) == '*' ? v * factor() : v / factor();
            }
            return v;
        }

        private double factor() {
            if (s.charAt(i) == '(') {
                i++;
                double v = parse();
                i++;
                return v;
            }
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            return Double.parseDouble(s.substring(start, i));
        }
    }
}
