package io.github.vpnfailover.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A tunnel taken out of rotation by hand (decision 0221): never a target, and left when it is the active one. */
class OperatorHoldTest {

    private final Decider decider = new Decider(new HoldDown(new MutableClock(Samples.T0)));
    private final Policy policy = Samples.policy(ScoringMode.NORMALIZED, 3, 0.15, 300);
    private final Map<String, Sample> latest = Map.of("tun0", Samples.good("tun0", 20), "tun1", Samples.good("tun1", 30),
            "tun2", Samples.good("tun2", 40));
    private final ScoreBoard scores = new ScoreBoard(List.of(new TunnelScore("tun0", 0.5, null),
            new TunnelScore("tun1", 0.99, null), new TunnelScore("tun2", 0.9, null)));

    private Decision decide(String active, Set<String> held) {
        return decider.decide(new Situation(active, List.of("tun0", "tun1", "tun2"), scores, latest, Set.of(), held), policy);
    }

    @Test
    void aHeldCandidateIsNeverSwitchedTo() {
        assertThat(decide("tun0", Set.of()).target()).isEqualTo("tun1");
        Decision d = decide("tun0", Set.of("tun1"));
        assertThat(d.kind()).isEqualTo(DecisionKind.SWITCH);
        assertThat(d.target()).as(d.reason()).isEqualTo("tun2");
    }

    @Test
    void aHeldActiveTunnelIsLeftForTheBestOtherOne() {
        Decision d = decide("tun1", Set.of("tun1"));
        assertThat(d.kind()).isEqualTo(DecisionKind.FAILOVER);
        assertThat(d.target()).isEqualTo("tun2");
        assertThat(d.reason()).startsWith("tun1 is held out of rotation by the operator: failing over to tun2");
    }

    @Test
    void withEveryOtherTunnelHeldTheReasonSaysSoNotThatNoneAnswered() {
        Decision d = decide("tun0", Set.of("tun0", "tun1", "tun2"));
        assertThat(d.kind()).isEqualTo(DecisionKind.STAY);
        assertThat(d.reason()).contains("tun1, tun2: held out of rotation by the operator").doesNotContain("no other tunnel answered");
    }
}
