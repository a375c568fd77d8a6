package io.github.vpnfailover.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which addresses liveness pings: given ones, else the named ping targets, else the public resolvers (decision 0121). */
class LivenessTargetsTest {

    private static MeasureSettings pinging(List<String> targets) {
        MeasureSettings d = MeasureSettings.defaults();
        return new MeasureSettings(d.tunnelPattern(), targets, d.pingCount(), d.pingIntervalSeconds(), null, null,
                d.maxBytes(), d.maxSeconds(), d.routeMode(), null);
    }

    @Test
    void givenLivenessTargetsWinOverThePingTargets() {
        var given = LivenessSettings.defaults().withTargets(List.of("10.0.0.7"));
        LivenessTargets.Resolved r = LivenessTargets.resolve(given, pinging(List.of("10.9.0.1")));
        assertThat(r.source()).isEqualTo(LivenessTargetSource.GIVEN);
        assertThat(r.settings().targets()).containsExactly("10.0.0.7");
    }

    @Test
    void withoutLivenessTargetsTheNamedPingTargetsAreUsed() {
        var r = LivenessTargets.resolve(LivenessSettings.defaultsFromPingTargets(), pinging(List.of("10.9.0.1", "10.9.0.2")));
        assertThat(r.source()).isEqualTo(LivenessTargetSource.PING_TARGETS);
        assertThat(r.settings().targets()).containsExactly("10.9.0.1", "10.9.0.2");
        assertThat(r.settings().effectiveConfirmTargets()).containsExactly("10.9.0.1", "10.9.0.2");
        assertThat(LivenessTargets.resolve(null, pinging(List.of("10.9.0.1"))).settings().targets()).containsExactly("10.9.0.1");
    }

    @Test
    void onlyWhenNeitherIsGivenThePublicResolversAreUsed() {
        for (MeasureSettings m : List.of(MeasureSettings.defaults(), pinging(List.of()))) {
            var r = LivenessTargets.resolve(null, m);
            assertThat(r.source()).isEqualTo(LivenessTargetSource.PUBLIC_RESOLVERS);
            assertThat(r.settings().targets()).isEqualTo(LivenessSettings.PUBLIC_RESOLVERS).containsExactly("1.1.1.1", "8.8.8.8");
        }
    }

    @Test
    void reliabilityAndTheEightTargetLimitFollowTheResolvedTargets() {
        var wantsTwo = new LivenessSettings(List.of(), 200, 800, 3, 5, 2, null, 3, 120, List.of());
        assertThat(LivenessTargets.resolve(wantsTwo, pinging(List.of("10.9.0.1"))).settings().reliability()).isOne();
        var nine = List.of("10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6", "10.0.0.7", "10.0.0.8", "10.0.0.9");
        assertThat(LivenessTargets.resolve(null, pinging(nine)).settings().targets()).hasSize(8).doesNotContain("10.0.0.9");
    }
}
