package io.github.vpnfailover.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.engine.ConnectionState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConnectionStatusTest {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final ConnectionStatus status = new ConnectionStatus(() -> now);

    @Test
    void reconnectingCountsDownEachTick() {
        status.set(ConnectionState.RECONNECTING, "router:22: connection refused", Duration.ofSeconds(10));
        assertThat(status.textProperty().get()).isEqualTo("Reconnecting in 10 s: router:22: connection refused");

        now = now.plusMillis(3_200);
        status.tick();
        assertThat(status.textProperty().get()).startsWith("Reconnecting in 7 s");

        now = now.plusSeconds(30);
        status.tick();
        assertThat(status.textProperty().get()).startsWith("Reconnecting in 0 s");
    }

    @Test
    void connectedAndFailedSayWhereAndWhy() {
        status.set(ConnectionState.CONNECTED, "root@router:22", null);
        assertThat(status.textProperty().get()).isEqualTo("Connected to root@router:22");
        status.set(ConnectionState.FAILED, "Authentication failed", null);
        assertThat(status.textProperty().get()).isEqualTo("Failed: Authentication failed");
        assertThat(status.stateProperty().get()).isEqualTo(ConnectionState.FAILED);
    }
}
