package io.github.vpnfailover.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.ui.chart.ChartModel;
import io.github.vpnfailover.ui.common.Theme;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The charts' legend names every tunnel drawn, follows the tunnels, and is not rebuilt by a redraw that changes none. */
@ExtendWith(ApplicationExtension.class)
class ChartsLegendUiTest {

    private final ChartModel model = new ChartModel(System::currentTimeMillis);
    private ChartsPane charts;

    @Start
    void start(Stage stage) {
        new Theme().apply(false);
        charts = new ChartsPane(model);
        stage.setScene(new Scene(charts, 900, 500));
        stage.show();
    }

    private static Sample sample(String tunnel) {
        return new Sample(tunnel, Instant.now(), 20.0, 19.0, 21.0, 0.5, 0.0, 10.0, 5.0, null);
    }

    private HBox legend() {
        return (HBox) charts.getChildren().get(0);
    }

    private List<String> names() {
        return legend().getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void theLegendFollowsTheTunnelsAndSurvivesARedraw(FxRobot robot) {
        robot.interact(() -> {
            model.add(sample("tun0"));
            model.add(sample("tun1"));
            charts.redraw();
        });
        assertThat(names()).containsExactly("tun0", "tun1", "┆ switch (hover for reason)");
        List<Node> before = List.copyOf(legend().getChildren());
        robot.interact(() -> charts.redraw());
        assertThat(legend().getChildren()).as("the same labels after a redraw that changed no tunnel")
                .containsExactlyElementsOf(before);
        robot.interact(() -> {
            model.add(sample("tun2"));
            charts.redraw();
        });
        assertThat(names()).containsExactly("tun0", "tun1", "tun2", "┆ switch (hover for reason)");
    }
}
