package io.github.vpnfailover.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.ui.common.Theme;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every box that holds a duration or a size says its unit beside it, and keeps its hint on hover. Seen in the real
 * Edit dialog: every box filled with its default, so the hints that named the units never showed ("200", "800",
 * "3", "120" one under the other, milliseconds and seconds alike).
 */
@ExtendWith(ApplicationExtension.class)
class SettingsUnitsUiTest {

    private static final Map<String, String> UNITS = Map.of("pingInterval", "s", "maxBytes", "bytes", "maxSeconds", "s",
            "livenessInterval", "ms", "livenessTimeout", "ms", "livenessMinTimeout", "ms", "confirmSeconds", "s",
            "quarantineSeconds", "s");

    @Start
    void start(Stage stage) {
        new Theme().apply(false);
        var model = new RouterSettingsModel(ProfileFields.of(new RouterProfile("lab", "192.0.2.1", null, null, null, List.of()),
                MeasureSettings.defaults()));
        Scene scene = new Scene(new VBox(SettingsPanes.measurement(model), SettingsPanes.liveness(model)), 640, 1000);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void eachDurationAndSizeBoxShowsItsUnitAndKeepsItsHint(FxRobot robot) {
        UNITS.forEach((id, unit) -> {
            TextField box = robot.lookup("#" + id).queryAs(TextField.class);
            assertThat(box.getText()).as("%s holds its default, so its hint is hidden", id).isNotEmpty();
            Label shown = robot.lookup("#" + id + "Unit").queryAs(Label.class);
            assertThat(shown.getText()).as("unit of %s", id).isEqualTo(unit);
            assertThat(((Text) shown.lookup(".text")).getText()).as("unit of %s as drawn", id).isEqualTo(unit);
            assertThat(box.getTooltip().getText()).as("hint of %s on hover", id).isEqualTo(box.getPromptText());
        });
        Label interval = robot.lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> "Liveness interval".equals(l.getText())).findFirst().orElseThrow();
        assertThat(interval.getLabelFor()).as("the row's name still labels its box").isSameAs(robot.lookup("#livenessInterval").query());
    }
}
