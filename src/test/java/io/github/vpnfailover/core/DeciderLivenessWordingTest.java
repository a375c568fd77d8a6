package io.github.vpnfailover.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The decider never claims a tunnel "did not answer" when only liveness holds it back (decision 0121). */
class DeciderLivenessWordingTest {

    private static final Instant T = Instant.parse("2026-12-02T08:00:00Z");

    private static Sample good(String tunnel) {
        return new Sample(tunnel, T, 21.0, 20.0, 23.0, 0.5, 0.0, null, null, null);
    }

    private static Decision decide(Map<String, Sample> latest, Set<String> liveDown) {
        var s = new Situation("tun0", List.of("tun0", "tun1"), ScoreBoard.empty(), latest, liveDown);
        return new Decider(new HoldDown(new MutableClock(T))).decide(s, Policy.defaults());
    }

    @Test
    void aTunnelHeldBackByLivenessIsNamedAsSuchNotAsSilent() {
        Decision d = decide(Map.of("tun0", good("tun0"), "tun1", good("tun1")), Set.of("tun0", "tun1"));
        assertThat(d.kind()).isEqualTo(DecisionKind.STAY);
        assertThat(d.reason()).doesNotContain("no other tunnel answered")
                .isEqualTo("tun0 is down, but no other tunnel is usable (tun1: down by liveness, though the last measurement answered)"
                        + ": nothing to fail over to");
    }

    @Test
    void aTunnelWhoseMeasurementFailedStillDidNotAnswer() {
        Decision d = decide(Map.of("tun0", good("tun0"), "tun1", Sample.failed("tun1", T, "ping 10.9.0.1: 100% packet loss")),
                Set.of("tun0"));
        assertThat(d.reason()).isEqualTo("tun0 is down, but no other tunnel answered: nothing to fail over to");
    }

    @Test
    void aRouterWithoutAnotherTunnelSaysSoInsteadOfNamingSilentOnes() {
        // "This computer" with no VPN: the real app said "no other tunnel answered" under "no usable tunnel"
        var none = new Situation("eth0", List.of(), ScoreBoard.empty(), Map.of(), Set.of());
        assertThat(new Decider(new HoldDown(new MutableClock(T))).decide(none, Policy.defaults()).reason())
                .endsWith(", and the router has no tunnel: nothing to fail over to").doesNotContain("answered");
        var one = new Situation("tun0", List.of("tun0"), ScoreBoard.empty(),
                Map.of("tun0", Sample.failed("tun0", T, "ping 10.9.0.1: 100% packet loss")), Set.of());
        assertThat(new Decider(new HoldDown(new MutableClock(T))).decide(one, Policy.defaults()).reason())
                .isEqualTo("tun0 is down, and the router has no other tunnel: nothing to fail over to");
    }
}
