package io.github.vpnfailover.router;

import io.github.vpnfailover.core.SwitchOptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vpnfailover.core.Ipv6Action;
import io.github.vpnfailover.core.Ipv6Mode;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.RouteMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one-command switch (decisions 0170-0172) against real interfaces in namespaces this test makes: tunB has IPv6,
 * tunA has none, and a dummy "wan0" holds the router's own IPv6 default route (where a leak would go). iproute2
 * and conntrack themselves are asked afterwards, as the reference for what the switch claims.
 */
class SwitchNamespaceTest {

    private static final String OUTSIDE = "2001:db8::1";
    private static TestRouterNamespace net;

    @BeforeAll
    static void build() throws Exception {
        Assumptions.assumeTrue(TestRouterNamespace.isRoot(), "needs root to create network namespaces");
        net = new TestRouterNamespace();
        in("ip -6 addr add fd66:2::1/64 dev tunB nodad");
        in("ip link add wan0 type veth peer name wan1 && ip link set wan1 up && ip link set wan0 up"
                + " && ip -6 addr add fd99::1/64 dev wan0 nodad");
        if (Files.isExecutable(Path.of("/usr/sbin/nft"))) {
            // counts what leaves through the WAN towards the outside, the reference for "no leak"
            in("nft add table ip6 vfmleak && nft add chain ip6 vfmleak out \\{ type filter hook output priority 0 \\; \\}"
                    + " && nft add rule ip6 vfmleak out oifname wan0 ip6 daddr 2001:db8::/32 counter");
        }
    }

    @AfterAll
    static void tearDown() {
        if (net != null) {
            net.close();
        }
    }

    @BeforeEach
    void routerRoutesIpv6ThroughItsWanAndIpv4ThroughTunA() throws Exception {
        in("ip -6 route del ::/1 2>/dev/null; ip -6 route del 8000::/1 2>/dev/null; ip -6 route replace default via fd99::2 dev wan0");
        in("ip route replace 0.0.0.0/1 dev tunA && ip route replace 128.0.0.0/1 dev tunA");
    }

    private static String in(String command) throws Exception {
        return TestRouterNamespace.sh("ip netns exec " + net.router + " sh -c '" + command + "'");
    }

    private static Router router(CountingShell shell, Ipv6Mode ipv6) {
        return new Router(shell, Clock.systemUTC(), Privilege.DIRECT, new SwitchOptions(ipv6, true));
    }

    private static MeasureSettings mode(RouteMode mode) {
        var d = MeasureSettings.defaults();
        return new MeasureSettings(d.tunnelPattern(), d.pingTargets(), 1, 0.2, null, null, 1, 1, mode, null);
    }

    @Test
    void switchIsOneRemoteInvocationThatMovesBothFamiliesAndReadsThemBack() throws Exception {
        var shell = new CountingShell(net.shell());
        SwitchResult r = router(shell, Ipv6Mode.BLOCK).switchTo("tunB", mode(RouteMode.DEF1));
        System.out.println("[one-command switch] invocations: " + shell.commands().size() + "; " + r.detail());
        assertThat(shell.commands()).hasSize(1);
        assertThat(r.verified()).as(r.detail()).isTrue();
        assertThat(r.activeAfter()).isEqualTo("tunB");
        assertThat(r.ipv6()).isEqualTo(Ipv6Action.ROUTED);
        assertThat(r.ipv6After()).isEqualTo("tunB");
        assertThat(in("ip route get 1.2.3.4")).contains("dev tunB");
        assertThat(in("ip -6 route get " + OUTSIDE)).contains("dev tunB");
        assertThat(in("ip -6 route get 9000::1")).contains("dev tunB");
        assertThat(router(shell, Ipv6Mode.BLOCK).activeRoutes()).isEqualTo(new ActiveRoutes("tunB", "tunB", false));
    }

    @Test
    void busyboxIpSwitchesBothFamiliesAndBlocksTheSameWay() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/busybox")), "needs busybox (apt-get install busybox)");
        Path bin = Files.createDirectories(net.workDir.resolve("bin-busybox"));
        if (!Files.exists(bin.resolve("ip"))) {
            Files.createSymbolicLink(bin.resolve("ip"), Path.of("/usr/bin/busybox"));
        }
        var shell = new CountingShell(net.shell(), "PATH=" + bin + ":$PATH; export PATH\n");
        SwitchResult six = router(shell, Ipv6Mode.BLOCK).switchTo("tunB", mode(RouteMode.DEF1));
        assertThat(six.verified()).as(six.detail()).isTrue();
        assertThat(six.ipv6()).isEqualTo(Ipv6Action.ROUTED);
        assertThat(in("ip -6 route get " + OUTSIDE)).as("iproute2 reads what busybox set").contains("dev tunB");
        SwitchResult four = router(shell, Ipv6Mode.BLOCK).switchTo("tunA", mode(RouteMode.DEF1));
        assertThat(four.verified()).as(four.detail()).isTrue();
        assertThat(four.ipv6()).isEqualTo(Ipv6Action.BLOCKED);
        assertThat(in("ip -6 route show ::/1")).startsWith("unreachable ::/1");
        assertThat(shell.commands()).hasSize(2);
    }

    @Test
    void aTargetWithoutIpv6GetsTheBlockSoNothingLeavesThroughTheWan() throws Exception {
        in("ip route replace 0.0.0.0/1 dev tunB && ip route replace 128.0.0.0/1 dev tunB");
        var shell = new CountingShell(net.shell());
        long sentBefore = wanPackets();
        SwitchResult r = router(shell, Ipv6Mode.BLOCK).switchTo("tunA", mode(RouteMode.DEF1));
        assertThat(r.verified()).as(r.detail()).isTrue();
        assertThat(r.ipv6()).isEqualTo(Ipv6Action.BLOCKED);
        assertThat(r.ipv6After()).isNull();
        assertThat(in("ip -6 route show ::/1") + in("ip -6 route show 8000::/1")).startsWith("unreachable ::/1").contains("unreachable 8000::/1");
        assertThatThrownBy(() -> in("ping -6 -c 1 -W 1 " + OUTSIDE)).hasMessageContaining("No route to host");
        assertThat(wanPackets()).as("IPv6 packets sent out of wan0").isEqualTo(sentBefore);
        assertThat(router(shell, Ipv6Mode.BLOCK).activeRoutes()).isEqualTo(new ActiveRoutes("tunA", null, true));
        assertThat(shell.commands()).hasSize(2);
    }

    @Test
    void leaveKeepsTheRoutersOwnIpv6RoutesAndSaysSo() throws Exception {
        SwitchResult r = router(new CountingShell(net.shell()), Ipv6Mode.LEAVE).switchTo("tunA", mode(RouteMode.DEF1));
        assertThat(r.verified()).as(r.detail()).isTrue();
        assertThat(r.ipv6()).isEqualTo(Ipv6Action.LEFT);
        assertThat(r.ipv6After()).isEqualTo("wan0");
        assertThat(r.detail()).contains("IPv6 left as it is");
        assertThat(in("ip -6 route get " + OUTSIDE)).contains("dev wan0");
        long before = wanPackets();
        try {
            in("ping -6 -c 1 -W 1 " + OUTSIDE);
        } catch (java.io.IOException expected) {
            // nothing answers behind wan0; the packet leaving is what counts
        }
        assertThat(wanPackets()).as("with leave, IPv6 goes out of the WAN").isGreaterThan(before);
    }

    @Test
    void defaultModeMovesTheIpv6DefaultRouteToo() throws Exception {
        in("ip route del 0.0.0.0/1; ip route del 128.0.0.0/1");
        SwitchResult r = router(new CountingShell(net.shell()), Ipv6Mode.BLOCK).switchTo("tunB", mode(RouteMode.DEFAULT));
        assertThat(r.verified()).as(r.detail()).isTrue();
        assertThat(r.ipv6()).isEqualTo(Ipv6Action.ROUTED);
        assertThat(in("ip -6 route show default")).contains("dev tunB");
        in("ip route replace default via 10.66.0.2 dev tunA");
    }

    @Test
    void conntrackEntriesOfTheOldTunnelAreDeletedAndOthersKept() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/conntrack")), "needs conntrack (apt-get install conntrack)");
        in("conntrack -F 2>/dev/null; true");
        insertFlow(40001, "10.66.0.1");
        insertFlow(40002, "10.67.0.1");
        SwitchResult r = router(new CountingShell(net.shell()), Ipv6Mode.BLOCK).switchTo("tunB", mode(RouteMode.DEF1));
        assertThat(r.verified()).as(r.detail()).isTrue();
        assertThat(r.conntrack().status()).as(r.conntrack().detail()).isEqualTo(ConntrackFlush.Status.FLUSHED);
        assertThat(r.conntrack().oldTunnel()).isEqualTo("tunA");
        assertThat(r.conntrack().deleted()).isEqualTo(1);
        String left = in("conntrack -L -p tcp 2>/dev/null");
        assertThat(left).doesNotContain("sport=40001").contains("sport=40002");
    }

    @Test
    void aRouterWithoutConntrackIsToldHowToInstallItAndTheSwitchStillWorks() throws Exception {
        // ip netns exec runs each script in a mount namespace of its own: the program is hidden from it alone, also
        // from the sbin directories the switch script adds to PATH
        var shell = new CountingShell(net.shell(), "for d in /usr/sbin /sbin /usr/bin /bin; do [ -f $d/conntrack ] &&"
                + " mount --bind /dev/null $d/conntrack; done\n");
        SwitchResult r = router(shell, Ipv6Mode.BLOCK).switchTo("tunB", mode(RouteMode.DEF1));
        assertThat(r.verified()).as(r.detail()).isTrue();
        assertThat(r.conntrack().status()).isEqualTo(ConntrackFlush.Status.MISSING);
        assertThat(r.conntrack().detail()).contains("opkg install conntrack").contains("apt install conntrack");
    }

    @Test
    void aTunnelTheRouterDoesNotHaveIsRefusedAndNothingChanges() throws Exception {
        String before = in("ip route") + in("ip -6 route");
        var shell = new CountingShell(net.shell());
        assertThatThrownBy(() -> router(shell, Ipv6Mode.BLOCK).switchTo("tunZ", mode(RouteMode.DEF1)))
                .isInstanceOf(UnsafeValueException.class).hasMessageContaining("no such tunnel");
        assertThatThrownBy(() -> router(shell, Ipv6Mode.BLOCK).switchTo("eth0", mode(RouteMode.DEF1)))
                .isInstanceOf(UnsafeValueException.class).hasMessageContaining("tunnel pattern");
        assertThat(in("ip route") + in("ip -6 route")).isEqualTo(before);
        assertThat(shell.commands()).hasSize(1);
    }

    private static void insertFlow(int port, String replyDst) throws Exception {
        in("conntrack -I -p tcp --src 192.168.50.2 --dst 10.9.0.1 --sport " + port + " --dport 80 --reply-src 10.9.0.1"
                + " --reply-dst " + replyDst + " --reply-port-src 80 --reply-port-dst " + port + " --state ESTABLISHED --timeout 300");
    }

    /** Packets to the outside that left through wan0, as nft counted them. */
    private static long wanPackets() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/nft")), "needs nft (apt-get install nftables)");
        var m = java.util.regex.Pattern.compile("counter packets (\\d+)").matcher(in("nft list chain ip6 vfmleak out"));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

}
