package org.recoup.ui.exchange;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.recoup.domain.RecoupException;
import org.recoup.domain.view.DebtorFilter;
import org.recoup.service.exchange.ExportService;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.DisplayConverter;

import atlantafx.base.theme.Styles;

/**
 * Exporting what the debtors list's filter shows: the debtors, their debts, the ledger or the
 * contacts, to CSV or XLSX, through the task runner (progress and cancel in the status bar).
 */
public final class ExportDialog extends Dialog<Void> {

    private final AppContext context;
    private final DebtorFilter filter;
    private final ComboBox<ExportService.What> what = new ComboBox<>();
    private final ComboBox<ExportService.Format> format = new ComboBox<>();
    private final TextField file = new TextField();
    private final Label error = new Label();
    private final Label done = new Label();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();

    /** Opens the dialog (not waiting for it) for the debtors {@code filter} selects, {@code count} of them. */
    public static ExportDialog show(AppContext context, DebtorFilter filter, long count) {
        ExportDialog dialog = new ExportDialog(context, filter, count);
        dialog.show();
        return dialog;
    }

    private ExportDialog(AppContext context, DebtorFilter filter, long count) {
        this.context = context;
        this.filter = filter;
        initOwner(context.dialogs().owner());
        setTitle(context.t("export.title"));
        setHeaderText(count < 0 ? context.t("export.header.all") : context.t("export.header", count));
        getDialogPane().setId("export-dialog");
        getDialogPane().getStylesheets().add(Objects.requireNonNull(
                ExportDialog.class.getResource("/org/recoup/ui/exchange/exchange.css")).toExternalForm());

        what.setId("export-what");
        what.getItems().setAll(ExportService.What.values());
        what.setConverter(DisplayConverter.ofNullable(w -> w == null ? "" : context.t("export.what." + w.name())));
        what.setValue(ExportService.What.DEBTS);
        format.setId("export-format");
        format.getItems().setAll(ExportService.Format.values());
        format.setConverter(DisplayConverter.ofNullable(f -> f == null ? "" : context.t("export.format." + f.name())));
        format.setValue(ExportService.Format.XLSX);
        file.setId("export-file");
        file.setPrefColumnCount(36);
        HBox.setHgrow(file, Priority.ALWAYS);
        what.valueProperty().addListener((o, a, b) -> suggestFile());
        format.valueProperty().addListener((o, a, b) -> suggestFile());
        suggestFile();
        Button browse = new Button(context.t("import.browse"));
        browse.setOnAction(e -> FileChoice.save(getDialogPane().getScene().getWindow(), context.t("export.title"), file,
                format.getValue().name(), "*." + format.getValue().extension()));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(context.t("export.what")), what);
        grid.addRow(1, new Label(context.t("export.format")), format);
        HBox fileRow = new HBox(8, file, browse);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(2, new Label(context.t("export.file")), fileRow);
        error.setId("export-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setMaxWidth(560);
        done.setId("export-done");
        done.setWrapText(true);
        done.setMaxWidth(560);
        getDialogPane().setContent(new VBox(12, grid, error, done));

        ButtonType exportType = new ButtonType(context.t("export.run"), ButtonBar.ButtonData.OK_DONE);
        ButtonType closeType = new ButtonType(context.t("import.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(exportType, closeType);
        getDialogPane().lookupButton(closeType).setId("export-close");
        Button export = (Button) getDialogPane().lookupButton(exportType);
        export.setId("export-run");
        export.getStyleClass().add(Styles.ACCENT);
        export.disableProperty().bind(busy);
        export.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            export();
        });
        setResultConverter(b -> null);
    }

    /** A file in the user's home folder named after what and when, unless the user typed one. */
    private void suggestFile() {
        Path home = Path.of(System.getProperty("user.home"));
        Path current = FileChoice.current(file).orElse(null);
        Path dir = current != null && current.toAbsolutePath().getParent() != null ? current.toAbsolutePath().getParent() : home;
        file.setText(dir.resolve("recoup-" + what.getValue().key() + "-" + LocalDate.now(context.clock()) + "."
                + format.getValue().extension()).toString());
    }

    private void export() {
        Path path = FileChoice.current(file).orElse(null);
        if (path == null) {
            error.setText(context.t("import.file.required"));
            return;
        }
        busy.set(true);
        error.setText("");
        done.setText("");
        ExportService.What kind = what.getValue();
        ExportService.Format as = format.getValue();
        Task<ExportService.Result> task = context.tasks().runLong(context.t("export.running", context.t("export.what." + kind.name())),
                p -> context.workspace().exports().export(filter, kind, as, path, p), result -> {
                    busy.set(false);
                    done.setText(context.t("export.done", result.rows(), result.file().toString()));
                }, failure -> {
                    busy.set(false);
                    error.setText(failure instanceof RecoupException ? failure.getMessage()
                            : context.t("error.unexpected", String.valueOf(failure.getMessage())));
                });
        task.stateProperty().addListener((o, a, state) -> {
            if (state == javafx.concurrent.Worker.State.CANCELLED) {
                busy.set(false);
                error.setText(context.t("export.cancelled"));
            }
        });
    }
}
