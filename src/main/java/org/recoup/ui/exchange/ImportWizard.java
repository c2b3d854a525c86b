package org.recoup.ui.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.recoup.domain.Product;
import org.recoup.domain.RecoupException;
import org.recoup.service.debts.ClientService.ClientView;
import org.recoup.service.exchange.ImportCancelledException;
import org.recoup.service.exchange.ImportClient;
import org.recoup.service.exchange.ImportField;
import org.recoup.service.exchange.ImportFile;
import org.recoup.service.exchange.ImportPreview;
import org.recoup.service.exchange.ImportResult;
import org.recoup.service.exchange.ImportService;
import org.recoup.service.exchange.ImportSettings;
import org.recoup.service.exchange.PreviewRow;
import org.recoup.service.exchange.RejectedRow;
import org.recoup.service.exchange.RowProblem;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.DisplayConverter;

import atlantafx.base.theme.Styles;

/**
 * Importing a creditor's spreadsheet in four steps: the file and the client; the mapping of its
 * columns (guessed, or the client's from last time), the date order, defaults and what to do with
 * references the client already has; a preview of the first rows as they will be imported, the
 * rejected ones highlighted with their reasons; and the import itself, with progress and cancel,
 * ending with the counts and the rejected rows, which can be saved as CSV.
 */
public final class ImportWizard extends Dialog<Void> {

    /** Rows shown in the preview. */
    static final int PREVIEW_ROWS = 200;

    private enum Step { SOURCE, MAPPING, PREVIEW, RESULT }

    private final AppContext context;
    private final Runnable onImported;
    private final ImportService imports;

    private final TextField file = new TextField();
    private final ComboBox<ClientView> client = new ComboBox<>();
    private final TextField newClient = new TextField();
    private final TextField newCountry = new TextField();

    private final GridPane mappingGrid = new GridPane();
    private final Map<String, ComboBox<String>> fieldBoxes = new LinkedHashMap<>();
    private final Label fileDescription = new Label();
    private final ComboBox<ImportSettings.DateOrder> dateOrder = new ComboBox<>();
    private final ComboBox<Character> decimal = new ComboBox<>();
    private final TextField currency = new TextField();
    private final TextField country = new TextField();
    private final ComboBox<Product> product = new ComboBox<>();
    private final ComboBox<ImportSettings.OnDuplicate> onDuplicate = new ComboBox<>();

    private final Label counts = new Label();
    private final TableView<PreviewRow> previewTable = new TableView<>();

    private final Label summary = new Label();
    private final TableView<RowProblem> rejectedTable = new TableView<>();
    private final TextField rejectedFile = new TextField();
    private final Label saved = new Label();

    private final StackPane pages = new StackPane();
    private final Map<Step, Node> stepPages = new LinkedHashMap<>();
    private final Map<Step, Label> stepLabels = new LinkedHashMap<>();
    private final Label error = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancelImport = new Button();
    private final HBox running = new HBox(8);
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();

    private final Button back;
    private final Button next;
    private final Button run;
    private final Button close;

    private Step step = Step.SOURCE;
    private ImportFile opened;
    private ImportClient target;
    private ImportSettings settings;
    private ImportResult result;

    /** Opens the wizard (not waiting for it); {@code onImported} runs after an import committed. */
    public static ImportWizard show(AppContext context, Runnable onImported) {
        ImportWizard wizard = new ImportWizard(context, onImported);
        wizard.show();
        // wide enough for the preview's columns, where the screen allows
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        wizard.setWidth(Math.min(1060, screen.getWidth() - 40));
        wizard.setHeight(Math.min(720, screen.getHeight() - 40));
        return wizard;
    }

    private ImportWizard(AppContext context, Runnable onImported) {
        this.context = context;
        this.onImported = onImported;
        this.imports = context.workspace().imports();
        initOwner(context.dialogs().owner());
        setTitle(context.t("import.title"));
        setResizable(true);
        getDialogPane().setId("import-wizard");
        getDialogPane().getStylesheets().add(Objects.requireNonNull(
                ImportWizard.class.getResource("/org/recoup/ui/exchange/exchange.css")).toExternalForm());
        getDialogPane().setPrefSize(1040, 660);
        getDialogPane().setMinSize(820, 520);

        ButtonType backType = new ButtonType(context.t("import.back"), ButtonBar.ButtonData.BACK_PREVIOUS);
        ButtonType nextType = new ButtonType(context.t("import.next"), ButtonBar.ButtonData.NEXT_FORWARD);
        ButtonType runType = new ButtonType(context.t("import.run"), ButtonBar.ButtonData.APPLY);
        ButtonType closeType = new ButtonType(context.t("import.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(backType, nextType, runType, closeType);
        back = button(backType, "import-back", this::back);
        next = button(nextType, "import-next", this::next);
        run = button(runType, "import-run", this::runImport);
        run.getStyleClass().add(Styles.ACCENT);
        // a wizard's order on every system: Back on the left, Next or Import, then Close
        ButtonBar bar = (ButtonBar) getDialogPane().lookup(".button-bar");
        if (bar != null) {
            bar.setButtonOrder("B+XA_C");
        }
        close = (Button) getDialogPane().lookupButton(closeType);
        close.setId("import-close");
        close.disableProperty().bind(busy);
        setResultConverter(b -> null);

        stepPages.put(Step.SOURCE, sourcePage());
        stepPages.put(Step.MAPPING, mappingPage());
        stepPages.put(Step.PREVIEW, previewPage());
        stepPages.put(Step.RESULT, resultPage());

        HBox steps = new HBox(18);
        for (Step s : Step.values()) {
            Label label = new Label(context.t("import.step." + s.name()));
            label.getStyleClass().add("import-step");
            stepLabels.put(s, label);
            steps.getChildren().add(label);
        }
        error.setId("import-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        progress.setPrefWidth(320);
        cancelImport.setText(context.t("task.cancel"));
        cancelImport.setId("import-cancel");
        running.getChildren().setAll(new Label(context.t("import.running.short")), progress, cancelImport);
        running.setAlignment(Pos.CENTER_LEFT);
        running.setVisible(false);
        running.managedProperty().bind(running.visibleProperty());
        VBox.setVgrow(pages, Priority.ALWAYS);
        VBox content = new VBox(12, steps, pages, running, error);
        content.setPadding(new Insets(4, 0, 0, 0));
        getDialogPane().setContent(content);
        go(Step.SOURCE);
    }

    private Button button(ButtonType type, String id, Runnable action) {
        Button b = (Button) getDialogPane().lookupButton(type);
        b.setId(id);
        b.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            action.run();
        });
        return b;
    }

    // ---- pages ---------------------------------------------------------------------------------

    private Node sourcePage() {
        file.setId("import-file");
        file.setPromptText(context.t("import.file.prompt"));
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button(context.t("import.browse"));
        browse.setId("import-browse");
        browse.setOnAction(e -> FileChoice.open(getDialogPane().getScene().getWindow(), context.t("import.file.choose"),
                file, context.t("import.file.kinds"), "*.csv", "*.txt", "*.tsv", "*.xlsx"));
        client.setId("import-client");
        client.setPromptText(context.t("import.client.pick"));
        client.setMaxWidth(Double.MAX_VALUE);
        client.setCellFactory(l -> clientCell());
        client.setButtonCell(clientCell());
        newClient.setId("import-new-client");
        newClient.setPromptText(context.t("import.client.new"));
        newCountry.setId("import-new-country");
        newCountry.setPromptText(context.t("import.client.country"));
        newCountry.setPrefColumnCount(4);
        context.tasks().run(p -> context.workspace().clients().all(), clients -> {
            client.getItems().setAll(clients);
            if (clients.size() == 1) {
                client.setValue(clients.get(0));
            }
        });
        newClient.textProperty().addListener((o, a, b) -> {
            if (b != null && !b.isBlank()) {
                client.setValue(null);
            }
        });
        GridPane grid = form();
        grid.addRow(0, new Label(context.t("import.file")), new HBox(8, file, browse));
        grid.addRow(1, new Label(context.t("import.client")), client);
        grid.addRow(2, new Label(""), new HBox(8, newClient, newCountry));
        Label hint = new Label(context.t("import.source.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(16, grid, hint);
    }

    private Node mappingPage() {
        mappingGrid.setHgap(12);
        mappingGrid.setVgap(6);
        mappingGrid.getStyleClass().add("import-mapping-grid");
        ScrollPane scroll = new ScrollPane(mappingGrid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        dateOrder.setId("import-date-order");
        dateOrder.getItems().setAll(ImportSettings.DateOrder.values());
        dateOrder.setConverter(DisplayConverter.ofNullable(o -> o == null ? context.t("import.dateOrder.none") : context.t("import.dateOrder." + o.name())));
        decimal.setId("import-decimal");
        decimal.getItems().setAll('.', ',');
        decimal.setConverter(DisplayConverter.ofNullable(c -> c == null ? "" : context.t(c == '.' ? "import.decimal.point" : "import.decimal.comma")));
        currency.setId("import-currency");
        currency.setPrefColumnCount(4);
        country.setId("import-country");
        country.setPrefColumnCount(4);
        product.setId("import-product");
        product.getItems().setAll(Product.values());
        product.setConverter(DisplayConverter.ofNullable(p -> context.i18n().t("product", p)));
        onDuplicate.setId("import-on-duplicate");
        onDuplicate.getItems().setAll(ImportSettings.OnDuplicate.values());
        onDuplicate.setConverter(DisplayConverter.ofNullable(d -> d == null ? "" : context.t("import.onDuplicate." + d.name())));
        GridPane options = form();
        options.addRow(0, new Label(context.t("import.dateOrder")), dateOrder, new Label(context.t("import.decimal")), decimal);
        options.addRow(1, new Label(context.t("import.defaultCurrency")), currency, new Label(context.t("import.defaultCountry")),
                country);
        options.addRow(2, new Label(context.t("import.defaultProduct")), product, new Label(context.t("import.onDuplicate")),
                onDuplicate);
        fileDescription.getStyleClass().add(Styles.TEXT_MUTED);
        fileDescription.setId("import-file-description");
        return new VBox(10, fileDescription, scroll, options);
    }

    private Node previewPage() {
        counts.setId("import-counts");
        counts.setWrapText(true);
        previewTable.setId("import-preview");
        previewTable.getStyleClass().add(Styles.DENSE);
        previewTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        previewTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("import-rejected", "import-skipped");
                if (!empty && item != null) {
                    if (item.outcome() == PreviewRow.Outcome.REJECT) {
                        getStyleClass().add("import-rejected");
                    } else if (item.outcome() == PreviewRow.Outcome.SKIP) {
                        getStyleClass().add("import-skipped");
                    }
                }
            }
        });
        VBox.setVgrow(previewTable, Priority.ALWAYS);
        return new VBox(10, counts, previewTable);
    }

    private Node resultPage() {
        summary.setId("import-result");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TITLE_4);
        rejectedTable.setId("import-rejected");
        rejectedTable.getStyleClass().add(Styles.DENSE);
        rejectedTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rejectedTable.getColumns().setAll(List.of(
                column(context.t("import.col.line"), p -> String.valueOf(p.line()), 60),
                column(context.t("import.col.field"), p -> label(p.field()), 140),
                column(context.t("import.col.column"), p -> p.column() == null ? "" : p.column(), 140),
                column(context.t("import.col.reason"), RowProblem::reason, 500)));
        rejectedTable.setPlaceholder(new Label(context.t("import.rejected.none")));
        VBox.setVgrow(rejectedTable, Priority.ALWAYS);
        rejectedFile.setId("import-rejected-file");
        HBox.setHgrow(rejectedFile, Priority.ALWAYS);
        Button browse = new Button(context.t("import.browse"));
        browse.setOnAction(e -> FileChoice.save(getDialogPane().getScene().getWindow(), context.t("import.saveRejected"),
                rejectedFile, "CSV", "*.csv"));
        Button save = new Button(context.t("import.saveRejected"));
        save.setId("import-save-rejected");
        save.disableProperty().bind(busy);
        save.setOnAction(e -> saveRejected());
        saved.setId("import-saved");
        saved.getStyleClass().add(Styles.TEXT_MUTED);
        HBox saveRow = new HBox(8, rejectedFile, browse, save);
        saveRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(10, summary, rejectedTable, saveRow, saved);
    }

    // ---- steps ---------------------------------------------------------------------------------

    private void go(Step to) {
        step = to;
        pages.getChildren().setAll(stepPages.get(to));
        stepLabels.forEach((s, l) -> {
            l.getStyleClass().remove("import-step-current");
            if (s == to) {
                l.getStyleClass().add("import-step-current");
            }
        });
        back.setVisible(to == Step.MAPPING || to == Step.PREVIEW);
        next.setVisible(to == Step.SOURCE || to == Step.MAPPING);
        run.setVisible(to == Step.PREVIEW);
        back.disableProperty().bind(busy);
        next.disableProperty().bind(busy);
        run.disableProperty().bind(busy);
        error.setText("");
    }

    private void back() {
        go(step == Step.PREVIEW ? Step.MAPPING : Step.SOURCE);
    }

    private void next() {
        if (step == Step.SOURCE) {
            openFile();
        } else if (step == Step.MAPPING) {
            preview();
        }
    }

    private void openFile() {
        Path path = FileChoice.current(file).orElse(null);
        if (path == null) {
            error.setText(context.t("import.file.required"));
            return;
        }
        ClientView chosen = client.getValue();
        String name = newClient.getText() == null ? "" : newClient.getText().trim();
        if (chosen == null && name.isEmpty()) {
            error.setText(context.t("import.client.required"));
            return;
        }
        ImportClient who = chosen != null ? ImportClient.existing(chosen.id())
                : ImportClient.create(name, newCountry.getText() == null || newCountry.getText().isBlank() ? null
                : newCountry.getText().trim());
        busy.set(true);
        context.tasks().run(p -> {
            ImportFile f = imports.open(path);
            return new Opened(f, who, imports.suggest(f, who));
        }, o -> {
            busy.set(false);
            opened = o.file();
            target = o.client();
            showMapping(o.settings());
            go(Step.MAPPING);
        }, this::failed);
    }

    private record Opened(ImportFile file, ImportClient client, ImportSettings settings) {
    }

    private void showMapping(ImportSettings suggested) {
        settings = suggested;
        fileDescription.setText(context.t("import.file.read", opened.fileName(), opened.description(),
                opened.estimatedRows() < 0 ? "?" : String.valueOf(opened.estimatedRows())));
        mappingGrid.getChildren().clear();
        fieldBoxes.clear();
        mappingGrid.getColumnConstraints().setAll(new ColumnConstraints(160), new ColumnConstraints(360),
                new ColumnConstraints(240));
        Label h1 = new Label(context.t("import.col.column"));
        Label h2 = new Label(context.t("import.col.samples"));
        Label h3 = new Label(context.t("import.col.field"));
        for (Label h : List.of(h1, h2, h3)) {
            h.getStyleClass().add(Styles.TEXT_BOLD);
        }
        mappingGrid.addRow(0, h1, h2, h3);
        List<String> keys = new ArrayList<>();
        keys.add(null);
        ImportService.fields().stream().map(ImportField::key).forEach(keys::add);
        int row = 1;
        for (String column : opened.columns()) {
            Label name = new Label(column);
            Label samples = new Label(String.join("  ·  ", opened.samples(column, 3)));
            samples.getStyleClass().add("import-samples");
            samples.setMaxWidth(360);
            ComboBox<String> field = new ComboBox<>();
            field.setId("import-field-" + (row - 1));
            field.getItems().setAll(keys);
            field.setConverter(DisplayConverter.ofNullable(this::fieldChoice));
            field.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : fieldChoice(item));
                }
            });
            field.setButtonCell(field.getCellFactory().call(null));
            field.setValue(suggested.fieldOf(column));
            field.setMaxWidth(Double.MAX_VALUE);
            fieldBoxes.put(column, field);
            mappingGrid.addRow(row++, name, samples, field);
        }
        dateOrder.setValue(suggested.dateOrder());
        decimal.setValue(suggested.decimalSeparator());
        currency.setText(suggested.defaultCurrency() == null ? "" : suggested.defaultCurrency());
        country.setText(suggested.defaultCountry() == null ? "" : suggested.defaultCountry());
        product.setValue(suggested.defaultProduct());
        onDuplicate.setValue(suggested.onDuplicate());
    }

    private String fieldChoice(String key) {
        if (key == null) {
            return context.t("import.field.ignore");
        }
        boolean required = ImportService.fields().stream().anyMatch(f -> f.key().equals(key) && f.required());
        return label(key) + (required ? " *" : "");
    }

    private String label(String fieldKey) {
        String text = context.t("import.field." + fieldKey);
        return text.startsWith("import.field.") ? fieldKey : text;
    }

    private ImportSettings settingsFromPage() {
        Map<String, String> columns = new LinkedHashMap<>();
        fieldBoxes.forEach((column, box) -> columns.put(column, box.getValue()));
        return new ImportSettings(columns, dateOrder.getValue(), decimal.getValue() == null ? '.' : decimal.getValue(),
                blankToNull(currency.getText()), blankToNull(country.getText()), product.getValue(), onDuplicate.getValue());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private void preview() {
        ImportSettings chosen = settingsFromPage();
        busy.set(true);
        context.tasks().run(p -> imports.preview(opened, target, chosen, PREVIEW_ROWS), preview -> {
            busy.set(false);
            settings = chosen;
            showPreview(preview);
            go(Step.PREVIEW);
        }, this::failed);
    }

    private void showPreview(ImportPreview preview) {
        counts.setText(context.t("import.counts", preview.rows().size(), preview.imported(), preview.updated(),
                preview.skipped(), preview.rejected()));
        List<TableColumn<PreviewRow, String>> columns = new ArrayList<>();
        columns.add(column(context.t("import.col.line"), r -> String.valueOf(r.line()), 56));
        columns.add(column(context.t("import.col.outcome"), r -> context.t("import.outcome." + r.outcome().name()), 90));
        columns.add(column(context.t("import.col.problems"), r -> r.problems().isEmpty() ? (r.note() == null ? "" : r.note())
                : r.problems().stream().map(p -> label(p.field()) + ": " + p.reason()).collect(Collectors.joining("; ")), 420));
        for (String key : preview.fields()) {
            double width = key.toLowerCase(java.util.Locale.ROOT).contains("phone") ? 150 : key.equals("addressLine") ? 170 : 110;
            columns.add(column(label(key), r -> r.values().getOrDefault(key, ""), width));
        }
        columns.add(column(context.t("import.col.zone"), r -> r.values().getOrDefault("zone", ""), 120));
        columns.add(column(context.t("import.col.debtor"), r -> debtorNote(r.values().get("debtor")), 100));
        previewTable.getColumns().setAll(columns);
        previewTable.getItems().setAll(preview.rows());
    }

    private String debtorNote(String value) {
        if (value == null) {
            return "";
        }
        if (value.startsWith("line ")) {
            return context.t("import.debtor.sameAs", value.substring(5));
        }
        return context.t("import.debtor." + value);
    }

    private void runImport() {
        busy.set(true);
        error.setText("");
        ImportSettings chosen = settings;
        Task<ImportResult> task = context.tasks().runLong(context.t("import.running", opened.fileName()),
                p -> imports.run(opened, target, chosen, p), done -> {
                    busy.set(false);
                    running.setVisible(false);
                    showResult(done);
                    go(Step.RESULT);
                    onImported.run();
                }, failure -> {
                    running.setVisible(false);
                    failed(failure);
                });
        progress.progressProperty().bind(task.progressProperty());
        cancelImport.setOnAction(e -> task.cancel());
        running.setVisible(true);
        task.stateProperty().addListener((o, a, state) -> {
            if (state == Worker.State.CANCELLED) {
                busy.set(false);
                running.setVisible(false);
                error.setText(new ImportCancelledException().getMessage());
                onImported.run();
            }
        });
    }

    private void showResult(ImportResult done) {
        result = done;
        StringBuilder text = new StringBuilder(context.t("import.done", done.read(), done.imported(), done.updated(),
                done.skipped(), done.rejected(), String.format(context.i18n().locale(), "%.1f", done.seconds())));
        if (done.clientCreated()) {
            text.append('\n').append(context.t("import.clientCreated"));
        }
        if (!done.notices().isEmpty()) {
            text.append('\n').append(context.t("import.notices", done.notices().size()));
        }
        summary.setText(text.toString());
        List<RowProblem> problems = new ArrayList<>();
        for (RejectedRow row : done.rejectedRows()) {
            problems.addAll(row.problems());
        }
        problems.addAll(done.notices());
        rejectedTable.getItems().setAll(problems);
        Path source = opened.path().toAbsolutePath();
        String name = source.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        rejectedFile.setText(source.resolveSibling(name + "-rejected.csv").toString());
        saved.setText("");
    }

    private void saveRejected() {
        Path path = FileChoice.current(rejectedFile).orElse(null);
        if (path == null || result == null) {
            return;
        }
        busy.set(true);
        ImportResult done = result;
        context.tasks().run(p -> {
            imports.writeRejections(opened, done.rejectedRows(), path);
            return path;
        }, written -> {
            busy.set(false);
            saved.setText(context.t("import.saved", written.toString()));
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        Throwable cause = failure;
        while (!(cause instanceof RecoupException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        error.setText(cause instanceof RecoupException expected ? expected.getMessage()
                : context.t("error.unexpected", String.valueOf(failure.getMessage())));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }

    private ListCell<ClientView> clientCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ClientView item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name()
                        + (item.defaultCountry() == null ? "" : " (" + item.defaultCountry() + ")"));
            }
        };
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
