package io.github.vpnfailover.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** RFC 6298's estimator with a floor and a ceiling, checked against the RFC's own formulas worked by hand. */
class MissTimeoutTest {

    @Test
    void isTheCeilingBeforeAnySample() {
        assertThat(new MissTimeout(50, 800).millis()).isEqualTo(800);
    }

    @Test
    void firstSampleGivesSrttPlusTwiceItself() {
        var t = new MissTimeout(10, 800);
        t.sample(100);
        // SRTT = R, RTTVAR = R/2: RTO = R + 4 * R/2
        assertThat(t.millis()).isEqualTo(300);
    }

    @Test
    void laterSamplesUseGainsOneEighthAndOneQuarter() {
        var t = new MissTimeout(10, 800);
        t.sample(100);
        t.sample(140);
        // RTTVAR = 3/4 * 50 + 1/4 * |100 - 140| = 47.5; SRTT = 7/8 * 100 + 1/8 * 140 = 105
        assertThat(t.smoothedRttMs()).isEqualTo(105.0);
        assertThat(t.millis()).isEqualTo(295);
    }

    @Test
    void aSteadyLinkSettlesOnTwiceItsRoundTripClampedToTheFloor() {
        var fast = new MissTimeout(50, 800);
        var far = new MissTimeout(50, 800);
        for (int i = 0; i < 200; i++) {
            fast.sample(20);
            far.sample(150);
        }
        assertThat(fast.millis()).isEqualTo(50);
        // RFC 6298 alone would settle on 150 ms: no room for the first answer of a spike (decision 0204)
        assertThat(far.millis()).isEqualTo(300);
    }

    @Test
    void twiceTheSmoothedRoundTripOnlyWhereTheVarianceTermIsSmaller() {
        var t = new MissTimeout(10, 800);
        t.sample(100);
        for (int i = 0; i < 40; i++) {
            t.sample(i % 2 == 0 ? 60 : 140);
        }
        // rttvar has grown to about 40: srtt + 4 * rttvar (~ 260) is above 2 * srtt (~ 200)
        assertThat(t.millis()).isGreaterThan((long) (2 * t.smoothedRttMs()) + 20);
    }

    @Test
    void neverExceedsTheCeiling() {
        var t = new MissTimeout(50, 800);
        t.sample(700);
        assertThat(t.millis()).isEqualTo(800);
    }

    @Test
    void ignoresNonFiniteAndNegativeSamples() {
        var t = new MissTimeout(50, 800);
        t.sample(Double.NaN);
        t.sample(Double.POSITIVE_INFINITY);
        t.sample(-5);
        assertThat(t.millis()).isEqualTo(800);
        assertThat(t.smoothedRttMs()).isNaN();
    }

    @Test
    void refusesAFloorAboveTheCeiling() {
        assertThatThrownBy(() -> new MissTimeout(900, 800)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MissTimeout(0, 800)).isInstanceOf(IllegalArgumentException.class);
    }
}
