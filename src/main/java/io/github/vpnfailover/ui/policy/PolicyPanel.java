package io.github.vpnfailover.ui.policy;

import io.github.vpnfailover.ui.common.Icons;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Sliders for the weights, depth and threshold with their values, the live "would switch to" line, Apply and Revert. */
public final class PolicyPanel extends VBox {

    public PolicyPanel(PolicyViewModel vm) {
        super(10);
        setPadding(new Insets(10));
        setMinWidth(260);
        setPrefWidth(300);
        Label title = new Label("Policy");
        title.getStyleClass().add("section-title");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        row = slider(grid, row, "latencyWeight", "Latency weight", vm.latencyWeightProperty(), 0, PolicyViewModel.MAX_WEIGHT, 0.1, "%.1f");
        row = slider(grid, row, "downloadWeight", "Download weight", vm.downloadWeightProperty(), 0, PolicyViewModel.MAX_WEIGHT, 0.1, "%.1f");
        row = slider(grid, row, "uploadWeight", "Upload weight", vm.uploadWeightProperty(), 0, PolicyViewModel.MAX_WEIGHT, 0.1, "%.1f");
        row = slider(grid, row, "lossWeight", "Loss weight", vm.lossWeightProperty(), 0, PolicyViewModel.MAX_WEIGHT, 0.1, "%.1f");
        row = slider(grid, row, "depth", "Depth (samples)", vm.depthProperty(), 1, PolicyViewModel.MAX_DEPTH, 1, "%.0f");
        slider(grid, row, "threshold", "Threshold", vm.thresholdPercentProperty(), 0, 100, 1, "%.0f %%");

        Label prediction = new Label();
        prediction.setId("prediction");
        prediction.getStyleClass().add("prediction");
        prediction.textProperty().bind(vm.predictionProperty());
        prediction.setWrapText(true);
        vm.wouldSwitchProperty().addListener((o, was, is) -> {
            prediction.getStyleClass().remove("prediction-switch");
            if (is) {
                prediction.getStyleClass().add("prediction-switch");
            }
        });
        Label reason = new Label();
        reason.setId("predictionReason");
        reason.textProperty().bind(vm.predictionReasonProperty());
        reason.setWrapText(true);
        reason.setMaxWidth(280);

        Button apply = new Button("Apply", Icons.icon(Icons.APPLY));
        apply.setId("applyPolicy");
        apply.setDefaultButton(false);
        apply.disableProperty().bind(vm.dirtyProperty().not());
        apply.setOnAction(e -> vm.apply());
        apply.setAccessibleText("Apply the policy to the engine and save it");
        Button revert = new Button("Revert", Icons.icon(Icons.REVERT));
        revert.setId("revertPolicy");
        revert.disableProperty().bind(vm.dirtyProperty().not());
        revert.setOnAction(e -> vm.revert());
        revert.setAccessibleText("Go back to the policy the engine uses");
        Label message = new Label();
        message.setId("policyMessage");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);

        getChildren().addAll(title, grid, prediction, reason, new HBox(8, apply, revert), message);
    }

    private static int slider(GridPane grid, int row, String id, String label, DoubleProperty value,
                              double min, double max, double step, String format) {
        Slider s = new Slider(min, max, value.get());
        s.setId(id);
        s.setBlockIncrement(step);
        s.setMajorTickUnit(step);
        s.setMinorTickCount(0);
        s.setSnapToTicks(true);
        s.valueProperty().bindBidirectional(value);
        s.setAccessibleText(label);
        s.setTooltip(new Tooltip(label + ": " + String.format(Locale.ROOT, format.replace("%%", "%%"), min) + " to "
                + String.format(Locale.ROOT, format, max)));
        Label name = new Label(label);
        name.setLabelFor(s);
        Label shown = new Label();
        shown.setId(id + "Value");
        shown.setMinWidth(44);
        shown.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, format, value.get()), value));
        grid.add(name, 0, row, 2, 1);
        grid.add(s, 0, row + 1);
        grid.add(shown, 1, row + 1);
        s.setPrefWidth(210);
        return row + 2;
    }
}
