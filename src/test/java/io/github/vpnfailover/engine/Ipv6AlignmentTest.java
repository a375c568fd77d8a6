package io.github.vpnfailover.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.router.ActiveRoutes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When IPv6 counts as drifted from the IPv4 tunnel, and that each drifted state is acted on once (decision 0175). */
class Ipv6AlignmentTest {

    private static final List<String> TUNNELS = List.of("tun0", "tun1");

    @Test
    void ipv6ThroughTheWanWhileIpv4IsOnATunnelIsALeakToAlign() {
        assertThat(new Ipv6Alignment().drift(new ActiveRoutes("tun0", "wan0", false), TUNNELS).orElseThrow().reason())
                .isEqualTo("IPv4 goes through tun0 but IPv6 through wan0, outside the tunnels: the routes of both families"
                        + " are set again for tun0");
    }

    @Test
    void ipv6ThroughAnotherTunnelIsNamedAsSuch() {
        assertThat(new Ipv6Alignment().drift(new ActiveRoutes("tun0", "tun1", false), TUNNELS).orElseThrow().reason())
                .contains("IPv6 through another tunnel, tun1");
    }

    @Test
    void withTheTunnelBlockedOrWithoutIpv6NothingIsWrong() {
        var a = new Ipv6Alignment();
        assertThat(a.drift(new ActiveRoutes("tun0", "tun0", false), TUNNELS)).isEmpty();
        assertThat(a.drift(new ActiveRoutes("tun0", null, true), TUNNELS)).isEmpty();
        assertThat(a.drift(new ActiveRoutes("tun0", null, false), TUNNELS)).as("the router routes no IPv6").isEmpty();
    }

    @Test
    void ipv4OutsideTheTunnelsIsNotOursToAlign() {
        var a = new Ipv6Alignment();
        assertThat(a.drift(new ActiveRoutes("eth0", "eth0", false), TUNNELS)).isEmpty();
        assertThat(a.drift(new ActiveRoutes(null, "wan0", false), TUNNELS)).isEmpty();
        assertThat(a.drift(new ActiveRoutes("eth0", "wan0", false), TUNNELS)).isEmpty();
    }

    @Test
    void theSameDriftIsActedOnOnceAndAgainOnlyAfterItChangedOrWasMended() {
        var a = new Ipv6Alignment();
        var leak = new ActiveRoutes("tun0", "wan0", false);
        assertThat(a.drift(leak, TUNNELS)).isPresent();
        assertThat(a.drift(leak, TUNNELS)).as("ipv6: leave, or a refusal: not hammered").isEmpty();
        assertThat(a.drift(new ActiveRoutes("tun1", "wan0", false), TUNNELS)).as("another tunnel now").isPresent();
        assertThat(a.drift(new ActiveRoutes("tun1", "tun1", false), TUNNELS)).isEmpty();
        assertThat(a.drift(leak, TUNNELS)).as("drifted again after it was mended").isPresent();
    }
}
