package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.Tunnel;
import io.github.vpnfailover.core.TunnelState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tunnels table keeps its columns in line whatever the cells hold (seen on the namespace router's IPv6 tunnels). */
class TablesTest {

    @Test
    void peerColumnStaysInLineWithLongAddressesAndEscapedNames() {
        List<Tunnel> tunnels = List.of(
                new Tunnel("tun0", TunnelState.UP, List.of("10.8.0.1/32", "fe80::8fee:35c3:f709:9f98/64"), "10.8.0.2", null),
                new Tunnel("wg-\u001b[31mx", TunnelState.UP, List.of("10.8.1.1/32"), "10.8.1.2", null),
                new Tunnel("tun2", TunnelState.UP, List.of(), null, null));
        String[] lines = Tables.tunnels(tunnels, "tun0", Map.of()).split("\n");
        int peer = lines[0].indexOf("PEER");
        assertThat(lines[1]).startsWith("* tun0 ");
        assertThat(lines[1].substring(peer)).isEqualTo("10.8.0.2");
        assertThat(lines[2]).contains("wg-\\x1b[31mx");
        assertThat(lines[2].substring(peer)).isEqualTo("10.8.1.2");
        assertThat(lines[3].substring(peer)).isEqualTo("-");
        assertThat(lines[4]).isEqualTo("active: tun0");
        for (String line : lines) {
            assertThat(line).as("no trailing blanks").doesNotEndWith(" ");
        }
    }
}
