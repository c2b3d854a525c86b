package org.recoup.ui.money;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.Money;
import org.recoup.domain.PlanKind;
import org.recoup.domain.PlanStatus;
import org.recoup.service.debts.DebtView;
import org.recoup.service.money.BalanceView;
import org.recoup.service.money.InterestView;
import org.recoup.service.money.LedgerRow;
import org.recoup.service.money.LimitationView;
import org.recoup.service.money.MoneyOverview;
import org.recoup.service.money.PlanView;
import org.recoup.service.money.PlanView.InstalmentView;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.EmptyState;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;

/**
 * The debtor detail's "Plan and payments" tab for one of the debtor's debts: the balance by
 * bucket, the limitation and interest terms, the active plan's progress (a broken plan stands out)
 * and the ledger, with the actions that change them. Everything is read with one
 * {@code money().overview(debtId)} through the task runner when the tab is shown.
 */
public final class PlanPaymentsTab extends Tab {

    private static final PseudoClass REVERSED = PseudoClass.getPseudoClass("reversed");
    private static final PseudoClass TOTALS = PseudoClass.getPseudoClass("totals");

    private final AppContext context;
    private final MoneyTexts texts;
    private final Runnable onChanged;
    private final StackPane root = new StackPane();
    private final ComboBox<DebtView> debtPicker = new ComboBox<>();
    private final TableView<LedgerRow> ledger = new TableView<>();
    private final TableView<InstalmentView> instalments = new TableView<>();
    private final VBox summary = new VBox(10);
    private final VBox planBox = new VBox(8);
    private final VBox column = new VBox(12);
    private final ScrollPane body = new ScrollPane(column);
    private final VBox ledgerBox = new VBox(6);
    private final Button record = new Button();
    private final Button reverse = new Button();
    private final Button plan = new Button();
    private final MenuButton more = new MenuButton();
    private final MenuItem fee = new MenuItem();
    private final MenuItem adjust = new MenuItem();
    private final MenuItem writeOff = new MenuItem();
    private List<DebtView> debts = List.of();
    private MoneyOverview overview;
    private boolean stale = true;
    private boolean settingDebts;
    private long loads;

    /**
     * @param onChanged called after the money of a debt changed here: the owner reloads what it shows
     *                  and calls {@link #setDebts} again, which reloads this tab
     */
    public PlanPaymentsTab(AppContext context, Runnable onChanged) {
        super(context.t("detail.tab.plan"));
        this.context = context;
        this.texts = new MoneyTexts(context.i18n());
        this.onChanged = onChanged;
        setId("detail-tab-plan");
        setGraphic(null);
        root.getStylesheets().add(MoneyForms.stylesheet());
        root.getStyleClass().add("money-tab");
        setContent(root);
        build();
        selectedProperty().addListener((o, was, selected) -> {
            if (selected && stale) {
                load();
            }
        });
        showEmpty();
    }

    /** The debtor's debts (the detail calls this each time it loads); keeps the debt shown if it is still there. */
    public void setDebts(List<DebtView> list) {
        DebtView shown = debtPicker.getValue();
        debts = List.copyOf(list);
        DebtView next = shown == null ? null
                : debts.stream().filter(d -> d.id() == shown.id()).findFirst().orElse(null);
        if (next == null) {
            next = debts.stream().filter(d -> !d.status().isClosed()).findFirst()
                    .orElse(debts.isEmpty() ? null : debts.get(0));
            overview = null;
            setGraphic(null);
        }
        settingDebts = true;
        debtPicker.getItems().setAll(debts);
        debtPicker.setValue(next);
        settingDebts = false;
        debtPicker.setVisible(debts.size() > 1);
        debtPicker.setManaged(debts.size() > 1);
        if (next == null) {
            showEmpty();
            stale = false;
            return;
        }
        stale = true;
        if (isSelected()) {
            load();
        }
    }

    private void showEmpty() {
        root.getChildren().setAll(new EmptyState(Feather.CREDIT_CARD, context.t("money.tab.noDebts.title"),
                context.t("money.tab.noDebts.text")));
    }

    private void load() {
        DebtView debt = debtPicker.getValue();
        if (debt == null) {
            return;
        }
        stale = false;
        long ticket = ++loads;
        if (overview == null || overview.balance().debtId() != debt.id()) {
            overview = null;
            for (javafx.scene.control.ButtonBase action : List.of(record, reverse, plan, more)) {
                action.setDisable(true); // another debt: until its figures are in (updateActions)
            }
        }
        long debtId = debt.id();
        var money = context.workspace().money();
        context.tasks().run(progress -> money.overview(debtId), loaded -> {
            if (ticket == loads) {
                render(loaded);
            }
        });
    }

    // ---------------------------------------------------------------- building

    private void build() {
        debtPicker.setId("money-debt");
        debtPicker.setButtonCell(debtCell());
        debtPicker.setCellFactory(list -> debtCell());
        debtPicker.setOnAction(e -> {
            if (!settingDebts && debtPicker.getValue() != null && (overview == null || overview.balance().debtId() != debtPicker.getValue().id())) {
                load();
            }
        });

        action(record, "money-record-payment", "money.tab.recordPayment", Feather.PLUS, Styles.ACCENT);
        action(reverse, "money-reverse", "money.tab.reverse", Feather.CORNER_UP_LEFT, null);
        action(plan, "money-plan", "money.tab.plan", Feather.CALENDAR, null);
        menuItem(fee, "money-add-fee", "money.tab.addFee", Feather.PLUS_CIRCLE);
        menuItem(adjust, "money-adjust", "money.tab.adjust", Feather.SLIDERS);
        menuItem(writeOff, "money-write-off", "money.tab.writeOff", Feather.SCISSORS);
        more.setText(context.t("money.tab.more"));
        more.setGraphic(new FontIcon(Feather.MORE_HORIZONTAL));
        more.setId("money-more");
        more.getItems().setAll(fee, adjust, writeOff);
        record.setOnAction(e -> PaymentDialog.show(context, overview).ifPresent(r -> changed()));
        reverse.setOnAction(e -> ReversalDialog.show(context, overview, ledger.getSelectionModel().getSelectedItem())
                .ifPresent(r -> changed()));
        fee.setOnAction(e -> LedgerActionDialog.show(context, overview, LedgerActionViewModel.Action.FEE)
                .ifPresent(r -> changed()));
        adjust.setOnAction(e -> LedgerActionDialog.show(context, overview, LedgerActionViewModel.Action.ADJUSTMENT)
                .ifPresent(r -> changed()));
        writeOff.setOnAction(e -> LedgerActionDialog.show(context, overview, LedgerActionViewModel.Action.WRITE_OFF)
                .ifPresent(r -> changed()));
        plan.setOnAction(e -> PlanEditorDialog.show(context, overview.balance().debtId(), overview.balance().reference(),
                overview.balance().owedWithAccrued()).ifPresent(a -> changed()));

        FlowPane actions = new FlowPane(6, 6, record, reverse, plan, more);
        actions.setAlignment(Pos.CENTER_LEFT);
        debtPicker.setMaxWidth(Double.MAX_VALUE);

        buildLedger();
        buildInstalments();
        Label ledgerTitle = new Label(context.t("money.tab.ledger"));
        ledgerTitle.getStyleClass().add(Styles.TITLE_4);
        ledgerBox.getChildren().setAll(ledgerTitle, ledger);
        VBox.setVgrow(ledger, Priority.ALWAYS);
        VBox.setVgrow(ledgerBox, Priority.ALWAYS);
        ledger.setMinHeight(200);
        ledger.setPrefHeight(280);

        summary.setId("money-summary");
        column.getChildren().setAll(debtPicker, actions, summary, ledgerBox);
        column.setPadding(new Insets(10, 12, 10, 12));
        column.setFillWidth(true);
        body.setFitToWidth(true);
        // at least as tall as the view (the ledger takes the rest), scrolling when taller
        column.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> body.getViewportBounds().getHeight(), body.viewportBoundsProperty()));
        body.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
    }

    private void menuItem(MenuItem item, String id, String key, Ikon icon) {
        item.setText(context.t(key));
        item.setGraphic(new FontIcon(icon));
        item.setId(id);
    }

    private void action(Button button, String id, String key, Ikon icon, String style) {
        button.setText(context.t(key));
        button.setGraphic(new FontIcon(icon));
        button.setId(id);
        if (style != null) {
            button.getStyleClass().add(style);
        }
    }

    private ListCell<DebtView> debtCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(DebtView item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : context.t("money.tab.debtChoice", item.reference(),
                        item.clientName(), context.i18n().t("status", item.status())));
            }
        };
    }

    private void buildLedger() {
        ledger.setId("money-ledger");
        ledger.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "money-ledger");
        ledger.setPlaceholder(new Label(context.t("money.tab.ledgerEmpty")));
        ledger.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<LedgerRow, String> type = text("money.col.type", texts::entryType, 150);
        type.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                LedgerRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                setGraphic(row == null ? null : entryIcon(row));
            }
        });
        ledger.getColumns().setAll(List.of(
                text("money.col.date", r -> texts.shortDate(r.valueDate()), 104),
                type,
                amount("money.col.principal", LedgerRow::principal),
                amount("money.col.interest", LedgerRow::interest),
                amount("money.col.fees", LedgerRow::fees),
                amount("money.col.credit", LedgerRow::credit),
                amountAlways("money.col.balance", LedgerRow::owedAfter),
                text("money.col.method", r -> texts.method(r.paymentMethod()), 110),
                text("money.col.reference", r -> r.paymentReference() == null ? "" : r.paymentReference(), 110),
                text("money.col.memo", r -> r.memo() == null ? "" : r.memo(), 260)));
        ledger.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LedgerRow item, boolean empty) {
                super.updateItem(item, empty);
                boolean reversed = !empty && item != null && item.type() == LedgerEntryType.PAYMENT && item.reversedBy() != null;
                pseudoClassStateChanged(REVERSED, reversed);
                setTooltip(reversed ? new Tooltip(context.t("money.tab.reversedTip")) : null);
            }
        });
        ledger.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> updateActions());
    }

    private Node entryIcon(LedgerRow row) {
        Ikon icon = switch (row.type()) {
            case PLACEMENT -> Feather.INBOX;
            case INTEREST -> Feather.PERCENT;
            case FEE -> Feather.PLUS_CIRCLE;
            case PAYMENT -> row.reversedBy() != null ? Feather.SLASH : Feather.ARROW_DOWN_LEFT;
            case ADJUSTMENT -> Feather.SLIDERS;
            case REVERSAL -> Feather.CORNER_UP_LEFT;
            case WRITE_OFF -> Feather.SCISSORS;
        };
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("money-entry-icon");
        if (row.type() == LedgerEntryType.REVERSAL) {
            glyph.getStyleClass().add(Styles.DANGER);
        } else if (row.type() == LedgerEntryType.PAYMENT && row.reversedBy() == null) {
            glyph.getStyleClass().add(Styles.SUCCESS);
        }
        return glyph;
    }

    private void buildInstalments() {
        instalments.setId("money-instalments");
        instalments.setFixedCellSize(30);
        instalments.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "money-instalments");
        instalments.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<InstalmentView, String> state = new TableColumn<>(context.t("money.col.state"));
        state.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                texts.instalmentState(InstalmentStates.of(c.getValue(), overview.plan().asOf()))));
        state.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER, "money-state");
                InstalmentView row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null || overview == null || overview.plan() == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                InstalmentStates.Shown shown = InstalmentStates.of(row, overview.plan().asOf());
                setText(item);
                getStyleClass().add("money-state");
                String style = switch (shown) {
                    case PAID -> Styles.SUCCESS;
                    case PAID_LATE, DUE, OVERDUE, PARTLY_PAID -> Styles.WARNING;
                    case MISSED -> Styles.DANGER;
                    case UPCOMING -> null;
                };
                if (style != null) {
                    getStyleClass().add(style);
                }
                FontIcon glyph = new FontIcon(switch (shown) {
                    case PAID, PAID_LATE -> Feather.CHECK;
                    case PARTLY_PAID -> Feather.PIE_CHART;
                    case UPCOMING -> Feather.CLOCK;
                    case DUE, OVERDUE -> Feather.ALERT_CIRCLE;
                    case MISSED -> Feather.X_CIRCLE;
                });
                setGraphic(glyph);
            }
        });
        TableColumn<InstalmentView, String> number = new TableColumn<>(context.t("money.plan.col.number"));
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number() == 0
                ? context.t("money.plan.down") : String.valueOf(c.getValue().number())));
        TableColumn<InstalmentView, String> due = instalmentText("money.plan.col.due", i -> texts.shortDate(i.due()));
        TableColumn<InstalmentView, String> amount = instalmentMoney("money.plan.col.amount", InstalmentView::amount);
        TableColumn<InstalmentView, String> paid = instalmentMoney("money.col.paid", InstalmentView::paid);
        // minimum widths that fit "Down", "14/09/2026", "$1,375.58" and "Upcoming" with its sign
        number.setMinWidth(50);
        number.setMaxWidth(64);
        due.setMinWidth(96);
        amount.setMinWidth(92);
        paid.setMinWidth(92);
        state.setMinWidth(114);
        instalments.getColumns().setAll(List.of(number, due, amount, paid, state));
        for (TableColumn<InstalmentView, ?> column : instalments.getColumns()) {
            column.setSortable(false);
        }
    }

    private TableColumn<LedgerRow, String> text(String key, Function<LedgerRow, String> value, double width) {
        TableColumn<LedgerRow, String> column = new TableColumn<>(context.t(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    /** A signed change: blank when it is zero. */
    private TableColumn<LedgerRow, String> amount(String key, Function<LedgerRow, Money> value) {
        TableColumn<LedgerRow, String> column = text(key, r -> {
            Money m = value.apply(r);
            return m.isZero() ? "" : texts.money(m);
        }, 100);
        column.getStyleClass().add("money-number");
        return column;
    }

    private TableColumn<LedgerRow, String> amountAlways(String key, Function<LedgerRow, Money> value) {
        TableColumn<LedgerRow, String> column = text(key, r -> texts.money(value.apply(r)), 110);
        column.getStyleClass().addAll("money-number", "money-running");
        return column;
    }

    private TableColumn<InstalmentView, String> instalmentText(String key, Function<InstalmentView, String> value) {
        TableColumn<InstalmentView, String> column = new TableColumn<>(context.t(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private TableColumn<InstalmentView, String> instalmentMoney(String key, Function<InstalmentView, Money> value) {
        TableColumn<InstalmentView, String> column = instalmentText(key, i -> texts.money(value.apply(i)));
        column.getStyleClass().add("money-number");
        return column;
    }

    // ---------------------------------------------------------------- showing

    private void render(MoneyOverview loaded) {
        overview = loaded;
        summary.getChildren().clear();
        PlanView current = loaded.plan();
        boolean broken = current != null && current.broken();
        if (broken) {
            summary.getChildren().add(brokenBanner(current));
        }
        // the tab header is outside this tab's style sheet: the theme's danger label colours the icon
        Label tabSign = new Label(null, new FontIcon(Feather.ALERT_OCTAGON));
        tabSign.getStyleClass().add(Styles.DANGER);
        setGraphic(broken ? tabSign : null);
        Node balance = balanceCard(loaded.balance());
        VBox terms = new VBox(10, limitationCard(loaded.limitation()), interestCard(loaded.interest(), loaded.balance()));
        HBox.setHgrow(balance, Priority.SOMETIMES);
        HBox.setHgrow(terms, Priority.ALWAYS);
        HBox cards = new HBox(10, balance, terms);
        summary.getChildren().add(cards);

        ledger.getItems().setAll(loaded.ledger());
        if (!loaded.ledger().isEmpty()) {
            ledger.scrollTo(loaded.ledger().size() - 1);
        }
        column.getChildren().remove(planBox);
        if (current != null) {
            renderPlan(current);
            instalments.getItems().setAll(current.instalments());
            int rows = Math.min(8, Math.max(2, current.instalments().size()));
            instalments.setPrefHeight(34 + rows * instalments.getFixedCellSize() + 4);
            instalments.setMinHeight(instalments.getPrefHeight());
            column.getChildren().add(column.getChildren().indexOf(ledgerBox), planBox);
        } else {
            instalments.getItems().clear();
        }
        updateActions();
        root.getChildren().setAll(body);
    }

    private Node brokenBanner(PlanView broken) {
        InstalmentView missed = InstalmentStates.firstMissed(broken);
        String text;
        if (missed == null) {
            text = broken.endReason() == null ? context.t("money.broken.unknown")
                    : context.t("money.broken.reason", broken.endReason());
        } else if (broken.status() == PlanStatus.BROKEN && broken.endedOn() != null) {
            text = context.t("money.broken.recorded", texts.date(broken.endedOn()), missed.number(),
                    texts.money(missed.amount()), texts.date(missed.due()), texts.money(missed.remaining()));
        } else {
            text = context.t("money.broken.live", missed.number(), texts.money(missed.amount()),
                    texts.date(missed.due()), texts.money(missed.remaining()));
        }
        Message banner = new Message(context.t("money.broken.title"), text, new FontIcon(Feather.ALERT_OCTAGON));
        banner.getStyleClass().add(Styles.DANGER);
        banner.setId("money-broken-plan");
        banner.setMaxWidth(Double.MAX_VALUE);
        return banner;
    }

    private VBox card(String key, Ikon icon, Node content) {
        return card(key, icon, content, null);
    }

    /** A summary card: a title (with {@code aside} on its right, if any) over {@code content}. */
    private VBox card(String key, Ikon icon, Node content, Node aside) {
        Label title = new Label(context.t(key), new FontIcon(icon));
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "money-card-title");
        Node heading = title;
        if (aside != null) {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox box = new HBox(8, title, spacer, aside);
            box.setAlignment(Pos.CENTER_LEFT);
            heading = box;
        }
        VBox card = new VBox(8, heading, content);
        card.getStyleClass().add("money-card");
        card.setMinWidth(160);
        card.setMaxWidth(Double.MAX_VALUE);
        for (Node line : content instanceof VBox box ? box.getChildren() : List.<Node>of()) {
            if (line instanceof Label label) {
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
        }
        return card;
    }

    private Node balanceCard(BalanceView b) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(3);
        int row = 0;
        row = moneyRow(grid, row, "money.bucket.PRINCIPAL", b.principal(), "money-principal");
        row = moneyRow(grid, row, "money.bucket.INTEREST", b.interest(), "money-interest");
        row = moneyRow(grid, row, "money.bucket.FEES", b.fees(), "money-fees");
        grid.add(new Separator(), 0, row++, 2, 1);
        Label totalLabel = new Label(context.t("money.balance.total"));
        totalLabel.getStyleClass().add(Styles.TEXT_BOLD);
        Label total = value(texts.money(b.owed()), "money-total");
        total.getStyleClass().add(Styles.TEXT_BOLD);
        grid.addRow(row++, totalLabel, total);
        if (b.accruedInterest().isPositive()) {
            row = moneyRow(grid, row, "money.balance.accrued", b.accruedInterest(), "money-accrued");
            row = moneyRow(grid, row, "money.balance.payoff", b.owedWithAccrued(), "money-payoff");
        }
        if (b.credit().isPositive()) {
            Label credit = value(texts.money(b.credit()), "money-credit");
            credit.getStyleClass().add(Styles.WARNING);
            grid.addRow(row, new Label(context.t("money.balance.credit")), credit);
        }
        Label status = new Label(context.i18n().t("status", b.status()));
        status.setId("money-debt-status");
        status.getStyleClass().addAll("flag-chip", b.status() == DebtStatus.PLAN ? "money-chip-accent" : "money-chip");
        VBox box = card("money.balance.title", Feather.DOLLAR_SIGN, grid, status);
        box.setId("money-balance");
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private int moneyRow(GridPane grid, int row, String key, Money amount, String id) {
        grid.addRow(row, new Label(context.t(key)), value(texts.money(amount), id));
        return row + 1;
    }

    private static Label value(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add("money-value");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setAlignment(Pos.CENTER_RIGHT);
        GridPane.setHgrow(label, Priority.ALWAYS);
        return label;
    }

    private Node limitationCard(LimitationView l) {
        VBox lines = new VBox(4);
        if (l.expiry() == null) {
            lines.getChildren().add(MoneyForms.muted(context.t("money.limitation.unknown")));
        } else {
            Label expiry = new Label(context.t("money.limitation.expiry", texts.date(l.expiry())));
            expiry.setId("money-limitation-expiry");
            lines.getChildren().add(expiry);
            Label state;
            if (l.expired()) {
                state = new Label(context.t("money.limitation.expired", texts.date(l.expiry())), new FontIcon(Feather.ALERT_OCTAGON));
                state.getStyleClass().add(Styles.DANGER);
            } else {
                state = new Label(context.t("money.limitation.expiresIn", l.daysLeft()),
                        l.revivalWarning() ? new FontIcon(Feather.ALERT_TRIANGLE) : null);
                state.getStyleClass().add(l.revivalWarning() ? Styles.WARNING : Styles.TEXT_MUTED);
            }
            state.setId("money-limitation-state");
            state.setWrapText(true);
            lines.getChildren().add(state);
        }
        String basis = context.t("money.limitation.basis." + l.startBasis().name(), texts.date(l.start()));
        Label years = MoneyForms.muted(context.t("money.limitation.years", l.years(),
                l.yearsSetOnDebt() ? context.t("money.limitation.setOnDebt") : l.jurisdiction(), basis));
        years.setWrapText(true);
        years.setMinHeight(Region.USE_PREF_SIZE);
        lines.getChildren().add(years);
        return card("money.limitation.title", Feather.CLOCK, lines);
    }

    private Node interestCard(InterestView i, BalanceView b) {
        VBox lines = new VBox(4);
        if (i == null) {
            lines.getChildren().add(MoneyForms.muted(context.t("money.interest.none")));
        } else {
            lines.getChildren().add(new Label(context.t("money.interest.terms", i.annualRatePercent().stripTrailingZeros().toPlainString(),
                    context.i18n().t("money.dayCount", i.dayCount()), texts.date(i.start()))));
            if (i.cap() != null) {
                lines.getChildren().add(MoneyForms.muted(context.t("money.interest.cap", texts.money(i.cap()),
                        texts.money(i.posted()))));
            }
            lines.getChildren().add(MoneyForms.muted(context.t("money.interest.accrued", texts.money(i.accrued()),
                    i.accruedDays())));
            if (i.capped()) {
                Label capped = new Label(context.t("money.interest.capped"));
                capped.getStyleClass().add(Styles.WARNING);
                lines.getChildren().add(capped);
            }
        }
        if (overview.plan() != null && overview.plan().status() == PlanStatus.ACTIVE && overview.plan().pauseInterest()) {
            lines.getChildren().add(MoneyForms.muted(context.t("money.interest.paused")));
        }
        return card("money.interest.title", Feather.PERCENT, lines);
    }

    private void renderPlan(PlanView p) {
        Label title = new Label(context.t("money.plan.section"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label status = new Label(texts.planStatus(p), p.broken() ? new FontIcon(Feather.ALERT_OCTAGON) : null);
        status.setId("money-plan-status");
        status.getStyleClass().add("flag-chip");
        status.getStyleClass().add(p.broken() ? "money-chip-danger"
                : p.status() == PlanStatus.ACTIVE ? "money-chip-accent"
                : p.status() == PlanStatus.COMPLETED ? "money-chip-success" : "money-chip");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(10, title, status, spacer);
        heading.setAlignment(Pos.CENTER_LEFT);
        if (p.status() == PlanStatus.ACTIVE) {
            Button cancel = new Button(context.t("money.tab.cancelPlan"), new FontIcon(Feather.X));
            cancel.setId("money-cancel-plan");
            cancel.getStyleClass().addAll(Styles.SMALL, Styles.DANGER, Styles.BUTTON_OUTLINED);
            cancel.setOnAction(e -> CancelPlanDialog.show(context, p).ifPresent(v -> changed()));
            heading.getChildren().add(cancel);
        }
        String terms = p.kind() == PlanKind.SETTLEMENT
                ? context.t("money.plan.termsSettlement", texts.money(p.total()), p.count(),
                        context.i18n().t("money.frequency", p.frequency()), texts.date(p.start()))
                : context.t("money.plan.termsInstalments", texts.money(p.total()), p.count(),
                        context.i18n().t("money.frequency", p.frequency()), texts.date(p.start()));
        if (p.downPayment() != null) {
            terms += context.t("money.listSeparator") + context.t("money.plan.termsDown", texts.money(p.downPayment()));
        }
        Label termsLabel = MoneyForms.muted(terms);
        termsLabel.setWrapText(true);
        termsLabel.setMinHeight(Region.USE_PREF_SIZE);
        ProgressBar progress = new ProgressBar(p.total().isZero() ? 0
                : p.paid().amount().doubleValue() / p.total().amount().doubleValue());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.getStyleClass().add(p.broken() ? Styles.DANGER : p.status() == PlanStatus.COMPLETED ? Styles.SUCCESS : Styles.MEDIUM);
        progress.setId("money-plan-progress");
        Label paid = new Label(context.t("money.plan.paidSoFar", texts.money(p.paid()), texts.money(p.total())));
        paid.setId("money-plan-paid");
        paid.getStyleClass().add(Styles.TEXT_BOLD);
        Label remaining = new Label(context.t("money.plan.remaining", texts.money(p.remaining())));
        remaining.setId("money-plan-remaining");
        FlowPane figures = new FlowPane(18, 4, paid, remaining);
        if (p.next() != null && p.status() == PlanStatus.ACTIVE) {
            Label next = new Label(context.t("money.plan.next", texts.date(p.next().due()), texts.money(p.next().remaining())));
            next.setId("money-plan-next");
            figures.getChildren().add(next);
        } else if (p.endedOn() != null) {
            Label ended = MoneyForms.muted(context.t("money.plan.ended", texts.planStatus(p), texts.date(p.endedOn())));
            figures.getChildren().add(ended);
        }
        planBox.getChildren().setAll(heading, termsLabel, progress, figures, instalments);
        planBox.setPadding(new Insets(8, 6, 8, 6));
        planBox.setId("money-plan");
        planBox.pseudoClassStateChanged(PseudoClass.getPseudoClass("broken"), p.broken());
        planBox.getStyleClass().setAll("money-plan");
    }

    private void updateActions() {
        if (overview == null) {
            return;
        }
        BalanceView b = overview.balance();
        boolean closed = b.status().isClosed();
        record.setDisable(false);
        more.setDisable(false);
        boolean reversible = overview.ledger().stream().anyMatch(LedgerRow::reversible);
        reverse.setDisable(!reversible);
        writeOff.setDisable(!b.owed().isPositive());
        fee.setDisable(closed);
        boolean activePlan = overview.plan() != null && overview.plan().status() == PlanStatus.ACTIVE;
        boolean canTakePlan = !activePlan && b.status().canMoveTo(DebtStatus.PLAN) && b.owedWithAccrued().isPositive();
        plan.setDisable(!canTakePlan);
        plan.setTooltip(new Tooltip(context.t(activePlan ? "money.tab.planActiveTip"
                : canTakePlan ? "money.tab.planTip" : "money.tab.planNotPossibleTip")));
    }

    /** After a change of money: the owner reloads and calls {@link #setDebts}, which reloads this tab. */
    private void changed() {
        stale = true;
        onChanged.run();
    }

    /** The overview shown now (for tests), or null while loading. */
    public MoneyOverview overview() {
        return overview;
    }
}
