package io.github.vpnfailover.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiveFailoverTest {

    private static LinkStatus up(double rtt) {
        return new LinkStatus(LinkCondition.UP, rtt, 0.0, "up");
    }

    private static final LinkStatus DOWN = new LinkStatus(LinkCondition.DOWN, null, 100.0, "down");
    private static final LinkStatus DEGRADED = new LinkStatus(LinkCondition.DEGRADED, 500.0, 0.0, "slow");

    private static ScoreBoard scores(Object... pairs) {
        var list = new java.util.ArrayList<TunnelScore>();
        for (int i = 0; i < pairs.length; i += 2) {
            list.add(new TunnelScore((String) pairs[i], (Double) pairs[i + 1], null));
        }
        return new ScoreBoard(list);
    }

    @Test
    void withoutScoresPicksTheLiveTunnelWithTheShortestRoundTrip() {
        Decision d = LiveFailover.choose("tun0", "tun0 is down", Map.of("tun0", DOWN, "tun1", up(40), "tun2", up(15), "tun3", DEGRADED),
                ScoreBoard.empty(), Set.of());
        assertThat(d.kind()).isEqualTo(DecisionKind.FAILOVER);
        assertThat(d.target()).isEqualTo("tun2");
        assertThat(d.reason()).startsWith("tun0 is down: failing over at once to tun2 (live, 15.0 ms");
    }

    @Test
    void prefersTheBestScoredLiveTunnelAndSkipsQuarantinedAndDeadOnes() {
        Map<String, LinkStatus> links = Map.of("tun0", DOWN, "tun1", up(40), "tun2", up(15), "tun3", DOWN);
        Decision d = LiveFailover.choose("tun0", "why", links, scores("tun1", 0.7, "tun2", 0.9, "tun3", 1.0), Set.of("tun2"));
        assertThat(d.target()).isEqualTo("tun1");
    }

    @Test
    void staysWhenNoOtherTunnelIsLive() {
        Decision d = LiveFailover.choose("tun0", "tun0 is down", Map.of("tun0", DOWN, "tun1", DOWN, "tun2", DEGRADED),
                ScoreBoard.empty(), Set.of());
        assertThat(d.kind()).isEqualTo(DecisionKind.STAY);
        assertThat(d.reason()).isEqualTo("tun0 is down, but no other tunnel is live: nothing to fail over to");
    }

    @Test
    void quarantineExpires() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        Quarantine q = new Quarantine(clock);
        q.add("tun1", Duration.ofSeconds(120), "no traffic");
        q.add("tun2", Duration.ZERO, "ignored");
        assertThat(q.current()).containsExactly("tun1");
        clock.advance(Duration.ofSeconds(119));
        assertThat(q.remaining("tun1")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(q.contains("tun1")).isFalse();
        assertThat(q.current()).isEmpty();
        assertThat(List.of(LinkCondition.values())).extracting(LinkCondition::tunnelState)
                .containsExactly(TunnelState.UNKNOWN, TunnelState.UP, TunnelState.DOWN, TunnelState.DOWN, TunnelState.UNKNOWN);
    }
}
