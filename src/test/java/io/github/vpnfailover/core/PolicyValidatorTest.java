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
        Policy bad = new Policy(0, 0, 0, 0, 3, 0.1, 60, 0, ScoringMode.NORMALIZED, true, d.measure());
        assertThatThrownBy(() -> PolicyValidator.validate(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one weight > 0");
    }

    @Test
    void refusesClassicWithOnlyLossWeight() {
        Policy d = Policy.defaults();
        Policy bad = new Policy(0, 0, 0, 1, 3, 0.1, 60, 0, ScoringMode.CLASSIC, true, d.measure());
        assertThatThrownBy(() -> PolicyValidator.validate(bad)).hasMessageContaining("classic");
    }

    static Policy with(String field, String value) {
        Policy d = Policy.defaults();
        double v = Double.parseDouble(value);
        MeasureSettings m = d.measure();
        return switch (field) {
            case "latencyWeight" -> new Policy(v, d.downloadWeight(), d.uploadWeight(), d.lossWeight(), d.depth(), d.threshold(), d.intervalSeconds(), d.holdDownSeconds(), d.scoring(), true, m);
            case "downloadWeight" -> new Policy(d.latencyWeight(), v, d.uploadWeight(), d.lossWeight(), d.depth(), d.threshold(), d.intervalSeconds(), d.holdDownSeconds(), d.scoring(), true, m);
            case "depth" -> new Policy(1, 1, 1, 1, (int) v, 0.1, 60, 0, d.scoring(), true, m);
            case "threshold" -> new Policy(1, 1, 1, 1, 3, v, 60, 0, d.scoring(), true, m);
            case "intervalSeconds" -> new Policy(1, 1, 1, 1, 3, 0.1, (int) v, 0, d.scoring(), true, m);
            case "holdDownSeconds" -> new Policy(1, 1, 1, 1, 3, 0.1, 60, (int) v, d.scoring(), true, m);
            case "measure.pingCount" -> new Policy(1, 1, 1, 1, 3, 0.1, 60, 0, d.scoring(), true,
                    new MeasureSettings(m.tunnelPattern(), m.pingTargets(), (int) v, m.pingIntervalSeconds(), null, null,
                            m.maxBytes(), m.maxSeconds(), m.routeMode(), null));
            default -> throw new IllegalArgumentException(field);
        };
    }
}
