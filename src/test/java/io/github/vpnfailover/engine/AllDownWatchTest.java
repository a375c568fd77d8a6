package io.github.vpnfailover.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.Sample;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The all-down alarm, and its hint when no ping target answered through any tunnel. */
class AllDownWatchTest {
    private static final Instant T = Instant.parse("2026-12-04T08:00:00Z");

    @Test
    void pingsLostOnEveryTunnelAddTheTargetHint() {
        var lost = Map.of("tun0", lost("tun0"), "tun1", lost("tun1"));
        String alarm = new AllDownWatch().check(List.of("tun0", "tun1"), lost, "tun1").orElseThrow();
        assertThat(alarm).startsWith("ALL 2 TUNNELS ARE DOWN (tun0: ping 1.1.1.1: 100% packet loss; tun1: ")
                .contains("Keeping the routes on tun1").contains("choose targets every tunnel reaches");
    }

    @Test
    void otherFailuresGetNoHint() {
        var mixed = Map.of("tun0", lost("tun0"), "tun1", Sample.failed("tun1", T, "measurement timed out after 60 s"));
        String alarm = new AllDownWatch().check(List.of("tun0", "tun1"), mixed, null).orElseThrow();
        assertThat(alarm).contains("measurement timed out").doesNotContain("choose targets");
    }

    @Test
    void oneGoodTunnelIsNoAlarm() {
        var good = new Sample("tun1", T, 20.0, 19.0, 21.0, 1.0, 0.0, null, null, null);
        assertThat(new AllDownWatch().check(List.of("tun0", "tun1"), Map.of("tun0", lost("tun0"), "tun1", good), "tun0"))
                .isEmpty();
    }

    private static Sample lost(String tunnel) {
        return new Sample(tunnel, T, null, null, null, null, 100.0, null, null, "ping 1.1.1.1: 100% packet loss");
    }
}
