package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.engine.EngineEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code run}'s text line for a WireGuard sample names its handshake; a stale one reads as a failure (decision 0180). */
class TextEventsHandshakeTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aFreshHandshakeIsAddedAndAStaleOneIsTheFailure() {
        Sample fresh = new Sample("wg0", T, 20.0, 19.0, 21.0, 0.5, 0.0, null, null, null).withHandshakeAge(12.0);
        assertThat(TextEvents.line(new EngineEvent.SampleEvent(T, fresh)))
                .endsWith("wg0 latency 20.0 ms, loss 0.0 %, down -, up - Mbit/s, WireGuard handshake 12 s ago");
        Sample stale = new Sample("wg0", T, 20.0, 19.0, 21.0, 0.5, 0.0, null, null, null).withHandshakeAge(200.0);
        stale = stale.withProblem("WireGuard handshake 200 s ago (over 180 s: the peer stopped answering)");
        assertThat(TextEvents.line(new EngineEvent.SampleEvent(T, stale)))
                .endsWith("wg0 failed: WireGuard handshake 200 s ago (over 180 s: the peer stopped answering)");
        Sample tun = new Sample("tun0", T, 20.0, 19.0, 21.0, 0.5, 0.0, null, null, null);
        assertThat(TextEvents.line(new EngineEvent.SampleEvent(T, tun))).endsWith("tun0 latency 20.0 ms, loss 0.0 %, down -, up - Mbit/s");
    }
}
