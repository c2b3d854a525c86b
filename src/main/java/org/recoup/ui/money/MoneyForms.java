package org.recoup.ui.money;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.recoup.ui.I18n;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;

/** What the money dialogs share: the form grid, dates in the user's locale, errors and warnings. */
final class MoneyForms {

    private MoneyForms() {
    }

    /** The tab's and dialogs' own style sheet (theme variables only). */
    static String stylesheet() {
        return Objects.requireNonNull(MoneyForms.class.getResource("money.css")).toExternalForm();
    }

    static void style(DialogPane pane) {
        pane.getStylesheets().add(stylesheet());
        pane.getStyleClass().add("money-dialog");
    }

    /** A Cancel button in the window's language (JavaFX's own follows the system's). */
    static javafx.scene.control.ButtonType cancel(I18n i18n) {
        return new javafx.scene.control.ButtonType(i18n.t("money.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Control.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    /** Decorates {@code control} (red, with the tooltip) while {@code error} holds a message. */
    static void decorate(ValidationSupport support, Control control, ObservableStringValue error) {
        support.registerValidator(control, false, (Control c, Object value) ->
                ValidationResult.fromErrorIf(c, error.get() == null ? "" : error.get(), error.get() != null));
        error.addListener((o, a, b) -> support.revalidate(control));
    }

    /** A date picker in the user's short date format ("31/01/2027", "2027/1/31"), also taking ISO dates. */
    static DatePicker datePicker(String id, ObjectProperty<LocalDate> value, Locale locale) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        DateTimeFormatter shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : shortDate.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), shortDate);
                } catch (DateTimeParseException e) {
                    return LocalDate.parse(text.strip());
                }
            }
        });
        picker.valueProperty().bindBidirectional(value);
        picker.setMaxWidth(Double.MAX_VALUE);
        return picker;
    }

    static Label errorLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        label.setWrapText(true);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    /** The currency code beside an amount field; never shortened. */
    static Label currency(String code) {
        Label label = muted(code);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A warning box: amber, or red when {@code danger}. */
    static Message warning(String text, boolean danger) {
        Message message = new Message(null, text, new FontIcon(danger ? Feather.ALERT_OCTAGON : Feather.ALERT_TRIANGLE));
        message.getStyleClass().add(danger ? Styles.DANGER : Styles.WARNING);
        message.getStyleClass().add("money-warning");
        message.setMaxWidth(Double.MAX_VALUE);
        return message;
    }

    static <E extends Enum<E>> StringConverter<E> enumConverter(I18n i18n, String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : i18n.t(prefix, value);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        };
    }
}
