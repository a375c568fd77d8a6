package io.github.vpnfailover.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.LinkStatus;
import io.github.vpnfailover.core.MutableClock;
import io.github.vpnfailover.core.Quarantine;
import io.github.vpnfailover.core.Sample;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Liveness silent on every tunnel says more about the targets than the tunnels (decision 0121). */
class FastPathSilenceTest {

    private static final Instant T = Instant.parse("2026-12-02T08:00:00Z");
    private static final LinkStatus DOWN = new LinkStatus(LinkCondition.DOWN, null, 100.0, "2 of 2 targets missed 3 probes in a row");
    private static final LinkStatus UP = new LinkStatus(LinkCondition.UP, 20.0, 0.0, "1 of 2 targets answer");

    private final FastPath path = new FastPath(new Quarantine(new MutableClock(T)));

    private static Sample answered(String tunnel, Instant at) {
        return new Sample(tunnel, at, 21.0, 20.0, 23.0, 0.5, 0.0, null, null, null);
    }

    @Test
    void everyTunnelDownByLivenessBlocksNoneAndTheAnsweringOnesAreUnanswered() {
        path.tunnels(List.of("tun0", "tun1"));
        assertThat(path.update("tun0", DOWN, "tun0", T)).isTrue();
        path.update("tun1", DOWN, "tun0", T.plusMillis(5));
        assertThat(path.silent()).isTrue();
        assertThat(path.blocked()).isEmpty();
        assertThat(path.usable("tun0")).isTrue();
        Map<String, Sample> latest = Map.of("tun0", answered("tun0", T.plusSeconds(3)), "tun1", answered("tun1", T.plusSeconds(4)));
        assertThat(path.judgeUnanswered(latest)).containsExactly("tun0", "tun1");
        assertThat(path.unanswered("tun1")).isTrue();
    }

    @Test
    void cyclePingsFromBeforeLivenessSaidDownProveNothing() {
        path.tunnels(List.of("tun0", "tun1"));
        path.update("tun0", DOWN, "tun0", T);
        path.update("tun1", DOWN, "tun0", T);
        var old = Map.of("tun0", answered("tun0", T.minusSeconds(1)), "tun1", answered("tun1", T.minusSeconds(1)));
        assertThat(path.judgeUnanswered(old)).isEmpty();
        var failed = Map.of("tun0", Sample.failed("tun0", T.plusSeconds(2), "ping 10.9.0.1: 100% packet loss"),
                "tun1", Sample.failed("tun1", T.plusSeconds(2), "ping 10.9.0.1: 100% packet loss"));
        assertThat(path.judgeUnanswered(failed)).isEmpty();
    }

    @Test
    void oneTunnelUpMeansTheTargetsAnswerAndDownBlocksAgain() {
        path.tunnels(List.of("tun0", "tun1"));
        path.update("tun1", UP, "tun0", T);
        path.update("tun0", DOWN, "tun0", T);
        assertThat(path.silent()).isFalse();
        assertThat(path.blocked()).containsExactly("tun0");
        assertThat(path.usable("tun0")).isFalse();
        assertThat(path.judgeUnanswered(Map.of("tun0", answered("tun0", T.plusSeconds(3))))).isEmpty();
        assertThat(path.othersUnjudged("tun0")).isFalse();
    }

    @Test
    void aFreshDeathWaitsForTheOtherTunnelsFirstVerdict() {
        path.tunnels(List.of("tun0", "tun1", "tun2"));
        path.update("tun1", LinkStatus.unknown(), "tun0", T);
        path.update("tun0", DOWN, "tun0", T);
        path.update("tun2", DOWN, "tun0", T);
        assertThat(path.othersUnjudged("tun0")).as("tun1 not judged yet").isTrue();
        assertThat(path.update("tun1", UP, "tun0", T.plusMillis(300))).as("its verdict calls the failover").isTrue();
        assertThat(path.othersUnjudged("tun0")).isFalse();
        var unwatched = new FastPath(new Quarantine(new MutableClock(T)));
        unwatched.tunnels(List.of("tun0", "tun1"));
        unwatched.update("tun0", DOWN, "tun0", T);
        assertThat(unwatched.othersUnjudged("tun0")).as("a tunnel the monitor does not watch holds nothing back").isFalse();
    }

    @Test
    void anAnswerEndsTheUnansweredState() {
        path.tunnels(List.of("tun0"));
        path.update("tun0", DOWN, "tun0", T);
        assertThat(path.judgeUnanswered(Map.of("tun0", answered("tun0", T.plusSeconds(1))))).containsExactly("tun0");
        path.update("tun0", UP, "tun0", T.plusSeconds(2));
        path.update("tun0", DOWN, "tun0", T.plusSeconds(3));
        assertThat(path.unanswered("tun0")).isFalse();
    }
}
