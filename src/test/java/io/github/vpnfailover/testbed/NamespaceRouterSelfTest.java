package io.github.vpnfailover.testbed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bed itself: real tunnels pass traffic to their own exit, and the fault controls really break them. */
class NamespaceRouterSelfTest {

    @Test
    void tunnelsReachTheirOwnExitAndFaultControlsBreakAndRestoreThem() throws Exception {
        NamespaceRouter.assumeAvailable();
        try (var net = NamespaceRouter.start(List.of(new NamespaceRouter.TunnelSpec(20, 10), new NamespaceRouter.TunnelSpec(40, 20)))) {
            assertThat(net.exitSeenByInternet()).isEqualTo("exit0 10.8.0.1");
            net.routeVia(1);
            assertThat(net.exitSeenByInternet()).isEqualTo("exit1 10.8.1.1");
            System.out.println(net.exec("ping", "-c", "5", "-i", "0.2", "-I", "tun1", NamespaceRouter.INTERNET));
            net.killTunnel(1);
            assertThat(net.tunnelExists(1)).isTrue();
            net.restoreTunnel(1);
            net.deleteTunnel(0);
            assertThat(net.tunnelExists(0)).isFalse();
            net.recreateTunnel(0);
            assertThat(net.tunnelExists(0)).isTrue();
        }
    }
}
