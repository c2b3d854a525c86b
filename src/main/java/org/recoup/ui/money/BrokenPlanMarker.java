package org.recoup.ui.money;

import java.util.function.Predicate;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.Callback;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

/** How a debtor with a broken repayment plan stands out: a red warning sign beside the text. */
public final class BrokenPlanMarker {

    private BrokenPlanMarker() {
    }

    /** The red "broken plan" sign for the debtor detail's header (hidden until shown). */
    public static Label label(String text) {
        Label label = new Label(text, new FontIcon(Feather.ALERT_OCTAGON));
        label.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLD, "broken-plan-marker");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setVisible(false);
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /**
     * Cells for a text column of a list: rows for which {@code broken} holds show their text in red
     * with a warning sign and a tooltip.
     */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> cells(Predicate<S> broken, String tooltip) {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                S row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && broken.test(row)) {
                    Label marker = new Label(item, new FontIcon(Feather.ALERT_OCTAGON));
                    marker.getStyleClass().addAll(Styles.DANGER, "broken-plan-marker");
                    setText(null);
                    setGraphic(marker);
                    setTooltip(new Tooltip(tooltip));
                } else {
                    setText(empty ? null : item);
                    setGraphic(null);
                    setTooltip(null);
                }
            }
        };
    }
}
