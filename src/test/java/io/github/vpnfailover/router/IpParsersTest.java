package io.github.vpnfailover.router;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.TunnelState;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IpParsersTest {

    private static Map<String, LinkInfo> links(String capture) {
        return new LinkParser().parse(Captures.read(capture)).stream().map(Parsed::valueOrNull)
                .collect(Collectors.toMap(LinkInfo::name, Function.identity()));
    }

    @Test
    void readsIproute2LinksWithStateFlagsAndHostileNamesWhole() {
        Map<String, LinkInfo> l = links("ip/iproute2-link.txt");
        assertThat(l).containsKeys("lo", "tun0", "tap3", "tun1", "tun0;reboot", "tun$(id)", "tun7");
        assertThat(l.get("tun0").linkType()).isEqualTo("none");
        assertThat(l.get("tun0").state()).isEqualTo("DOWN");
        assertThat(l.get("tun0").flags()).contains("UP", "NO-CARRIER").doesNotContain("LOWER_UP");
        assertThat(l.get("tun0").tunnelState()).isEqualTo(TunnelState.DOWN);
        assertThat(l.get("tun7").tunnelState()).isEqualTo(TunnelState.UP);
        assertThat(l.get("tun7").index()).isEqualTo(7);
    }

    @Test
    void readsBusyboxLinksWithoutStateWord() {
        Map<String, LinkInfo> l = links("ip/busybox-link.txt");
        assertThat(l).containsKeys("tun0", "tun0;reboot", "tun$(id)", "tun7");
        assertThat(l.get("tun0").state()).isNull();
        assertThat(l.get("tun0").linkType()).isEqualTo("[65534]");
        assertThat(l.get("tun7").tunnelState()).isEqualTo(TunnelState.UP);
        assertThat(l.get("tun1").tunnelState()).isEqualTo(TunnelState.DOWN);
    }

    @Test
    void readsPeerOnLinkLineAndRefusesGarbage() {
        List<Parsed<LinkInfo>> p = new LinkParser().parse(
                "9: gre1@NONE: <POINTOPOINT,NOARP,UP,LOWER_UP> mtu 1476 qdisc noqueue state UNKNOWN\\    link/gre 10.0.0.1 peer 10.0.0.2\n"
                        + "garbage line\n");
        assertThat(p.get(0).valueOrNull().peer()).isEqualTo("10.0.0.2");
        assertThat(p.get(0).valueOrNull().name()).isEqualTo("gre1");
        assertThat(p.get(1)).isEqualTo(Parsed.unparsed("not an 'ip -o link' line", "garbage line"));
    }

    @Test
    void readsAddressesWithPeerInBothFlavours() {
        for (String capture : List.of("ip/iproute2-addr.txt", "ip/busybox-addr.txt")) {
            List<AddressInfo> a = new AddressParser().parse(Captures.read(capture)).stream().map(Parsed::valueOrNull).toList();
            assertThat(a).as(capture).contains(
                    new AddressInfo("tun0", "inet", "10.8.0.6", 32, "10.8.0.5"),
                    new AddressInfo("tun1", "inet", "10.9.0.2", 24, null),
                    new AddressInfo("lo", "inet", "127.0.0.1", 8, null));
        }
    }

    @Test
    void readsRoutesAndDef1WinsOverDefaultInBothFlavours() {
        for (String capture : List.of("ip/iproute2-route.txt", "ip/busybox-route.txt")) {
            RouteTable t = RouteTable.parse(Captures.read(capture));
            assertThat(t.route("0.0.0.0/1")).contains(new RouteInfo("0.0.0.0/1", "10.66.0.2", "tun7", null));
            assertThat(t.route("128.0.0.0/1")).contains(new RouteInfo("128.0.0.0/1", "10.66.0.2", "tun7", null));
            assertThat(t.defaultRoute()).contains(new RouteInfo("default", "10.66.0.2", "tun7", 100));
            assertThat(t.activeDevice()).contains("tun7");
        }
    }

    @Test
    void defaultRouteDecidesWithoutDef1AndLowestMetricWins() {
        RouteTable t = RouteTable.parse("default via 10.0.0.1 dev wg0 metric 200\ndefault via 10.8.0.5 dev tun0 metric 50\n"
                + "10.8.0.5 dev tun0 proto kernel scope link src 10.8.0.6\nunreachable 10.99.0.0/16\nnonsense\n");
        assertThat(t.activeDevice()).contains("tun0");
        assertThat(RouteTable.parse("").activeDevice()).isEmpty();
        assertThat(new RouteParser().parseLine("nonsense")).isInstanceOf(Parsed.Unparsed.class);
    }

    @Test
    void aPrefixLongerThanTheAddressIsRefusedNotKept() {
        List<Parsed<AddressInfo>> p = new AddressParser().parse("5: tun0    inet 10.8.0.2/99 scope global tun0\n"
                + "6: tun1    inet6 fd00::2/129 scope global\n7: tun2    inet 10.9.0.2/24 scope global tun2");
        assertThat(p.get(0)).isInstanceOf(Parsed.Unparsed.class);
        assertThat(((Parsed.Unparsed<AddressInfo>) p.get(0)).reason()).contains("/99 is longer than an inet address");
        assertThat(p.get(1)).isInstanceOf(Parsed.Unparsed.class);
        assertThat(p.get(2).valueOrNull().prefixLength()).isEqualTo(24);
    }
}
