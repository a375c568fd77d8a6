package io.github.vpnfailover.ui.dashboard;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Each column at least as wide as its header draws its title. The constrained resize policy gives the last columns
 * what is left, and cut them to "Hands…" and "Downl…" at the default window size; the table scrolls instead. Measured
 * from the skin's own header labels, so the theme's font and padding count, not a guess of them.
 */
final class HeaderFit {

    private HeaderFit() {
    }

    /** True once the headers exist and every column has its minimum; false before the skin has made them. */
    static boolean apply(TableView<?> table) {
        var headers = table.lookupAll(".column-header");
        int fitted = 0;
        for (Node n : headers) {
            if (n instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.lookup(".label") instanceof Label label) {
                // a Label's pref width already holds its own padding
                double need = Math.ceil(label.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset());
                var column = header.getTableColumn();
                if (column.getMinWidth() < need) {
                    column.setMinWidth(need);
                }
                if (column.getMaxWidth() < need) {
                    column.setMaxWidth(need);
                }
                fitted++;
            }
        }
        return fitted >= table.getColumns().size() && fitted > 0;
    }
}
