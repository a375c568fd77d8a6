package io.github.vpnfailover.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.Ipv6Action;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.engine.SwitchKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The active row's state says when IPv6 does not follow IPv4 (decision 0171); other rows say nothing. */
class TunnelRowIpv6Test {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private static EngineEvent.SwitchEvent to(String tunnel, String ipv6To, Ipv6Action ipv6) {
        return new EngineEvent.SwitchEvent(T, "tun0", tunnel, true, false, "r", SwitchKind.SWITCH, ipv6To, ipv6, 0);
    }

    @Test
    void theActiveRowSaysIpv6IsBlockedOrGoesElsewhereAndNothingWhenItFollows() {
        var rows = new TunnelRows(t -> { });
        TunnelRow tun0 = rows.row("tun0");
        TunnelRow tun1 = rows.row("tun1");
        rows.ipv6(to("tun1", null, Ipv6Action.BLOCKED));
        assertThat(tun1.stateText()).isEqualTo("unknown · IPv6 blocked");
        assertThat(tun0.stateText()).isEqualTo("unknown");
        rows.ipv6(to("tun0", "wan0", Ipv6Action.LEFT));
        assertThat(tun0.stateText()).isEqualTo("unknown · IPv6 via wan0");
        assertThat(tun1.stateText()).isEqualTo("unknown");
        rows.ipv6(to("tun1", "tun1", Ipv6Action.ROUTED));
        assertThat(tun1.stateText()).isEqualTo("unknown");
        assertThat(tun0.stateText()).isEqualTo("unknown");
    }
}
