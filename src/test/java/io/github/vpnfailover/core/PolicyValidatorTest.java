package io.github.vpnfailover.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PolicyValidatorTest {

    @Test
    void defaultsAreValid() {
        assertThat(PolicyValidator.validate(Policy.defaults())).isEqualTo(Policy.defaults());
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource({
            "latencyWeight, -1",
            "downloadWeight, NaN",
            "depth, 0",
            "depth, 1001",
            "threshold, -0.01",
            "intervalSeconds, 0",
            "holdDownSeconds, -5",
            "measure.pingCount, 0",
    })
    void refusesOutOfRangeValueNamingFieldValueAndRange(String field, String value) {
        Policy bad = with(field, value);
        assertThatThrownBy(() -> PolicyValidator.validate(bad))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining(field)
                .hasMessageContaining("not allowed:")
                .satisfies(e -> assertThat(((InvalidPolicyException) e).field()).isEqualTo(field));
    }

    @Test
    void refusesAllWeightsZero() {
        Policy d = Policy.defaults();
        Policy bad = new Policy(new Weights(0, 0, 0, 0), 3, 0.1, 60, 0, ScoringMode.NORMALIZED, true, d.measure());
        assertThatThrownBy(() -> PolicyValidator.validate(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one weight > 0");
    }

    @Test
    void refusesClassicWithOnlyLossWeight() {
        Policy d = Policy.defaults();
        Policy bad = new Policy(new Weights(0, 0, 0, 1), 3, 0.1, 60, 0, ScoringMode.CLASSIC, true, d.measure());
        assertThatThrownBy(() -> PolicyValidator.validate(bad)).hasMessageContaining("classic");
    }

    static Policy with(String field, String value) {
        Policy d = Policy.defaults();
        double v = Double.parseDouble(value);
        MeasureSettings m = d.measure();
        return switch (field) {
            case "latencyWeight" -> d.withWeights(d.weights().withLatency(v));
            case "downloadWeight" -> d.withWeights(d.weights().withDownload(v));
            case "depth" -> d.withDepth((int) v);
            case "threshold" -> d.withThreshold(v);
            case "intervalSeconds" -> d.withIntervalSeconds((int) v);
            case "holdDownSeconds" -> d.withHoldDownSeconds((int) v);
            case "measure.pingCount" -> d.withMeasure(new MeasureSettings(m.tunnelPattern(), m.pingTargets(), (int) v,
                    m.pingIntervalSeconds(), null, null, m.maxBytes(), m.maxSeconds(), m.routeMode(), null));
            default -> throw new IllegalArgumentException(field);
        };
    }
}
