package io.github.vpnfailover.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LivenessSettingsTest {

    @Test
    void defaultsAreValidAndDetectADeadTunnelWithinOnePointFourSeconds() {
        LivenessSettings d = LivenessSettings.defaults();
        assertThat(d.targets()).hasSize(2);
        assertThat(d.worstDetectionMillis()).isEqualTo(1400);
        assertThat(d.effectiveConfirmTargets()).isEqualTo(d.targets());
        assertThat(d.withTargets(List.of("10.0.0.1")).reliability()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "liveness.intervalMillis, 50",
            "liveness.timeoutMillis, 20000",
            "liveness.fall, 0",
            "liveness.rise, 101",
            "liveness.reliability, 3",
            "liveness.confirmSeconds, 0",
            "liveness.quarantineSeconds, -1",
    })
    void refusesOutOfRangeValuesNamingTheField(String field, int value) {
        int[] v = {200, 800, 3, 5, 1, 3, 120};
        String[] names = {"intervalMillis", "timeoutMillis", "fall", "rise", "reliability", "confirmSeconds", "quarantineSeconds"};
        for (int i = 0; i < names.length; i++) {
            if (field.endsWith("." + names[i])) {
                v[i] = value;
            }
        }
        assertThatThrownBy(() -> new LivenessSettings(List.of("a", "b"), v[0], v[1], v[2], v[3], v[4], null, v[5], v[6], List.of()))
                .isInstanceOf(InvalidPolicyException.class)
                .satisfies(e -> assertThat(((InvalidPolicyException) e).field()).isEqualTo(field))
                .hasMessageContaining(String.valueOf(value));
    }

    @Test
    void refusesNoTargetsAndQualityPairsThatWouldFlap() {
        // no targets is "none given" (the session resolves them, decision 0121); nine is too many
        assertThat(LivenessSettings.defaults().withTargets(List.of()).targetsGiven()).isFalse();
        assertThatThrownBy(() -> LivenessSettings.defaults().withTargets(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i")))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("liveness.targets");
        assertThatThrownBy(() -> new QualityThresholds(100.0, 100.0, null, null, 20))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("recover < fail");
        assertThatThrownBy(() -> new QualityThresholds(100.0, null, null, null, 20))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("both a fail and a recover level");
        assertThatThrownBy(() -> new QualityThresholds(null, null, 120.0, 5.0, 20))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("liveness.quality.loss");
    }
}
