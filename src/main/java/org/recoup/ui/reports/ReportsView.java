package org.recoup.ui.reports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import javafx.beans.property.SimpleStringProperty;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.recoup.domain.Money;
import org.recoup.domain.RecoupException;
import org.recoup.service.reports.AgingBucket;
import org.recoup.service.reports.AgingRow;
import org.recoup.service.reports.ClientInfo;
import org.recoup.service.reports.CurrencyFigures;
import org.recoup.service.reports.Dashboard;
import org.recoup.service.reports.Figures;
import org.recoup.service.reports.MonthAmount;
import org.recoup.service.reports.ReportKind;
import org.recoup.service.reports.ReportPeriod;
import org.recoup.service.reports.RuleCount;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.Formats;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;

/**
 * The Reports screen: the portfolio's figures as cards, collected by month as a chart, aging,
 * compliance by rule and each client's figures as tables, for all clients or one, and the PDF
 * reports of a period. The figures of every client are read in one background task
 * ({@link org.recoup.service.reports.ReportService#dashboard}); choosing a client only redraws.
 */
public final class ReportsView extends VBox {

    private final AppContext context;
    private final Formats formats;
    private final DateTimeFormatter monthFormat;
    private final DateTimeFormatter shortMonthFormat;

    private final ComboBox<ClientInfo> client = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Label asOf = new Label();
    private final Label periodError = new Label();
    private final Label saved = new Label();

    private final Card outstanding;
    private final Card collectedThisMonth;
    private final Card recovery;
    private final Card promises;
    private final Card plans;
    private final Card compliance;

    private final ComboBox<String> chartCurrency = new ComboBox<>();
    private final Label chartHint = new Label();
    private final BarChart<String, Number> chart;
    private final TableView<AgingLine> aging = new TableView<>();
    private final TableView<RuleCount> rules = new TableView<>();
    private final TableView<Dashboard.ClientLine> byClient = new TableView<>();
    private final List<Button> reportButtons = new ArrayList<>();
    private Button statementButton;

    /** Placeholder of the client selector for "all clients" (its id is never read). */
    private final ClientInfo allClients;
    private Dashboard dashboard;
    private List<String> agingCurrencies;
    private int loads;

    public ReportsView(AppContext context) {
        super(16);
        this.context = context;
        this.formats = new Formats(context.i18n().locale());
        this.monthFormat = DateTimeFormatter.ofPattern(context.t("reports.chart.monthPattern"), context.i18n().locale());
        this.shortMonthFormat = DateTimeFormatter.ofPattern(context.t("reports.chart.shortMonthPattern"), context.i18n().locale());
        this.allClients = new ClientInfo(-1, context.t("reports.client.all"), null);
        setId("reports-view");
        getStyleClass().add("reports-view");
        setPadding(new Insets(20, 24, 20, 24));
        getStylesheets().add(Objects.requireNonNull(ReportsView.class.getResource("reports.css")).toExternalForm());

        outstanding = new Card("reports-outstanding", context.t("reports.card.outstanding"));
        collectedThisMonth = new Card("reports-collected-month", context.t("reports.card.collectedThisMonth"));
        recovery = new Card("reports-recovery", context.t("reports.card.recovery"));
        promises = new Card("reports-promises", context.t("reports.card.promisesKept"));
        plans = new Card("reports-plans", context.t("reports.card.plans"));
        compliance = new Card("reports-compliance", context.t("reports.card.compliance"));

        chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        LocalDate today = LocalDate.now(context.clock());
        from.setValue(today.withDayOfMonth(1));
        to.setValue(today);

        ScrollPane scroll = new ScrollPane(body());
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().setAll(toolbar(), scroll);
        // read the figures again each time the screen is shown: payments may have been recorded since
        parentProperty().addListener((o, old, parent) -> {
            if (parent != null) {
                reload();
            }
        });
    }

    // --- layout ---------------------------------------------------------------------------------

    private Node toolbar() {
        Label title = new Label(context.t("reports.title"));
        title.getStyleClass().add(Styles.TITLE_2);

        client.setId("reports-client");
        client.setConverter(converter(c -> c == null ? "" : c.name()));
        client.getItems().setAll(allClients);
        client.setValue(allClients);
        client.setPrefWidth(220);
        client.valueProperty().addListener((o, old, chosen) -> show());

        from.setId("reports-from");
        to.setId("reports-to");
        DateTimeFormatter dayFormat = DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(context.i18n().locale());
        for (DatePicker picker : List.of(from, to)) {
            picker.setPrefWidth(175);
            picker.setConverter(new StringConverter<>() {
                @Override
                public String toString(LocalDate day) {
                    return day == null ? "" : dayFormat.format(day);
                }

                @Override
                public LocalDate fromString(String text) {
                    if (text == null || text.isBlank()) {
                        return null;
                    }
                    try {
                        return LocalDate.parse(text.trim(), dayFormat);
                    } catch (java.time.format.DateTimeParseException e) {
                        try {
                            return LocalDate.parse(text.trim()); // 2026-06-01 too
                        } catch (java.time.format.DateTimeParseException notIso) {
                            return null; // the period then says it is not valid
                        }
                    }
                }
            });
            picker.valueProperty().addListener((o, old, day) -> reload());
        }
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("reports-refresh");
        refresh.setTooltip(new Tooltip(context.t("reports.refresh")));
        refresh.setOnAction(e -> reload());
        refresh.getStyleClass().add(Styles.BUTTON_ICON);

        periodError.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        asOf.setId("reports-as-of");
        asOf.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, title, spacer, new Label(context.t("reports.client")), client,
                new Label(context.t("reports.period")), from, new Label("–"), to, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        asOf.setWrapText(true);
        VBox notes = new VBox(2, asOf, periodError, saved);
        HBox.setHgrow(notes, Priority.ALWAYS);
        HBox second = new HBox(16, notes, pdfBar());
        second.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, bar, second);
    }

    private Node body() {
        GridPane cards = new GridPane();
        cards.setHgap(12);
        cards.setVgap(12);
        List<Card> all = List.of(outstanding, collectedThisMonth, recovery, promises, plans, compliance);
        for (int i = 0; i < all.size(); i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / all.size());
            column.setFillWidth(true);
            cards.getColumnConstraints().add(column);
            cards.add(all.get(i), i, 0);
        }

        Node chartBox = chartBox();
        Node agingBox = panel(context.t("reports.aging.title"), context.t("reports.aging.hint"), agingTable());
        HBox middle = new HBox(16, chartBox, agingBox);
        HBox.setHgrow(chartBox, Priority.ALWAYS);
        ((Region) chartBox).setPrefWidth(480);
        ((Region) chartBox).setMinWidth(420);
        ((Region) agingBox).setPrefWidth(646);
        ((Region) agingBox).setMinWidth(480);

        Node rulesBox = panel(context.t("reports.rules.title"), context.t("reports.rules.hint"), rulesTable());
        Node clientsBox = panel(context.t("reports.byClient.title"), context.t("reports.byClient.hint"), byClientTable());
        HBox lower = new HBox(16, rulesBox, clientsBox);
        ((Region) rulesBox).setPrefWidth(340);
        ((Region) rulesBox).setMaxWidth(400);
        ((Region) rulesBox).setMinWidth(300);
        HBox.setHgrow(clientsBox, Priority.ALWAYS);

        VBox body = new VBox(16, cards, middle, lower);
        body.setPadding(new Insets(4, 2, 8, 2));
        return body;
    }

    private Node chartBox() {
        chart.setId("reports-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(6);
        chart.setPrefHeight(200);
        chart.setMinHeight(180);
        chart.getXAxis().setTickLabelRotation(0);
        ((NumberAxis) chart.getYAxis()).setForceZeroInRange(true);
        ((NumberAxis) chart.getYAxis()).setMinorTickVisible(false);
        chartCurrency.setId("reports-chart-currency");
        chartCurrency.valueProperty().addListener((o, old, currency) -> drawChart());
        Label title = new Label(context.t("reports.chart.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, chartCurrency);
        head.setAlignment(Pos.CENTER_LEFT);
        chartHint.setText(context.t("reports.chart.hint", "", ""));
        Label hint = chartHint;
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        VBox box = new VBox(6, head, hint, chart);
        box.getStyleClass().add("report-panel");
        VBox.setVgrow(chart, Priority.ALWAYS);
        return box;
    }

    private Node panel(String title, String hint, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        Label explanation = new Label(hint);
        explanation.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        explanation.setWrapText(true);
        VBox box = new VBox(6, heading, explanation, content);
        box.getStyleClass().add("report-panel");
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    /**
     * One bucket of the aging table: how many open debts, and what they owe in each currency
     * (a column per currency; amounts of different currencies are never added).
     */
    record AgingLine(AgingBucket bucket, long debts, Map<String, Money> owed) {
    }

    private TableView<AgingLine> agingTable() {
        aging.setId("reports-aging");
        agingColumns(List.of());
        return table(aging, 5, 1);
    }

    private void agingColumns(List<String> currencies) {
        if (currencies.equals(agingCurrencies)) {
            return;
        }
        agingCurrencies = List.copyOf(currencies);
        List<TableColumn<AgingLine, ?>> columns = new ArrayList<>();
        columns.add(column(context.t("reports.aging.bucket"), 126, l -> context.i18n().t("reports.aging", l.bucket()), false));
        columns.add(column(context.t("reports.col.debts"), 70, l -> count(l.debts()), true));
        for (String currency : currencies) {
            columns.add(column(context.t("reports.aging.owed", currency), 132,
                    l -> formats.money(l.owed().getOrDefault(currency, Money.zero(currency))), true));
        }
        aging.getColumns().setAll(columns);
    }

    private static List<AgingLine> agingLines(Figures f) {
        List<AgingLine> lines = new ArrayList<>();
        for (AgingBucket bucket : AgingBucket.values()) {
            long debts = 0;
            Map<String, Money> owed = new java.util.TreeMap<>();
            for (AgingRow row : f.aging()) {
                if (row.bucket() == bucket) {
                    debts += row.debts();
                    owed.put(row.currency(), row.owed());
                }
            }
            lines.add(new AgingLine(bucket, debts, owed));
        }
        return lines;
    }

    private TableView<RuleCount> rulesTable() {
        rules.setId("reports-rules");
        rules.getColumns().setAll(List.of(
                column(context.t("reports.rules.rule"), 110, RuleCount::rule, false),
                column(context.t("reports.rules.blocks"), 85, r -> count(r.blocks()), true),
                column(context.t("reports.rules.overrides"), 110, r -> count(r.overrides()), true)));
        rules.setPlaceholder(placeholder(context.t("reports.rules.none")));
        return table(rules, 5, 1);
    }

    private TableView<Dashboard.ClientLine> byClientTable() {
        byClient.setId("reports-by-client");
        byClient.getColumns().setAll(List.of(
                column(context.t("reports.col.client"), 170, l -> l.client().name(), false),
                column(context.t("reports.col.currency"), 80, l -> l.figures().currency(), false),
                column(context.t("reports.col.openDebts"), 105, l -> count(l.figures().openDebts()), true),
                column(context.t("reports.col.outstanding"), 140, l -> formats.money(l.figures().outstanding()), true),
                column(context.t("reports.col.collected"), 130, l -> formats.money(l.figures().collected()), true),
                column(context.t("reports.col.recovery"), 85, l -> percent(l.figures().recoveryPercent()), true)));
        byClient.setPlaceholder(placeholder(context.t("reports.byClient.none")));
        return table(byClient, 5, 1);
    }

    /** A table's quiet "nothing here" (in a pane: the theme makes a table's own placeholder label large). */
    private static Node placeholder(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        label.setWrapText(true);
        return new javafx.scene.layout.StackPane(label);
    }

    /** A table of a few rows, sized to show {@code rows} under {@code headerLines} lines of headings without scrolling. */
    private static <T> TableView<T> table(TableView<T> table, int rows, int headerLines) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setFixedCellSize(28);
        table.setPrefHeight(30 * headerLines + 28 * rows + 4);
        table.setMinHeight(30 + 28 * 3);
        return table;
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> text, boolean right) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new SimpleStringProperty(text.apply(data.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width * 0.8);
        column.setSortable(false);
        column.setReorderable(false);
        if (right) {
            column.getStyleClass().add(Tweaks.ALIGN_RIGHT);
        }
        return column;
    }

    private Node pdfBar() {
        Label title = new Label(context.t("reports.pdf.title"));
        title.setTooltip(new Tooltip(context.t("reports.pdf.hint")));
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(6, title);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        for (ReportKind kind : ReportKind.values()) {
            Button button = new Button(context.i18n().t("reports.pdf", kind), new FontIcon(Feather.FILE_TEXT));
            button.getStyleClass().add(Styles.SMALL);
            button.setTooltip(new Tooltip(context.t("reports.pdf.hint")));
            button.setId("reports-pdf-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            button.setOnAction(e -> chooseFileAndSave(kind));
            reportButtons.add(button);
            if (kind == ReportKind.STATEMENT) {
                statementButton = button;
                button.setTooltip(new Tooltip(context.t("reports.pdf.statementNeedsClient")));
            }
            buttons.getChildren().add(button);
        }
        saved.setId("reports-saved");
        saved.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.SUCCESS);
        saved.setWrapText(true);
        saved.managedProperty().bind(saved.textProperty().isNotEmpty());
        periodError.managedProperty().bind(periodError.textProperty().isNotEmpty());
        updateButtons();
        return buttons;
    }

    // --- loading and showing --------------------------------------------------------------------

    /** The period chosen, or null (with the reason shown) when it is not a valid one. */
    private ReportPeriod period() {
        try {
            ReportPeriod period = new ReportPeriod(from.getValue(), to.getValue());
            periodError.setText("");
            return period;
        } catch (RecoupException e) {
            periodError.setText(context.t("reports.period.invalid"));
            return null;
        }
    }

    /** Reads every client's figures for the period in the background, then shows the chosen client's. */
    public void reload() {
        ReportPeriod period = period();
        if (period == null || context.workspaceProperty().get() == null) {
            return;
        }
        int load = ++loads;
        Task<Dashboard> task = context.tasks().runLong(context.t("reports.loading"),
                progress -> context.workspace().reports().dashboard(period), result -> {
                    if (load == loads) {
                        dashboard = result;
                        fillClients(result.clients());
                        show();
                    }
                }, context.dialogs()::showError);
        task.stateProperty().addListener((o, old, state) -> {
            if (state == Worker.State.CANCELLED && load == loads) {
                asOf.setText(context.t("reports.loading.cancelled"));
            }
        });
    }

    private void fillClients(List<ClientInfo> clients) {
        ClientInfo chosen = client.getValue();
        List<ClientInfo> items = new ArrayList<>();
        items.add(allClients);
        items.addAll(clients);
        client.getItems().setAll(items);
        client.setValue(chosen == null ? allClients
                : items.stream().filter(c -> c.id() == chosen.id()).findFirst().orElse(allClients));
    }

    private Long chosenClientId() {
        ClientInfo chosen = client.getValue();
        return chosen == null || chosen == allClients || chosen.id() == allClients.id() ? null : chosen.id();
    }

    /** Shows the loaded figures of the chosen client (or of all). */
    private void show() {
        updateButtons();
        if (dashboard == null) {
            return;
        }
        Long clientId = chosenClientId();
        Figures f = dashboard.figures(clientId);
        ReportPeriod period = dashboard.period();
        asOf.setText(context.t("reports.asOf", formats.date(dashboard.asOf()), formats.date(period.from()),
                formats.date(period.to())));

        List<CurrencyFigures> currencies = f.currencies();
        outstanding.show(lines(currencies, c -> formats.money(c.outstanding())),
                context.t("reports.card.openDebts", currencies.stream().mapToLong(CurrencyFigures::openDebts).sum()));
        collectedThisMonth.show(lines(currencies, c -> formats.money(c.collectedThisMonth())),
                context.t("reports.card.month", YearMonth.from(dashboard.asOf()).format(monthFormat)));
        recovery.show(lines(currencies, c -> currencies.size() > 1 ? percent(c.recoveryPercent()) + "  " + c.currency()
                : percent(c.recoveryPercent())), context.t("reports.card.recoveryHint"));
        long decided = f.promisesKept() + f.promisesBroken();
        promises.show(List.of(percent(f.promisesKeptPercent())), decided == 0 ? context.t("reports.card.promisesNone")
                : context.t("reports.card.promisesHint", f.promisesKept(), decided));
        plans.show(List.of(context.t("reports.card.plansActive", f.plansActive())),
                context.t("reports.card.plansBroken", f.plansBroken()));
        compliance.show(List.of(context.t("reports.card.blocked", f.blockedActions())),
                context.t("reports.card.overridden", f.overriddenActions()));

        agingColumns(currencies.stream().map(CurrencyFigures::currency).toList());
        aging.getItems().setAll(agingLines(f));
        rules.getItems().setAll(f.compliance());
        byClient.getItems().setAll(dashboard.byClientLines().stream()
                .filter(l -> clientId == null || l.client().id() == clientId).toList());

        Set<String> chartCurrencies = new LinkedHashSet<>();
        currencies.forEach(c -> chartCurrencies.add(c.currency()));
        String keep = chartCurrency.getValue();
        chartCurrency.getItems().setAll(chartCurrencies);
        chartCurrency.setDisable(chartCurrencies.size() < 2);
        if (keep != null && chartCurrencies.contains(keep)) {
            chartCurrency.setValue(keep);
            drawChart();
        } else {
            chartCurrency.setValue(chartCurrencies.isEmpty() ? null : largestCollection(f));
        }
        if (Objects.equals(keep, chartCurrency.getValue())) {
            drawChart();
        }
    }

    /** The currency most was collected in over the chart's months, to draw first. */
    private static String largestCollection(Figures f) {
        return f.currencies().stream()
                .max(java.util.Comparator.comparing((CurrencyFigures c) -> f.collectedByMonth().stream()
                        .filter(m -> m.collected().currency().equals(c.currency()))
                        .map(m -> m.collected().amount()).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .thenComparing(CurrencyFigures::currency, java.util.Comparator.reverseOrder()))
                .map(CurrencyFigures::currency).orElse(null);
    }

    private void drawChart() {
        chart.getData().clear();
        String currency = chartCurrency.getValue();
        if (dashboard == null || currency == null) {
            return;
        }
        Figures f = dashboard.figures(chosenClientId());
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(currency);
        List<String> categories = new ArrayList<>();
        for (MonthAmount month : f.collectedByMonth()) {
            if (!month.collected().currency().equals(currency)) {
                continue;
            }
            // months without their year keep the labels upright; the hint above names the first and last
            String label = month.month().format(shortMonthFormat);
            categories.add(label);
            // the chart draws in double; the amount shown in the tooltip stays exact
            XYChart.Data<String, Number> bar = new XYChart.Data<>(label, month.collected().amount().doubleValue());
            Money exact = month.collected();
            bar.nodeProperty().addListener((o, old, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(month.month().format(monthFormat) + ": " + formats.money(exact)));
                }
            });
            series.getData().add(bar);
        }
        ((CategoryAxis) chart.getXAxis()).getCategories().setAll(categories);
        List<YearMonth> months = f.collectedByMonth().stream().map(MonthAmount::month).distinct().sorted().toList();
        if (!months.isEmpty()) {
            chartHint.setText(context.t("reports.chart.hint", months.get(0).format(monthFormat),
                    months.get(months.size() - 1).format(monthFormat)));
        }
        chart.getData().add(series);
    }

    private void updateButtons() {
        boolean noDashboard = context.workspaceProperty().get() == null;
        reportButtons.forEach(b -> b.setDisable(noDashboard));
        if (statementButton != null) {
            statementButton.setDisable(noDashboard || chosenClientId() == null);
        }
    }

    // --- PDF reports ------------------------------------------------------------------------------

    private void chooseFileAndSave(ReportKind kind) {
        ReportPeriod period = period();
        if (period == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(context.t("reports.pdf.save", context.i18n().t("reports.pdf", kind)));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(context.t("reports.pdf.files"), "*.pdf"));
        chooser.setInitialFileName(suggestedFileName(kind, period));
        java.io.File home = new java.io.File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        java.io.File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            save(kind, file.toPath());
        }
    }

    /** "recoup-statement-acme-bank-2026-06-01-2026-06-14.pdf". */
    String suggestedFileName(ReportKind kind, ReportPeriod period) {
        ClientInfo chosen = client.getValue();
        String who = chosenClientId() == null ? "all" : chosen.name().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return "recoup-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + (who.isEmpty() ? "client" : who) + "-"
                + period.from() + "-" + period.to() + ".pdf";
    }

    /** Writes a PDF report of the chosen client and period to {@code file}, in the background. */
    Task<Path> save(ReportKind kind, Path file) {
        ReportPeriod period = period();
        if (period == null) {
            return null;
        }
        Long clientId = chosenClientId();
        String name = context.i18n().t("reports.pdf", kind);
        saved.setText("");
        reportButtons.forEach(b -> b.setDisable(true));
        Task<Path> task = context.tasks().runLong(context.t("reports.pdf.running", name), progress -> {
            return context.workspace().reports().save(kind, clientId, period, context.i18n().language(), file, progress);
        }, written -> {
            updateButtons();
            saved.setText(context.t("reports.pdf.saved", name, written.toString()));
        }, failure -> {
            updateButtons();
            context.dialogs().showError(failure);
        });
        task.stateProperty().addListener((o, old, state) -> {
            if (state == Worker.State.CANCELLED) {
                updateButtons();
                saved.setText(context.t("reports.pdf.cancelled", name));
            }
        });
        return task;
    }

    // --- texts ------------------------------------------------------------------------------------

    private static List<String> lines(List<CurrencyFigures> currencies, Function<CurrencyFigures, String> text) {
        return currencies.isEmpty() ? List.of("—") : currencies.stream().map(text).toList();
    }

    private String count(long n) {
        return java.text.NumberFormat.getIntegerInstance(context.i18n().locale()).format(n);
    }

    private String percent(BigDecimal percent) {
        return percent == null ? "—" : context.t("reports.percent", percent);
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /** A figure card: a title, one big line per currency, and a small line under them. */
    private static final class Card extends VBox {
        private final VBox values = new VBox(2);
        private final Label note = new Label();

        Card(String id, String title) {
            super(6);
            setId(id);
            getStyleClass().add("report-card");
            Label heading = new Label(title);
            heading.getStyleClass().addAll("report-card-title", Styles.TEXT_SMALL);
            heading.setWrapText(true);
            note.getStyleClass().addAll("report-card-note", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            note.setWrapText(true);
            values.getChildren().add(value("—"));
            getChildren().addAll(heading, values, note);
            setMinWidth(0);
            setMaxWidth(Double.MAX_VALUE);
        }

        private static Label value(String text) {
            Label label = new Label(text);
            label.getStyleClass().add("report-card-value");
            label.setMinWidth(Region.USE_PREF_SIZE);
            return label;
        }

        void show(List<String> lines, String noteText) {
            values.getChildren().setAll(lines.stream().map(Card::value).toList());
            note.setText(noteText);
        }
    }
}
