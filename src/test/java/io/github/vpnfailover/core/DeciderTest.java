package io.github.vpnfailover.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeciderTest {

    /**
     * tunnels: "name:score" ('-' = answered but unscored, 'x' = latest measurement failed, 'L' = liveness down).
     * holdDownAgo: seconds since the last (manual or automatic) switch, -1 for never; hold-down is 300 s.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "candidate beats active by threshold      | tun0 | tun0:0.74 tun1:0.91        | 0.15 | -1  | SWITCH   | tun1",
            "threshold exactly met switches           | tun0 | tun0:0.80 tun1:0.92        | 0.15 | -1  | SWITCH   | tun1",
            "just below threshold stays               | tun0 | tun0:0.80 tun1:0.919       | 0.15 | -1  | STAY     | ",
            "highest of several candidates wins       | tun0 | tun0:0.50 tun1:0.90 tun2:0.95 | 0.15 | -1 | SWITCH | tun2",
            "equal scores never switch at threshold 0 | tun0 | tun0:0.80 tun1:0.80        | 0    | -1  | STAY     | ",
            "depth not reached by candidate stays     | tun0 | tun0:0.50 tun1:-           | 0.15 | -1  | STAY     | ",
            "down candidate is never a target         | tun0 | tun0:0.50 tun1:x           | 0.15 | -1  | STAY     | ",
            "liveness-down candidate is never a target | tun0 | tun0:0.50 tun1:0.99L      | 0.15 | -1  | STAY     | ",
            "active dead fails over to best scored    | tun0 | tun0:x tun1:0.60 tun2:0.70 | 0.15 | -1  | FAILOVER | tun2",
            "active liveness-down fails over          | tun0 | tun0:0.90L tun1:0.60       | 0.15 | -1  | FAILOVER | tun1",
            "active dead, others only answered        | tun0 | tun0:x tun1:- tun2:-       | 0.15 | -1  | FAILOVER | tun2",
            "all dead stays                           | tun0 | tun0:x tun1:x tun2:x       | 0.15 | -1  | STAY     | ",
            "active gone fails over                   | tun9 | tun0:0.30 tun1:0.60        | 0.15 | -1  | FAILOVER | tun1",
            "no active tunnel fails over              |      | tun0:0.30 tun1:0.60        | 0.15 | -1  | FAILOVER | tun1",
            "active unscored leaves for scored one    | tun0 | tun0:- tun1:0.60           | 0.15 | -1  | FAILOVER | tun1",
            "active unscored, nobody scored stays     | tun0 | tun0:- tun1:-              | 0.15 | -1  | STAY     | ",
            "hold-down blocks a quality switch        | tun0 | tun0:0.50 tun1:0.99        | 0.15 | 10  | STAY     | ",
            "hold-down over allows it again           | tun0 | tun0:0.50 tun1:0.99        | 0.15 | 300 | SWITCH   | tun1",
            "manual override just now blocks quality  | tun0 | tun0:0.10 tun1:0.99        | 0.15 | 0   | STAY     | ",
            "failover ignores hold-down               | tun0 | tun0:x tun1:0.60           | 0.15 | 0   | FAILOVER | tun1",
    })
    void decides(String name, String active, String tunnels, double threshold, int holdDownAgo,
                 DecisionKind kind, String target) {
        MutableClock clock = new MutableClock(Samples.T0);
        HoldDown holdDown = new HoldDown(clock);
        if (holdDownAgo >= 0) {
            holdDown.start();
            clock.advance(Duration.ofSeconds(holdDownAgo));
        }
        Decision d = new Decider(holdDown).decide(situation(active, tunnels), Samples.policy(ScoringMode.NORMALIZED, 3, threshold, 300));
        assertThat(d.kind()).as(d.reason()).isEqualTo(kind);
        assertThat(d.target()).as(d.reason()).isEqualTo(target);
        assertThat(d.active()).isEqualTo(active);
        assertThat(d.reason()).isNotBlank();
    }

    @Test
    void reasonReadsLikeTheExample() {
        Decision d = new Decider(new HoldDown(new MutableClock(Samples.T0)))
                .decide(situation("tun0", "tun0:0.74 tun2:0.91"), Samples.policy(ScoringMode.NORMALIZED, 3, 0.15, 300));
        assertThat(d.reason()).isEqualTo("tun2 scores 0.91 vs tun0 0.74 (+23 % ≥ 15 %)");
    }

    @Test
    void holdDownReasonSaysHowLongIsLeft() {
        MutableClock clock = new MutableClock(Samples.T0);
        HoldDown h = new HoldDown(clock);
        h.start();
        clock.advance(Duration.ofSeconds(100));
        Decision d = new Decider(h).decide(situation("tun0", "tun0:0.5 tun1:0.9"), Samples.policy(ScoringMode.NORMALIZED, 3, 0.15, 300));
        assertThat(d.reason()).endsWith("hold-down has 200 s left");
    }

    static Situation situation(String active, String spec) {
        List<String> names = new ArrayList<>();
        List<TunnelScore> scores = new ArrayList<>();
        Map<String, Sample> latest = new HashMap<>();
        Set<String> liveDown = new HashSet<>();
        double latency = 50;
        for (String part : spec.trim().split("\\s+")) {
            String[] kv = part.split(":");
            String t = kv[0];
            String v = kv[1];
            names.add(t);
            if (v.endsWith("L")) {
                liveDown.add(t);
                v = v.substring(0, v.length() - 1);
            }
            if (v.equals("x")) {
                latest.put(t, Samples.dead(t));
                scores.add(new TunnelScore(t, null, "0 of 3 good samples"));
            } else {
                latency -= 10; // later tunnels answer faster, so the fallback picks the last one
                latest.put(t, Samples.good(t, latency));
                scores.add(new TunnelScore(t, v.equals("-") ? null : Double.parseDouble(v), null));
            }
        }
        return new Situation(active, names, new ScoreBoard(scores), latest, liveDown);
    }
}
