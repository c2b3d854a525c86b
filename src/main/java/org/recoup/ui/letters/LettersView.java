package org.recoup.ui.letters;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.Duration;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.recoup.domain.Language;
import org.recoup.domain.RecoupException;
import org.recoup.service.Workspace;
import org.recoup.service.letters.BlockedLetter;
import org.recoup.service.letters.LetterBatchReport;
import org.recoup.service.letters.LetterBatchRequest;
import org.recoup.service.letters.LetterLanguageChoice;
import org.recoup.service.letters.LetterService;
import org.recoup.service.letters.LetterTemplate;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.SystemFiles;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;

/**
 * The Letters screen: a batch of one letter per debt that a filter expression of the debtors list
 * selects (the same text as {@code recoup letters --filter}), written to a new folder inside the
 * chosen output folder, with progress and cancel; then its report: how many were made and blocked,
 * the blocked ones with rule and reason, the print file and the folder of archived letters.
 */
public final class LettersView extends VBox {

    private final AppContext context;
    private final ComboBox<LetterTemplate> template = new ComboBox<>();
    private final ComboBox<LetterLanguageChoice> language = new ComboBox<>();
    private final TextField filter = new TextField();
    private final TextField folder = new TextField();
    private final Label count = new Label();
    private final Button run = new Button();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Button cancel = new Button();
    private final HBox running;
    private final VBox report = new VBox(12);
    private final PauseTransition typing = new PauseTransition(Duration.millis(350));
    /** Debts the filter selects: -1 while counting or when the filter cannot be read. */
    private long selected = -1;
    private int counting;
    private Task<LetterBatchReport> task;
    private LetterBatchReport last;

    public LettersView(AppContext context) {
        super(0);
        this.context = context;
        setId("letters-view");
        Label title = new Label(context.t("letters.batch.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label intro = new Label(context.t("letters.batch.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        running = new HBox(10, progress, progressText, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.setId("batch-running");
        running.setVisible(false);
        running.managedProperty().bind(running.visibleProperty());
        progress.setId("batch-progress");
        progress.setPrefWidth(320);
        progressText.setId("batch-progress-text");
        cancel.setText(context.t("task.cancel"));
        cancel.setId("batch-cancel");
        cancel.setOnAction(e -> {
            if (task != null) {
                task.cancel();
            }
        });

        report.setId("batch-report");
        VBox content = new VBox(16, new VBox(4, title, intro), form(), running, report);
        content.setPadding(new Insets(20, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().setAll(scroll);
        folder.setText(context.workspace().letters().archiveFolder().toString());
        recount();
    }

    private Node form() {
        template.setId("batch-template");
        template.getItems().setAll(LetterTemplate.values());
        template.setValue(LetterTemplate.DEMAND);
        template.setButtonCell(cell(t -> context.i18n().t("letters.template", t), null));
        template.setCellFactory(l -> cell(t -> context.i18n().t("letters.template", t), null));
        language.setId("batch-language");
        language.getItems().add(null);
        language.getItems().addAll(LetterLanguageChoice.values());
        String preferred = context.t("letters.language.preferred");
        language.setButtonCell(cell(l -> context.i18n().t("letters.language", l), preferred));
        language.setCellFactory(x -> cell(l -> context.i18n().t("letters.language", l), preferred));

        filter.setId("batch-filter");
        filter.setPromptText(context.t("letters.batch.filter.prompt"));
        filter.setText("status=ACTIVE");
        filter.textProperty().addListener((o, a, b) -> {
            selected = -1;
            updateRun();
            typing.playFromStart();
        });
        typing.setOnFinished(e -> recount());
        Label filterHelp = small(context.t("letters.batch.filter.help"));
        count.setId("batch-count");
        count.setWrapText(true);
        count.setMinHeight(Label.USE_PREF_SIZE);

        folder.setId("batch-folder");
        folder.textProperty().addListener((o, a, b) -> updateRun());
        Button chooseFolder = new Button(context.t("letters.batch.chooseFolder"), new FontIcon(Feather.FOLDER));
        chooseFolder.setId("batch-choose-folder");
        chooseFolder.setOnAction(e -> chooseFolder());
        HBox.setHgrow(folder, Priority.ALWAYS);
        HBox folderRow = new HBox(8, folder, chooseFolder);
        folderRow.setAlignment(Pos.CENTER_LEFT);
        Label folderHelp = small(context.t("letters.batch.folder.help"));

        run.setText(context.t("letters.batch.run"));
        run.setGraphic(new FontIcon(Feather.PLAY));
        run.setId("batch-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.setDisable(true);
        run.setOnAction(e -> runBatch());

        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Label.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMaxWidth(760);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.addRow(0, label("letters.template"), template);
        grid.addRow(1, label("letters.language"), language);
        grid.addRow(2, label("letters.batch.debts"), new VBox(4, filter, filterHelp, count));
        grid.addRow(3, label("letters.batch.folder"), new VBox(4, folderRow, folderHelp));
        grid.add(run, 1, 4);
        for (Node n : grid.getChildren()) {
            if (GridPane.getColumnIndex(n) == 0) {
                GridPane.setValignment(n, VPos.TOP);
                GridPane.setMargin(n, new Insets(6, 0, 0, 0));
            }
        }
        VBox card = new VBox(grid);
        card.getStyleClass().add("form-card");
        return card;
    }

    private Label label(String key) {
        Label l = new Label(context.t(key));
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    private static Label small(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return l;
    }

    /** Sets the batch's filter (the debtors list's, when it sends its debtors here); the count follows. */
    public void useFilter(String expression) {
        filter.setText(expression);
    }

    /** Reads the filter and counts the debts it selects, in the background; says what is wrong with it. */
    private void recount() {
        String expression = filter.getText();
        int asked = ++counting;
        selected = -1;
        updateRun();
        setCount(context.t("debtors.counting"), false);
        var debtors = context.workspace().debtors();
        context.tasks().run(p -> debtors.debtIds(debtors.parseFilter(expression)).size(), n -> {
            if (asked == counting) {
                selected = n;
                setCount(n == 0 ? context.t("letters.batch.none") : context.t("letters.batch.count", n), n == 0);
                updateRun();
            }
        }, error -> {
            if (asked == counting) {
                setCount(context.t("letters.batch.filter.invalid", messageOf(error)), true);
            }
        });
    }

    private void setCount(String text, boolean problem) {
        count.setText(text);
        count.getStyleClass().removeAll(Styles.DANGER, Styles.TEXT_BOLD);
        count.getStyleClass().add(problem ? Styles.DANGER : Styles.TEXT_BOLD);
    }

    private void updateRun() {
        run.setDisable(selected <= 0 || task != null || folder.getText().isBlank());
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(context.t("letters.batch.chooseFolder"));
        File current = new File(folder.getText().trim());
        if (current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File chosen = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            folder.setText(chosen.getAbsolutePath());
        }
    }

    private void runBatch() {
        LetterTemplate chosen = template.getValue();
        LetterLanguageChoice lang = language.getValue();
        String expression = filter.getText();
        Path parent;
        try {
            parent = Path.of(folder.getText().trim());
        } catch (InvalidPathException e) {
            context.dialogs().showError(context.t("letters.batch.folder"), context.t("letters.batch.folder.invalid",
                    folder.getText().trim()));
            return;
        }
        Workspace workspace = context.workspace();
        report.getChildren().clear();
        progress.setProgress(0);
        running.setVisible(true);
        String title = context.t("letters.batch.task", context.i18n().t("letters.template", chosen));
        task = context.tasks().runLong(title, work -> {
            try {
                List<Long> debts = workspace.debtors().debtIds(workspace.debtors().parseFilter(expression));
                Path out = workspace.letters().newBatchFolder(parent, chosen);
                LetterBatchReport result = workspace.letters().batch(new LetterBatchRequest(debts, chosen, lang, out,
                        LetterService.printFileIn(out, chosen)), work);
                if (work.isCancelled()) {
                    // the task runner drops what a cancelled task returns: show what was stored all the same
                    Platform.runLater(() -> finished(result));
                }
                return result;
            } catch (RuntimeException e) {
                if (work.isCancelled()) {
                    Platform.runLater(() -> {
                        finishedWithoutReport();
                        context.dialogs().showError(e);
                    });
                }
                throw e;
            }
        }, this::finished, error -> {
            finishedWithoutReport();
            context.dialogs().showError(error);
        });
        Task<LetterBatchReport> shown = task;
        progress.progressProperty().bind(shown.progressProperty());
        progressText.textProperty().bind(Bindings.createStringBinding(() -> shown.getProgress() < 0
                ? context.t("letters.batch.starting")
                : context.t("letters.batch.progress", Math.round(shown.getWorkDone()), Math.round(shown.getTotalWork())),
                shown.progressProperty()));
        updateRun();
    }

    private void finishedWithoutReport() {
        progress.progressProperty().unbind();
        progressText.textProperty().unbind();
        running.setVisible(false);
        task = null;
        updateRun();
    }

    private void finished(LetterBatchReport result) {
        finishedWithoutReport();
        last = result;
        showReport(result);
        recount();
    }

    /** The report of the last batch (null before the first): for tests. */
    public LetterBatchReport lastReport() {
        return last;
    }

    private void showReport(LetterBatchReport r) {
        Label heading = new Label(context.t("letters.batch.report", context.i18n().t("letters.template", r.template())));
        heading.getStyleClass().add(Styles.TITLE_4);
        HBox figures = new HBox(12,
                figure("batch-made", "batch-figure-made", String.valueOf(r.made()), context.t("letters.batch.made")),
                figure("batch-blocked", "batch-figure-blocked", String.valueOf(r.blocked().size()),
                        context.t("letters.batch.blocked")),
                figure("batch-seconds", "batch-figure-time", String.format(context.i18n().locale(), "%.1f", r.seconds()),
                        context.t("letters.batch.seconds")));
        report.getChildren().setAll(heading, figures);
        if (r.cancelled()) {
            Message m = new Message(context.t("letters.batch.cancelled.title"),
                    context.t("letters.batch.cancelled.text", r.made(), r.notReached()), new FontIcon(Feather.ALERT_TRIANGLE));
            m.getStyleClass().add(Styles.WARNING);
            m.setId("batch-cancelled");
            report.getChildren().add(m);
        }
        Button savePrint = new Button(context.t("letters.batch.savePrint"), new FontIcon(Feather.PRINTER));
        savePrint.setId("batch-save-print");
        savePrint.setDisable(r.printFile() == null);
        savePrint.setOnAction(e -> savePrintFile(r));
        Button openFolder = new Button(context.t("letters.batch.openFolder"), new FontIcon(Feather.FOLDER));
        openFolder.setId("batch-open-folder");
        openFolder.setDisable(r.folder() == null || r.made() == 0);
        openFolder.setOnAction(e -> open(r.folder()));
        FlowPane actions = new FlowPane(8, 8, savePrint, openFolder);
        report.getChildren().add(actions);
        if (r.made() > 0) {
            Label where = small(context.t("letters.batch.where", r.folder(), r.printFile().getFileName(), r.printPages()));
            where.setId("batch-where");
            report.getChildren().add(where);
        }
        if (!r.blocked().isEmpty()) {
            Label blockedTitle = new Label(context.t("letters.batch.blockedList"));
            blockedTitle.getStyleClass().add(Styles.TITLE_4);
            report.getChildren().addAll(blockedTitle, blockedTable(r.blocked()));
        }
    }

    private VBox figure(String id, String style, String value, String caption) {
        Label v = new Label(value);
        v.setId(id);
        v.getStyleClass().add("batch-figure-value");
        Label c = new Label(caption);
        c.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(2, v, c);
        box.getStyleClass().addAll("batch-figure", style);
        return box;
    }

    private TableView<BlockedLetter> blockedTable(List<BlockedLetter> blocked) {
        TableView<BlockedLetter> table = new TableView<>();
        table.setId("batch-blocked-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        boolean zh = context.i18n().language() == Language.ZH;
        TableColumn<BlockedLetter, String> debtor = column("letters.batch.col.debtor", BlockedLetter::debtorName);
        TableColumn<BlockedLetter, String> debt = column("letters.batch.col.debt", BlockedLetter::debtReference);
        TableColumn<BlockedLetter, String> rule = column("letters.batch.col.rule", BlockedLetter::rule);
        TableColumn<BlockedLetter, String> reason = column("letters.batch.col.reason",
                b -> zh ? b.reasonZh() : b.reason());
        debtor.setMinWidth(160);
        debt.setMinWidth(130);
        rule.setMinWidth(110);
        reason.setPrefWidth(420);
        reason.setCellFactory(c -> wrappingCell(reason));
        table.getColumns().setAll(List.of(debtor, debt, rule, reason));
        table.getItems().setAll(blocked);
        table.setPrefHeight(Math.min(440, 64 + 52 * blocked.size()));
        table.setRowFactory(t -> {
            TableRow<BlockedLetter> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    context.openDebtor(row.getItem().debtorId());
                }
            });
            return row;
        });
        return table;
    }

    /** A cell whose text wraps to the column's width: a reason is a sentence or two. */
    private static <T> TableCell<T, String> wrappingCell(TableColumn<T, String> column) {
        Text text = new Text();
        text.getStyleClass().add("wrapping-cell-text");
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
        TableCell<T, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        };
        cell.setPrefHeight(Region.USE_COMPUTED_SIZE);
        return cell;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(context.t(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private void savePrintFile(LetterBatchReport r) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(context.t("letters.batch.savePrint"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName(r.printFile().getFileName().toString());
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        var letters = context.workspace().letters();
        context.tasks().run(p -> {
            letters.copyFile(r.printFile(), file.toPath());
            return file;
        }, saved -> context.dialogs().showInformation(context.t("letters.batch.savePrint"),
                context.t("letters.savedAt", saved)));
    }

    private void open(Path dir) {
        context.tasks().run(p -> SystemFiles.open(dir), opened -> {
            if (!opened) {
                context.dialogs().showInformation(context.t("letters.batch.openFolder"), context.t("letters.openedAt", dir));
            }
        });
    }

    /** The message of a problem the user can fix (a filter that cannot be read), or a general one. */
    private String messageOf(Throwable error) {
        Throwable cause = error;
        while (!(cause instanceof RecoupException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof RecoupException ? cause.getMessage()
                : context.t("error.unexpected", String.valueOf(error.getMessage()));
    }

    private <T> ListCell<T> cell(Function<T, String> text, String none) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? none : text.apply(item));
            }
        };
    }
}
