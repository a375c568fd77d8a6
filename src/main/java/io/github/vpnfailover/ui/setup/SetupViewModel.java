package io.github.vpnfailover.ui.setup;

import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.LivenessTargets;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.Tunnel;
import io.github.vpnfailover.router.RouterControl;
import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.ui.settings.ProfileCheck;
import io.github.vpnfailover.ui.settings.RouterSettingsModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The first-connection setup step (decision 0211): the tunnels the router has, the measurement and liveness settings
 * being entered, and Test, which measures one tunnel with them and checks through which tunnels every target
 * answers, all on {@code io} through the session's own router, before anything is saved.
 */
public final class SetupViewModel {

    private final RouterControl router;
    private final RouterSettingsModel form;
    private final Executor io;
    private final Executor fx;
    private final ObservableList<Tunnel> tunnels = FXCollections.observableArrayList();
    private final ObjectProperty<String> tunnel = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper targets = new ReadOnlyStringWrapper("");

    public SetupViewModel(RouterControl router, RouterSettingsModel form, Executor io, Executor fx) {
        this.router = router;
        this.form = form;
        this.io = io;
        this.fx = fx;
    }

    /** Lists the router's tunnels with the form's tunnel name pattern (or the template's while the form has a problem). */
    public CompletableFuture<List<Tunnel>> loadTunnels(MeasureSettings fallback) {
        ProfileCheck.Result r = form.result();
        MeasureSettings m = r.ok() ? r.profile().measure() : fallback;
        busy.set(true);
        return CompletableFuture.supplyAsync(() -> call(() -> router.listTunnels(m)), io).whenComplete((list, err) -> fx.execute(() -> {
            busy.set(false);
            if (err != null) {
                result.set("Could not list the tunnels: " + root(err));
                return;
            }
            tunnels.setAll(list);
            if (tunnel.get() == null) {
                list.stream().filter(Tunnel::isUsable).findFirst().ifPresent(t -> tunnel.set(t.name()));
            }
            if (list.isEmpty()) {
                result.set("No tunnel matches the tunnel name pattern on this router");
            }
        }));
    }

    /** One measurement of the selected tunnel with the entered settings, then the target check; saves nothing. */
    public CompletableFuture<Void> test() {
        ProfileCheck.Result r = form.result();
        String t = tunnel.get();
        if (!r.ok() || t == null || busy.get()) {
            result.set(!r.ok() ? r.problem() : t == null ? "Choose a tunnel to test" : result.get());
            return CompletableFuture.completedFuture(null);
        }
        MeasureSettings m = r.profile().measure();
        // what the session will ping: with no liveness targets given, the named ping targets or the public resolvers
        List<String> live = LivenessTargets.resolve(r.profile().livenessOrDefaults(), m).settings().targets();
        List<Tunnel> all = List.copyOf(tunnels);
        busy.set(true);
        result.set("Measuring " + t + "…");
        targets.set("");
        return CompletableFuture.supplyAsync(() -> call(() -> {
            Sample s = router.measure(t, m);
            fx.execute(() -> result.set(SampleText.of(s)));
            return new TargetCheck(router).run(m, live, all);
        }), io).handle((Map<String, List<String>> answers, Throwable err) -> {
            fx.execute(() -> {
                busy.set(false);
                if (err != null) {
                    result.set("Test failed: " + root(err));
                } else {
                    targets.set(TargetCheck.describe(answers, m.pingTargets(), live));
                }
            });
            return null;
        });
    }

    /** The profile to save, or null while the form has a problem. */
    public RouterProfile profile() {
        ProfileCheck.Result r = form.result();
        return r.ok() ? r.profile() : null;
    }

    /** What Skip saves: the router with the measurement settings it connected with, so it is not asked again. */
    public static RouterProfile skipped(RouterProfile p, MeasureSettings template) {
        LivenessSettings l = p.liveness();
        return p.withSettings(template, l);
    }

    public RouterSettingsModel form() {
        return form;
    }

    public ObservableList<Tunnel> tunnels() {
        return tunnels;
    }

    public ObjectProperty<String> tunnelProperty() {
        return tunnel;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The Test measurement's figures or its exact error. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Through which tunnels each target answered ("… answers through no tunnel" when none). */
    public ReadOnlyStringProperty targetsProperty() {
        return targets.getReadOnlyProperty();
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private static <T> T call(Call<T> c) {
        try {
            return c.call();
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    private static String root(Throwable e) {
        Throwable t = e;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
