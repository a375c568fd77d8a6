package io.github.vpnfailover.ui.policy;

import io.github.vpnfailover.core.Decider;
import io.github.vpnfailover.core.Decision;
import io.github.vpnfailover.core.DecisionKind;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.PolicyValidator;
import io.github.vpnfailover.core.Scorer;
import io.github.vpnfailover.core.Weights;
import io.github.vpnfailover.engine.EngineEvent.WindowEvent;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The policy panel's state. Moving a slider re-scores the engine's own window (its samples, blocked and held
 * tunnels, active tunnel and hold-down; decision 0220) at once with the core {@link Scorer} and {@link Decider}
 * and says which tunnel would win; Apply hands the policy to the engine and saves it, Revert goes back to the
 * engine's. FX thread only.
 */
public final class PolicyViewModel {

    public static final int MAX_DEPTH = 20;
    public static final double MAX_WEIGHT = 5;

    private final Supplier<Policy> enginePolicy;
    private final Consumer<Policy> engineUpdate;
    private final Function<Policy, CompletableFuture<?>> saver;
    private final Executor fx;

    private final DoubleProperty latencyWeight = new SimpleDoubleProperty();
    private final DoubleProperty downloadWeight = new SimpleDoubleProperty();
    private final DoubleProperty uploadWeight = new SimpleDoubleProperty();
    private final DoubleProperty lossWeight = new SimpleDoubleProperty();
    private final DoubleProperty depth = new SimpleDoubleProperty();
    private final DoubleProperty thresholdPercent = new SimpleDoubleProperty();
    private final ReadOnlyStringWrapper prediction = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper predictionReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper wouldSwitch = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty saving = new SimpleBooleanProperty();

    private final WindowPrediction predictor = new WindowPrediction();
    private WindowEvent window;
    private Policy applied;
    private String active;
    private Instant holdDownSince;
    private boolean loading;

    /** {@code fx} runs the outcome of a save on the FX thread (tests pass a direct executor). */
    public PolicyViewModel(Supplier<Policy> enginePolicy, Consumer<Policy> engineUpdate,
                           Function<Policy, CompletableFuture<?>> saver, Executor fx) {
        this.enginePolicy = enginePolicy;
        this.engineUpdate = engineUpdate;
        this.saver = saver;
        this.fx = fx;
        for (DoubleProperty p : List.of(latencyWeight, downloadWeight, uploadWeight, lossWeight, depth, thresholdPercent)) {
            p.addListener((o, a, b) -> {
                if (!loading) {
                    recompute();
                }
            });
        }
        revert();
    }

    /** The sliders' policy: the engine's with the panel's values. */
    public Policy draft() {
        Policy p = applied;
        // a slider still where Revert put it keeps the exact stored value, even one beyond the slider's range
        // (threshold 150 %, depth 50) or between its steps: only moving a slider changes a value
        Weights w = new Weights(
                untouched(latencyWeight, weightShown(p.latencyWeight())) ? p.latencyWeight() : latencyWeight.get(),
                untouched(downloadWeight, weightShown(p.downloadWeight())) ? p.downloadWeight() : downloadWeight.get(),
                untouched(uploadWeight, weightShown(p.uploadWeight())) ? p.uploadWeight() : uploadWeight.get(),
                untouched(lossWeight, weightShown(p.lossWeight())) ? p.lossWeight() : lossWeight.get());
        return p.withWeights(w)
                .withDepth(untouched(depth, depthShown(p.depth())) ? p.depth() : (int) Math.round(depth.get()))
                .withThreshold(untouched(thresholdPercent, thresholdShown(p.threshold()))
                        ? p.threshold() : Math.round(thresholdPercent.get()) / 100.0);
    }

    private static boolean untouched(DoubleProperty slider, double shown) {
        return Math.abs(slider.get() - shown) < 1e-9;
    }

    static double weightShown(double w) {
        return Math.min(MAX_WEIGHT, Math.round(w * 10) / 10.0);
    }

    static double depthShown(int d) {
        return Math.min(MAX_DEPTH, d);
    }

    static double thresholdShown(double t) {
        return Math.min(100, Math.round(t * 100));
    }

    /** The engine's window after a cycle or a hold: the panel predicts from it alone (decision 0220). */
    public void window(WindowEvent w) {
        window = w;
        active = w.active();
        holdDownSince = w.holdDownSince();
        recompute();
    }

    /** Routes moved after the window: the engine now decides from {@code to}, and a started hold-down counts. */
    public void switched(Instant at, String to, boolean holdDownStarts) {
        active = to;
        if (holdDownStarts) {
            holdDownSince = at;
        }
        recompute();
    }

    /** The active tunnel as the table knows it (before the first window). */
    public void setActive(String tunnel) {
        if (window == null) {
            active = tunnel;
        }
    }

    /** Hands the draft to the engine and saves it; a value out of range is reported, nothing changes. */
    public void apply() {
        Policy p = draft();
        try {
            PolicyValidator.validate(p);
            engineUpdate.accept(p);
        } catch (IllegalArgumentException e) {
            message.set("Not applied: " + e.getMessage());
            return;
        }
        applied = p;
        dirty.set(false);
        save(p);
    }

    /** Saves the engine's current policy (after the auto-failover toggle changed it). */
    public void saveEnginePolicy() {
        applied = applied.withAutoFailover(enginePolicy.get().autoFailover());
        save(enginePolicy.get());
    }

    private void save(Policy p) {
        saving.set(true);
        message.set("Saving…");
        saver.apply(p).whenComplete((r, e) -> fx.execute(() -> {
            saving.set(false);
            message.set(e == null ? "Saved." : "Applied, but not saved: " + rootMessage(e));
        }));
    }

    public void revert() {
        applied = enginePolicy.get();
        loading = true;
        try {
            latencyWeight.set(weightShown(applied.latencyWeight()));
            downloadWeight.set(weightShown(applied.downloadWeight()));
            uploadWeight.set(weightShown(applied.uploadWeight()));
            lossWeight.set(weightShown(applied.lossWeight()));
            depth.set(depthShown(applied.depth()));
            thresholdPercent.set(thresholdShown(applied.threshold()));
        } finally {
            loading = false;
        }
        message.set("");
        recompute();
    }

    private void recompute() {
        Policy p = draft();
        dirty.set(!p.equals(applied));
        if (window == null) {
            prediction.set("No measurements yet");
            predictionReason.set("");
            wouldSwitch.set(false);
            return;
        }
        try {
            PolicyValidator.validate(p);
        } catch (IllegalArgumentException e) {
            prediction.set("Invalid policy");
            predictionReason.set(e.getMessage());
            wouldSwitch.set(false);
            return;
        }
        Decision d = predictor.predict(window, active, holdDownSince, p);
        boolean moves = d.kind() != DecisionKind.STAY;
        wouldSwitch.set(moves);
        prediction.set(moves ? "Would switch to " + d.target() : active == null ? "No active tunnel" : "Would stay on " + active);
        predictionReason.set(d.reason());
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    public DoubleProperty latencyWeightProperty() {
        return latencyWeight;
    }

    public DoubleProperty downloadWeightProperty() {
        return downloadWeight;
    }

    public DoubleProperty uploadWeightProperty() {
        return uploadWeight;
    }

    public DoubleProperty lossWeightProperty() {
        return lossWeight;
    }

    public DoubleProperty depthProperty() {
        return depth;
    }

    public DoubleProperty thresholdPercentProperty() {
        return thresholdPercent;
    }

    public ReadOnlyStringProperty predictionProperty() {
        return prediction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty predictionReasonProperty() {
        return predictionReason.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty wouldSwitchProperty() {
        return wouldSwitch.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
