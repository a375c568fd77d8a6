package io.github.vpnfailover.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Where both halves of the engine send what they have to say: stamps events with the engine's clock, hands them to
 * the listeners, and sends a connection event only when the link's state changes (every reconnect attempt, though,
 * since each has its own backoff).
 */
final class Outbox {

    private final EventBus bus = new EventBus();
    private final Clock clock;
    private ConnectionState connection;

    Outbox(Clock clock) {
        this.clock = clock;
    }

    void add(Consumer<EngineEvent> listener) {
        bus.add(listener);
    }

    Instant now() {
        return clock.instant();
    }

    void publish(EngineEvent e) {
        bus.publish(e);
    }

    void error(Problem problem, String message) {
        publish(new EngineEvent.ErrorEvent(now(), message, problem));
    }

    void connection(ConnectionState state, String detail, Duration retryIn) {
        synchronized (this) {
            if (state == connection && state != ConnectionState.RECONNECTING) {
                return;
            }
            connection = state;
        }
        publish(new EngineEvent.ConnectionEvent(now(), state, detail, retryIn));
    }
}
