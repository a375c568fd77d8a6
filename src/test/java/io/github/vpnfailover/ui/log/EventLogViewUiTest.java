package io.github.vpnfailover.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.ui.common.Theme;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The log follows its newest line while nothing is selected. In the real app the newest batch stayed below the
 * view: the scroll ran before the list had taken the new lines, so it went to the previous last one.
 */
@ExtendWith(ApplicationExtension.class)
class EventLogViewUiTest {

    private final EventLogModel model = new EventLogModel(500);

    @Start
    void start(Stage stage) {
        new Theme().apply(false);
        // about the room the dashboard leaves it at the window's default size: the header and two rows
        Scene scene = new Scene(new EventLogView(model), 900, 110);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyNewBatchEndsInViewWhileNothingIsSelected(FxRobot robot) {
        for (int i = 1; i <= 12; i++) {
            String line = "2026-12-04 19:0" + (i % 10) + ":00  decision " + i;
            robot.interact(() -> model.addAll(List.of(line)));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(shownWhole(robot, line)).as("newest line '%s' in view", line).isTrue();
        }
    }

    private static boolean shownWhole(FxRobot robot, String text) {
        ListView<?> list = robot.lookup("#eventLog").queryAs(ListView.class);
        Bounds view = list.localToScene(list.getLayoutBounds());
        return robot.lookup("#eventLog .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> text.equals(c.getText()) && c.isVisible())
                .anyMatch(c -> {
                    Bounds b = c.localToScene(c.getLayoutBounds());
                    return b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
                });
    }
}
