package io.github.vpnfailover.testbed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.cli.UserView;
import io.github.vpnfailover.core.Ipv6Action;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.engine.SwitchKind;
import io.github.vpnfailover.router.SwitchResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine keeps IPv6 with the active tunnel on the namespace router, over real SSH with the daemon's wiring: a
 * router whose IPv6 leaves through the WAN is aligned at the first cycle (decision 0175), and IPv6 follows every
 * manual switch and the failover when the active tunnel's exit dies. Who answers at the IPv6 "internet" is the proof.
 */
class Ipv6FailoverTest {

    @TempDir
    Path dir;

    @BeforeEach
    void needsRoot() {
        NamespaceRouter.assumeAvailable();
    }

    @Test
    void ipv6LeavesThroughTheActiveTunnelsExitBeforeAndAfterASwitchAndAFailoverNeverTheWan() throws Exception {
        var two = List.of(new NamespaceRouter.TunnelSpec(10, 10), new NamespaceRouter.TunnelSpec(10, 10));
        try (var rig = Rig.start("ipv6", dir, two, net -> RouterFaultTest.policy(Bed.measure(net, 3, 0, 5), 1, true));
             var ipv6 = new Ipv6Edge(rig.net)) {
            ipv6.tunnel(0);
            ipv6.tunnel(1);
            ipv6.wan();
            rig.net.routeVia(0);
            assertThat(Ipv6Edge.whoami6(rig.net.routerNs)).as("before the app: IPv4 on tun0, IPv6 out of the WAN").startsWith("wan ");

            rig.engine.runOnce().get(60, TimeUnit.SECONDS);
            var align = rig.log.await(EngineEvent.SwitchEvent.class, s -> true, 0, Duration.ofSeconds(5));
            System.out.println("[ipv6] first cycle: " + UserView.text(align));
            assertThat(align.kind()).isEqualTo(SwitchKind.ALIGN);
            assertThat(align.from()).isEqualTo("tun0");
            assertThat(align.to()).isEqualTo("tun0");
            assertThat(align.verified()).isTrue();
            assertThat(align.ipv6()).isEqualTo(Ipv6Action.ROUTED);
            assertThat(Ipv6Edge.whoami6(rig.net.routerNs)).startsWith("exit0 ");
            rig.engine.runOnce().get(60, TimeUnit.SECONDS);
            assertThat(rig.log.of(EngineEvent.SwitchEvent.class)).as("aligned once, not every cycle").hasSize(1);

            SwitchResult manual = rig.engine.switchNow("tun1").get(30, TimeUnit.SECONDS);
            assertThat(manual.verified()).as(manual.detail()).isTrue();
            assertThat(Ipv6Edge.whoami6(rig.net.routerNs)).startsWith("exit1 ");
            assertThat(rig.engine.switchNow("tun0").get(30, TimeUnit.SECONDS).verified()).isTrue();
            assertThat(Ipv6Edge.whoami6(rig.net.routerNs)).startsWith("exit0 ");

            rig.net.killTunnel(0);
            int mark = rig.log.size();
            EngineEvent.SwitchEvent failover = null;
            for (int cycle = 0; cycle < 3 && failover == null; cycle++) {
                rig.engine.runOnce().get(60, TimeUnit.SECONDS);
                failover = rig.log.all().subList(mark, rig.log.size()).stream()
                        .filter(e -> e instanceof EngineEvent.SwitchEvent s && s.kind() == SwitchKind.FAILOVER)
                        .map(EngineEvent.SwitchEvent.class::cast).findFirst().orElse(null);
            }
            assertThat(failover).as("a failover within 3 cycles of tun0's exit dying").isNotNull();
            System.out.println("[ipv6] after tun0's exit died: " + UserView.text(failover));
            assertThat(failover.to()).isEqualTo("tun1");
            assertThat(failover.ipv6To()).isEqualTo("tun1");
            assertThat(Ipv6Edge.whoami6(rig.net.routerNs)).startsWith("exit1 ");
            assertThat(rig.net.exitSeenByInternet()).startsWith("exit1 ");
            assertThat(rig.log.of(EngineEvent.SwitchEvent.class)).filteredOn(s -> s.kind() == SwitchKind.ALIGN).hasSize(1);
        }
    }
}
