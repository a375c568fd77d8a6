package io.github.vpnfailover.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The WireGuard handshake-age rule (decision 0180): only ever a reason for down, never for up. */
class HandshakeRuleTest {

    @ParameterizedTest(name = "age {0} s is {1}")
    @CsvSource({"0, FRESH", "12, FRESH", "180, FRESH", "181, STALE", "100000, STALE"})
    void overOneHundredEightySecondsIsStale(double age, HandshakeStatus expected) {
        assertThat(HandshakeRule.status(age)).isEqualTo(expected);
        assertThat(Samples.good("wg0", 20).withHandshakeAge(age).isGood()).isEqualTo(expected == HandshakeStatus.FRESH);
    }

    @Test
    void noHandshakeAtAllIsNeverAndDown() {
        assertThat(HandshakeRule.age(1_000, List.of(0L, 0L))).isNull();
        assertThat(HandshakeRule.age(1_000, List.of())).isNull();
        assertThat(HandshakeRule.status(null)).isEqualTo(HandshakeStatus.NEVER);
        assertThat(Samples.good("wg0", 20).withHandshakeAge(null).isGood()).isFalse();
    }

    @Test
    void theNewestPeerCountsAndAHandshakeInTheRoutersFutureIsZero() {
        assertThat(HandshakeRule.age(1_000, List.of(0L, 700L, 990L))).isEqualTo(10.0);
        assertThat(HandshakeRule.age(1_000, List.of(1_005L))).isEqualTo(0.0);
    }

    @Test
    void aFreshHandshakeNeverOverridesFailedPings() {
        Sample silent = Sample.failed("wg0", Samples.T0, "ping 10.9.0.1: 100% packet loss").withHandshakeAge(3.0);
        assertThat(silent.handshake()).isEqualTo(HandshakeStatus.FRESH);
        assertThat(silent.isGood()).isFalse();
        var s = new Situation("wg0", List.of("wg0", "tun1"), board("tun1", 0.8),
                Map.of("wg0", silent, "tun1", Samples.good("tun1", 30)), Set.of());
        assertThat(s.isDown("wg0")).isTrue();
        Decision d = new Decider(new HoldDown(java.time.Clock.systemUTC())).decide(s, Samples.policy(ScoringMode.NORMALIZED, 1, 0.15, 0));
        assertThat(d.kind()).isEqualTo(DecisionKind.FAILOVER);
        assertThat(d.reason()).isEqualTo("wg0 is down: failing over to tun1 (best score 0.80)");
    }

    @Test
    void aStaleHandshakeIsDownWhateverThePingsSayAndTheReasonSaysSo() {
        Sample stale = Samples.good("wg0", 20).withHandshakeAge(200.0);
        Sample fresh = Samples.good("wg1", 30).withHandshakeAge(12.0);
        var s = new Situation("wg0", List.of("wg0", "wg1"), board("wg0", 0.9, "wg1", 0.5),
                Map.of("wg0", stale, "wg1", fresh), Set.of());
        assertThat(s.isDown("wg0")).isTrue();
        assertThat(s.isEligible("wg1")).isTrue();
        Decision d = new Decider(new HoldDown(java.time.Clock.systemUTC())).decide(s, Samples.policy(ScoringMode.NORMALIZED, 1, 0.15, 0));
        assertThat(d.kind()).isEqualTo(DecisionKind.FAILOVER);
        assertThat(d.target()).isEqualTo("wg1");
        assertThat(d.reason()).isEqualTo("wg0 is down: WireGuard handshake 200 s ago (over 180 s: the peer stopped answering),"
                + " though its pings answered: failing over to wg1 (best score 0.50, WireGuard handshake 12 s ago)");
    }

    @Test
    void aQualitySwitchNamesTheHandshakesOfBothTunnels() {
        var s = new Situation("wg0", List.of("wg0", "wg1"), board("wg0", 0.4, "wg1", 0.9),
                Map.of("wg0", Samples.good("wg0", 20).withHandshakeAge(40.0), "wg1", Samples.good("wg1", 10).withHandshakeAge(5.0)),
                Set.of());
        Decision d = new Decider(new HoldDown(java.time.Clock.systemUTC())).decide(s, Samples.policy(ScoringMode.NORMALIZED, 1, 0.15, 0));
        assertThat(d.kind()).isEqualTo(DecisionKind.SWITCH);
        assertThat(d.reason()).endsWith("; wg1: WireGuard handshake 5 s ago; wg0: WireGuard handshake 40 s ago");
    }

    @Test
    void otherTunnelsHaveNoHandshakeAndNoSayFromIt() {
        Sample tun = Samples.good("tun0", 20);
        assertThat(tun.handshake()).isNull();
        assertThat(HandshakeRule.down(tun)).isFalse();
        assertThat(HandshakeRule.describe(tun)).isNull();
        assertThat(tun.isGood()).isTrue();
    }

    private static ScoreBoard board(Object... tunnelScore) {
        var entries = new java.util.ArrayList<TunnelScore>();
        for (int i = 0; i < tunnelScore.length; i += 2) {
            entries.add(new TunnelScore((String) tunnelScore[i], (Double) tunnelScore[i + 1], null));
        }
        return new ScoreBoard(entries);
    }
}
