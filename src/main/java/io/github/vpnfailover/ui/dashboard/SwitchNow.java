package io.github.vpnfailover.ui.dashboard;

import io.github.vpnfailover.engine.EngineControl;
import io.github.vpnfailover.router.SwitchResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** "Switch now": the selected tunnel, whether a switch may start, the one running and its verified result. FX thread only. */
final class SwitchNow {

    private final EngineControl engine;
    private final Executor fx;
    private final TunnelRows tunnels;
    private final ObjectProperty<TunnelRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper switching = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final BooleanBinding disabled;
    private final StringBinding hint;

    SwitchNow(EngineControl engine, Executor fx, TunnelRows tunnels) {
        this.engine = engine;
        this.fx = fx;
        this.tunnels = tunnels;
        ReadOnlyStringProperty active = tunnels.activeProperty();
        disabled = Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().getName().equals(active.get()) || switching.get(), selected, active, switching);
        hint = Bindings.createStringBinding(() -> selected.get() == null ? "Select a tunnel in the table first"
                : selected.get().getName().equals(active.get()) ? selected.get().getName() + " is already active"
                : switching.get() ? "A switch is running" : "Move the router's traffic to " + selected.get().getName()
                + " (Ctrl+Enter)", selected, active, switching);
    }

    /** Switches to the selected tunnel (the view has asked for confirmation). */
    CompletableFuture<SwitchResult> start() {
        TunnelRow target = selected.get();
        if (target == null || disabled.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException(hint.get()));
        }
        String name = target.getName();
        switching.set(true);
        result.set("Switching to " + name + "…");
        CompletableFuture<SwitchResult> done = new CompletableFuture<>();
        engine.switchNow(name).whenComplete((r, err) -> fx.execute(() -> {
            switching.set(false);
            if (err != null) {
                Throwable cause = err.getCause() != null ? err.getCause() : err;
                result.set("Switch to " + name + " failed: " + cause.getMessage());
                done.completeExceptionally(cause);
                return;
            }
            if (r.verified()) {
                tunnels.setActive(name);
                result.set("Switched to " + name + ": verified, routes point at it");
            } else {
                if (r.activeAfter() != null) {
                    tunnels.setActive(r.activeAfter());
                }
                result.set("Switch to " + name + " NOT verified: " + r.detail());
            }
            tunnels.sort();
            done.complete(r);
        }));
        return done;
    }

    ObjectProperty<TunnelRow> selectedProperty() {
        return selected;
    }

    BooleanBinding disabledBinding() {
        return disabled;
    }

    StringBinding hintBinding() {
        return hint;
    }

    ReadOnlyBooleanProperty switchingProperty() {
        return switching.getReadOnlyProperty();
    }

    ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }
}
