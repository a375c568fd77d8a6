package io.github.vpnfailover.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random histories: CLASSIC against an independent re-statement of the old formula, NORMALIZED invariants. */
class ScorerPropertyTest {

    private static final int RUNS = 500;
    private final Scorer scorer = new Scorer();

    @Test
    void classicMatchesTheOldScriptOnRandomHistories() {
        Random rnd = new Random(42);
        for (int run = 0; run < RUNS; run++) {
            Policy p = randomPolicy(rnd, ScoringMode.CLASSIC);
            Map<String, List<Sample>> h = randomHistory(rnd);
            ScoreBoard b = scorer.score(h, p);
            for (var e : h.entrySet()) {
                Double expected = oldScript(e.getValue(), p);
                Double actual = b.score(e.getKey());
                if (expected == null) {
                    assertThat(actual).as("run %d %s", run, e.getKey()).isNull();
                } else {
                    assertThat(actual).as("run %d %s", run, e.getKey()).isCloseTo(expected, within(1e-9 * Math.max(1, expected)));
                }
            }
        }
    }

    @Test
    void normalizedScoresStayInUnitRangeAndADominantTunnelScoresOne() {
        Random rnd = new Random(7);
        for (int run = 0; run < RUNS; run++) {
            Policy p = randomPolicy(rnd, ScoringMode.NORMALIZED);
            Map<String, List<Sample>> h = randomHistory(rnd);
            List<Sample> best = new ArrayList<>();
            for (int i = 0; i < p.depth(); i++) {
                // better than anything randomHistory makes on every metric
                best.add(new Sample("best", Instant.EPOCH.plusSeconds(i), 0.5, 0.5, 0.5, 0.0, 0.0, 2000.0, 2000.0, null));
            }
            h.put("best", best);
            ScoreBoard b = scorer.score(h, p);
            for (TunnelScore s : b.entries()) {
                if (s.scored()) {
                    assertThat(s.score()).as("run %d %s", run, s.tunnel()).isBetween(0.0, 1.0);
                }
            }
            assertThat(b.score("best")).as("run %d", run).isCloseTo(1.0, within(1e-12));
        }
    }

    /**
     * The old manager, re-stated from its description rather than from Scorer: take the tunnel's entries
     * newest first (failed ones were never written to MIB.json), and when there are at least depth of them,
     * add up upload*uw + download*dw + (1/latency)*lw over the first depth entries.
     */
    private static Double oldScript(List<Sample> newestFirst, Policy p) {
        List<Sample> mib = newestFirst.stream().filter(s -> s.latencyMs() != null && s.lossPercent() != null && s.lossPercent() < 100).toList();
        if (mib.size() < p.depth()) {
            return null;
        }
        double score = 0;
        for (Sample s : mib.subList(0, p.depth())) {
            double up = s.uploadMbps() == null ? 0 : s.uploadMbps();
            double down = s.downloadMbps() == null ? 0 : s.downloadMbps();
            score = score + up * p.uploadWeight() + down * p.downloadWeight() + (1 / s.latencyMs()) * p.latencyWeight();
        }
        return score;
    }

    private static Policy randomPolicy(Random rnd, ScoringMode mode) {
        return new Policy(new Weights(rnd.nextDouble() * 3, rnd.nextDouble() * 3, rnd.nextDouble() * 3 + 0.01, rnd.nextDouble() * 3),
                1 + rnd.nextInt(6), 0.15, 60, 0, mode, true, MeasureSettings.defaults());
    }

    private static Map<String, List<Sample>> randomHistory(Random rnd) {
        Map<String, List<Sample>> h = new LinkedHashMap<>();
        int tunnels = 1 + rnd.nextInt(5);
        for (int t = 0; t < tunnels; t++) {
            String name = "tun" + t;
            List<Sample> list = new ArrayList<>();
            int n = rnd.nextInt(12);
            for (int i = n; i > 0; i--) {
                Instant time = Instant.EPOCH.plusSeconds(i * 60L);
                if (rnd.nextInt(5) == 0) {
                    list.add(Sample.failed(name, time, "no answer"));
                } else {
                    double lat = 1 + rnd.nextDouble() * 300;
                    Double down = rnd.nextInt(6) == 0 ? null : rnd.nextDouble() * 1000;
                    Double up = rnd.nextInt(6) == 0 ? null : rnd.nextDouble() * 1000;
                    list.add(new Sample(name, time, lat, lat, lat, 1.0, rnd.nextDouble() * 99, down, up, null));
                }
            }
            h.put(name, list);
        }
        return h;
    }
}
