package io.github.vpnfailover.ui.common;

import io.github.vpnfailover.engine.ConnectionState;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the status bar says about the router link: "Connected to …", "Reconnecting in N s: …" (counting down
 * on {@link #tick()}), "Failed: reason". FX thread only.
 */
public final class ConnectionStatus {

    private final Supplier<Instant> clock;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("Not connected");
    private final ReadOnlyObjectWrapper<ConnectionState> state = new ReadOnlyObjectWrapper<>(ConnectionState.CLOSED);
    private Instant retryAt;
    private String detail;

    public ConnectionStatus(Supplier<Instant> clock) {
        this.clock = clock;
    }

    public void set(ConnectionState s, String what, Duration retryIn) {
        state.set(s);
        detail = what;
        retryAt = s == ConnectionState.RECONNECTING && retryIn != null ? clock.get().plus(retryIn) : null;
        render();
    }

    /** Called every second so the countdown moves. */
    public void tick() {
        if (retryAt != null) {
            render();
        }
    }

    private void render() {
        String d = detail == null || detail.isBlank() ? "" : detail;
        switch (state.get()) {
            case CONNECTING:
                text.set("Connecting to " + d + "…");
                break;
            case CONNECTED:
                text.set("Connected to " + d);
                break;
            case RECONNECTING:
                long s = retryAt == null ? 0 : Math.max(0, (Duration.between(clock.get(), retryAt).toMillis() + 999) / 1000);
                text.set("Reconnecting in " + s + " s" + (d.isEmpty() ? "" : ": " + d));
                break;
            case FAILED:
                text.set("Failed: " + d);
                break;
            default:
                text.set(d.isEmpty() ? "Not connected" : "Disconnected from " + d);
        }
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }
}
