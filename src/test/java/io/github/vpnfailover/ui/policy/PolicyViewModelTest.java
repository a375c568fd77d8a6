package io.github.vpnfailover.ui.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Weights;
import io.github.vpnfailover.core.ScoringMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The view model without a window: property changes are plain Java here. */
class PolicyViewModelTest {

    private final List<Policy> engineGot = new ArrayList<>();
    private final List<Policy> saved = new ArrayList<>();

    private PolicyViewModel vm(Policy start) {
        Policy[] current = {start};
        return new PolicyViewModel(() -> current[0], p -> {
            engineGot.add(p);
            current[0] = p;
        }, p -> {
            saved.add(p);
            return CompletableFuture.completedFuture(null);
        }, Runnable::run);
    }

    @Test
    void storedValuesBeyondTheSlidersSurviveUntilThatSliderMoves() {
        Policy wide = new Policy(new Weights(7.5, 1, 0.55, 1), 50, 1.5, 60, 300, ScoringMode.NORMALIZED, true, MeasureSettings.defaults());
        PolicyViewModel vm = vm(wide);

        assertThat(vm.thresholdPercentProperty().get()).isEqualTo(100.0);
        assertThat(vm.depthProperty().get()).isEqualTo(20.0);
        assertThat(vm.dirtyProperty().get()).as("showing clamped values is not a change").isFalse();
        assertThat(vm.draft()).isEqualTo(wide);

        vm.lossWeightProperty().set(2.0);
        vm.apply();

        Policy applied = engineGot.get(0);
        assertThat(applied.lossWeight()).isEqualTo(2.0);
        assertThat(applied.threshold()).isEqualTo(1.5);
        assertThat(applied.depth()).isEqualTo(50);
        assertThat(applied.latencyWeight()).isEqualTo(7.5);
        assertThat(applied.uploadWeight()).isEqualTo(0.55);
        assertThat(saved).containsExactly(applied);
        assertThat(vm.messageProperty().get()).isEqualTo("Saved.");
    }

    @Test
    void anInvalidDraftIsReportedAndNotApplied() {
        PolicyViewModel vm = vm(Policy.defaults());
        vm.latencyWeightProperty().set(0);
        vm.downloadWeightProperty().set(0);
        vm.uploadWeightProperty().set(0);
        vm.lossWeightProperty().set(0);

        vm.apply();

        assertThat(engineGot).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("Not applied:").contains("weight");
        assertThat(vm.dirtyProperty().get()).isTrue();
    }
}
