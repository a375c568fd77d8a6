package io.github.vpnfailover.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.TunnelState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The table's handshake column follows the newest sample; a stale handshake shows the tunnel down (decision 0180). */
class TunnelRowHandshakeTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void showsTheAgeOfWireGuardTunnelsAndNoneForOthers() {
        var row = new TunnelRow("wg0");
        row.update(new Sample("wg0", T, 20.0, 19.0, 21.0, 0.5, 0.0, null, null, null).withHandshakeAge(12.0));
        assertThat(row.handshakeAgeProperty().get()).isEqualTo(12.0);
        assertThat(row.stateProperty().get()).isEqualTo(TunnelState.UP);
        row.update(new Sample("wg0", T, 20.0, 19.0, 21.0, 0.5, 0.0, null, null, null).withHandshakeAge(200.0));
        assertThat(row.handshakeAgeProperty().get()).isEqualTo(200.0);
        assertThat(row.stateProperty().get()).isEqualTo(TunnelState.DOWN);
        var tun = new TunnelRow("tun0");
        tun.update(new Sample("tun0", T, 20.0, 19.0, 21.0, 0.5, 0.0, null, null, null));
        assertThat(tun.handshakeAgeProperty().get()).isNull();
    }
}
