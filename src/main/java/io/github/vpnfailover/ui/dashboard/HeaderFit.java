package io.github.vpnfailover.ui.dashboard;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Each column at least as wide as its header draws its title, and as its widest ordinary figure in bold. The
 * constrained resize policy gives the last columns what is left, and cut them to "Hands…" and "Downl…" at the default
 * window size; the table scrolls instead. Measured from the skin's own header labels, so the theme's font and padding
 * count, not a guess of them.
 */
final class HeaderFit {

    /** Column property: the widest text its cells show in ordinary use, in the active row's bold ("99.9 ms"). */
    static final String WIDEST_VALUE = "vfm.widestValue";

    private HeaderFit() {
    }

    private static double boldWidth(String text, Font font) {
        Text t = new Text(text);
        t.setFont(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
        return t.getLayoutBounds().getWidth();
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
                if (column.getProperties().get(WIDEST_VALUE) instanceof String widest) {
                    need = Math.max(need, Math.ceil(boldWidth(widest, label.getFont()) + label.snappedLeftInset()
                            + label.snappedRightInset() + header.snappedLeftInset() + header.snappedRightInset()));
                }
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
