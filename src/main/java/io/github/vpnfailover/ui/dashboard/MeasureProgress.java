package io.github.vpnfailover.ui.dashboard;

import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.engine.Step;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Which tunnel and step the cycle is on (as a fraction for the progress bar) and the countdown to the next cycle. */
public final class MeasureProgress {

    private final Clock clock;
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("Waiting for the first cycle");
    private Instant nextAt;

    public MeasureProgress(Clock clock) {
        this.clock = clock;
    }

    void update(EngineEvent.ProgressEvent p) {
        if (p.tunnel() != null && p.total() > 0) {
            nextAt = null;
            fraction.set((double) p.index() / p.total());
            // "measure" (the engine's one step per tunnel) adds nothing to "Measuring", and the label's fixed width
            // cut it to "...": only other steps are shown
            String step = p.step() == Step.MEASURE ? "" : ": " + p.step().wire();
            text.set("Measuring " + p.tunnel() + " (" + (p.index() + 1) + " of " + p.total() + ")" + step);
        } else if (p.nextCycleIn() != null) {
            nextAt = p.time().plus(p.nextCycleIn());
            fraction.set(1);
            tick();
        } else {
            nextAt = null;
            fraction.set(0);
            text.set(p.step() == Step.CANCELLED ? "Cycle cancelled" : "Idle");
        }
    }

    void tick() {
        if (nextAt != null) {
            long s = Math.max(0, (Duration.between(clock.instant(), nextAt).toMillis() + 999) / 1000);
            text.set("Next cycle in " + s + " s");
        }
    }

    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
