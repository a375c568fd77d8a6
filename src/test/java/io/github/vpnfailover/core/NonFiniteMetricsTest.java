package io.github.vpnfailover.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** NaN, infinity and negative figures: never a score, never the winner of a decision, never poison for the others. */
class NonFiniteMetricsTest {

    private static Decision decide(String active, Map<String, Double> scores) {
        Map<String, Sample> latest = new LinkedHashMap<>();
        scores.keySet().forEach(t -> latest.put(t, Samples.good(t, 40)));
        ScoreBoard board = new ScoreBoard(scores.entrySet().stream().map(e -> new TunnelScore(e.getKey(), e.getValue(), null)).toList());
        Situation s = new Situation(active, List.copyOf(scores.keySet()), board, latest, Set.of());
        return new Decider(new HoldDown(new MutableClock(Samples.T0))).decide(s, Samples.policy(ScoringMode.NORMALIZED, 3, 0.15, 0));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void aNonFiniteCandidateScoreNeverWinsASwitch(double bad) {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("tun0", 0.5);
        scores.put("tun1", bad);
        Decision d = decide("tun0", scores);
        assertThat(d.kind()).as(d.reason()).isEqualTo(DecisionKind.STAY);
        scores.put("tun2", 0.9);
        assertThat(decide("tun0", scores).target()).isEqualTo("tun2");
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY})
    void aNonFiniteActiveScoreIsNoScore(double bad) {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("tun0", bad);
        scores.put("tun1", 0.6);
        Decision d = decide("tun0", scores);
        assertThat(d.kind()).isEqualTo(DecisionKind.FAILOVER);
        assertThat(d.target()).isEqualTo("tun1");
        assertThat(d.reason()).contains("tun0 has no score");
    }

    @Test
    void aNonFiniteScoreIsRecordedAsNoScoreWithTheReason() {
        TunnelScore s = new TunnelScore("tun0", Double.NaN, null);
        assertThat(s.scored()).isFalse();
        assertThat(s.note()).contains("NaN").contains("not a finite number");
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, -5.0})
    void aSampleWithAMetricOutOfRangeIsLeftOutAndDoesNotPoisonTheOthers(double bad) {
        Map<String, List<Sample>> history = new LinkedHashMap<>();
        history.put("tun0", List.of(Samples.good("tun0", 3, 40, 0, 20.0, 5.0), Samples.good("tun0", 2, 41, 0, 21.0, 5.0),
                Samples.good("tun0", 1, 42, 0, 22.0, 5.0)));
        history.put("tun1", List.of(Samples.good("tun1", 3, bad, 0, 30.0, 5.0), Samples.good("tun1", 2, 30, 0, 30.0, 5.0),
                Samples.good("tun1", 1, 30, 0, bad, 5.0), Samples.good("tun1", 0, 30, 0, 30.0, 5.0)));
        for (ScoringMode mode : ScoringMode.values()) {
            ScoreBoard b = new Scorer().score(history, Samples.policy(mode, 2, 0.15, 0));
            assertThat(b.score("tun0")).as(mode.name()).isNotNull().matches(Double::isFinite);
            assertThat(b.score("tun1")).as(mode.name()).isNotNull().matches(Double::isFinite);
            ScoreBoard deeper = new Scorer().score(history, Samples.policy(mode, 3, 0.15, 0));
            assertThat(deeper.find("tun1").orElseThrow().note()).as(mode.name()).isEqualTo("2 of 3 good samples");
        }
    }

    @Test
    void aClassicSumThatOverflowsIsNoScore() {
        Sample huge = Samples.good("tun0", 0, 40, 0, Double.MAX_VALUE, Double.MAX_VALUE);
        ScoreBoard b = new Scorer().score(Map.of("tun0", List.of(huge)), Samples.policy(ScoringMode.CLASSIC, 1, 0.15, 0));
        assertThat(b.score("tun0")).isNull();
        assertThat(b.find("tun0").orElseThrow().note()).contains("Infinity");
    }

    @Test
    void metricRangeNamesWhatIsWrong() {
        assertThat(MetricRange.problem("latency", Double.NaN)).isEqualTo("latency is NaN, not a finite number");
        assertThat(MetricRange.problem("download", -1.0)).isEqualTo("download is negative (-1.0)");
        assertThat(MetricRange.lossProblem("loss", 150.0)).contains("above 100 %");
        assertThat(MetricRange.problem("latency", 0.0)).isNull();
        assertThat(MetricRange.problem("latency", null)).isNull();
    }
}
