package io.github.vpnfailover.router;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.core.Tunnel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Unit side of decision 0173 on captured iproute2 and busybox lines: which gateway the listing reports for a tunnel
 * without a peer, and that the switch read-back holds a tap to the next hop the script chose. The real tunnels:
 * testbed/PeerlessOpenVpnTest.
 */
class PeerlessGatewayTest {

    private static final String LINKS = """
            7: tap0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UNKNOWN mode DEFAULT qlen 1000\\    link/ether 3e:45:8b:79:85:8c brd ff:ff:ff:ff:ff:ff
            8: tuns1: <POINTOPOINT,MULTICAST,NOARP,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UNKNOWN mode DEFAULT qlen 500\\    link/none
            9: tun0: <POINTOPOINT,MULTICAST,NOARP,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UNKNOWN mode DEFAULT qlen 500\\    link/none
            """;
    private static final String ADDRS = """
            7: tap0    inet 10.6.0.2/24 brd 10.6.0.255 scope global tap0\\       valid_lft forever preferred_lft forever
            8: tuns1    inet 10.6.1.2/24 scope global tuns1\\       valid_lft forever preferred_lft forever
            9: tun0    inet 10.8.0.1 peer 10.8.0.2/32 scope global tun0\\       valid_lft forever preferred_lft forever
            """;

    private static Tunnel tunnel(List<Tunnel> all, String name) {
        return all.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aPeerlessTunnelGetsTheViaOfItsOwnRoutesFromIproute2AndBusyboxAlike() {
        String iproute2 = """
                0.0.0.0/1 via 10.8.0.2 dev tun0
                10.6.0.0/24 dev tap0 proto kernel scope link src 10.6.0.2
                10.6.1.0/24 dev tuns1 proto kernel scope link src 10.6.1.2
                10.66.0.0/24 via 10.6.0.1 dev tap0
                10.66.1.0/24 via 10.6.1.1 dev tuns1
                """;
        String busybox = """
                0.0.0.0/1 via 10.8.0.2 dev tun0 \n10.6.0.0/24 dev tap0 scope link  src 10.6.0.2 \n10.66.0.0/24 via 10.6.0.1 dev tap0 \n10.66.1.0/24 via 10.6.1.1 dev tuns1 \n""";
        for (String routes : List.of(iproute2, busybox)) {
            List<Tunnel> all = new TunnelLister().tunnels(LINKS, ADDRS, routes, null);
            assertThat(tunnel(all, "tap0").gateway()).isEqualTo("10.6.0.1");
            assertThat(tunnel(all, "tuns1").gateway()).isEqualTo("10.6.1.1");
            assertThat(tunnel(all, "tun0").peer()).isEqualTo("10.8.0.2");
            assertThat(tunnel(all, "tun0").gateway()).as("a peer needs no gateway").isNull();
        }
    }

    @Test
    void noRouteViaAGatewayOnTheDeviceMeansNoGatewayNotAnotherDevicesOne() {
        String routes = "10.6.0.0/24 dev tap0 proto kernel scope link src 10.6.0.2\n0.0.0.0/1 via 10.8.0.2 dev tun0\n";
        assertThat(tunnel(new TunnelLister().tunnels(LINKS, ADDRS, routes, null), "tap0").gateway()).isNull();
        assertThat(tunnel(new TunnelLister().tunnels(LINKS, ADDRS, null), "tap0").gateway()).isNull();
    }

    private static SwitchResult readBack(String nexthop, String routes) {
        String m = "##vfm-0123456789abcdef##";
        String out = m + " link\n7: tap0: <UP>\n" + m + " exit 0\n" + m + " nexthop\n" + nexthop + "\n" + m + " exit 0\n"
                + m + " v4\n" + m + " exit 0\n" + m + " v6\nnone\n" + m + " exit 0\n"
                + m + " routes\n" + routes + m + " exit 0\n" + m + " routes6\n" + m + " exit 0\n" + m + " end\n";
        return new SwitchReadBack("test router").read("tap0", RouteMode.DEF1, new ScriptOutput(m, out), true);
    }

    @Test
    void aTapSwitchIsVerifiedOnlyWithTheGatewayTheScriptChose() {
        assertThat(readBack("tap 10.6.0.1", "0.0.0.0/1 via 10.6.0.1 dev tap0\n128.0.0.0/1 via 10.6.0.1 dev tap0\n").verified())
                .isTrue();
        assertThat(readBack("tap 10.6.0.1", "0.0.0.0/1 dev tap0\n128.0.0.0/1 dev tap0\n").verified()).isFalse();
        assertThat(readBack("tap 10.6.0.1", "0.0.0.0/1 via 10.6.0.9 dev tap0\n128.0.0.0/1 via 10.6.0.9 dev tap0\n").verified())
                .isFalse();
        assertThat(readBack("none", "0.0.0.0/1 dev tap0\n128.0.0.0/1 dev tap0\n").verified()).as("a peerless tun").isTrue();
    }
}
