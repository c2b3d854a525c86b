package org.recoup.ui.debtors;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.LongConsumer;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.recoup.service.debtors.ContactView;
import org.recoup.service.debtors.DebtorDetail;
import org.recoup.service.debtors.LocationView;
import org.recoup.service.debts.DebtService.DebtStatusChange;
import org.recoup.service.debts.DebtView;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.EmptyState;
import org.recoup.ui.common.Formats;
import org.recoup.ui.money.BrokenPlanMarker;
import org.recoup.ui.money.PlanPaymentsTab;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;

/** One debtor: Overview, Debts, Plan and payments, Contacts, Letters and Audit. */
public final class DebtorDetailView extends StackPane {

    private final AppContext context;
    private final LongConsumer onChanged;
    private final Formats formats;
    private final Label name = new Label();
    private final Label nativeName = new Label();
    private final VBox overview = new VBox(16);
    private final TableView<DebtView> debts = new TableView<>();
    private final org.recoup.ui.work.DebtorWorkPane contacts;
    private final TableView<DebtStatusChange> audit = new TableView<>();
    private final TabPane tabs = new TabPane();
    private final DebtorLettersTab letters;
    private final Timeline clock;
    private final Label brokenPlan;
    private PlanPaymentsTab planTab;
    private DebtorDetail current;

    public DebtorDetailView(AppContext context, LongConsumer onChanged) {
        this.context = context;
        this.onChanged = onChanged;
        this.formats = new Formats(context.i18n().locale());
        this.letters = new DebtorLettersTab(context, this::refresh);
        this.contacts = new org.recoup.ui.work.DebtorWorkPane(context, this::refresh);
        setId("debtor-detail");
        brokenPlan = BrokenPlanMarker.label(context.t("money.brokenPlan.header"));
        brokenPlan.setId("detail-broken-plan");
        getChildren().setAll(new EmptyState(Feather.USER, context.t("detail.none.title"), context.t("detail.none.text")));
        clock = new Timeline(new KeyFrame(Duration.seconds(30), e -> {
            if (current != null) {
                renderOverview(current);
            }
        }));
        clock.setCycleCount(Timeline.INDEFINITE);
    }

    /** Loads and shows the debtor. */
    public void show(long debtorId) {
        var workspace = context.workspace();
        context.tasks().run(progress -> new Loaded(workspace.debtors().detail(debtorId).orElse(null),
                        workspace.debts().forDebtor(debtorId), workspace.debtors().contacts(debtorId),
                        workspace.debts().statusHistoryOfDebtor(debtorId),
                        workspace.money().debtorsWithBrokenPlans(List.of(debtorId)).contains(debtorId)),
                this::render);
    }

    private record Loaded(DebtorDetail debtor, List<DebtView> debts, List<ContactView> contacts,
                          List<DebtStatusChange> audit, boolean brokenPlan) {
    }

    private void render(Loaded loaded) {
        if (loaded.debtor == null) {
            current = null;
            getChildren().setAll(new EmptyState(Feather.USER_X, context.t("detail.gone.title"), context.t("detail.gone.text")));
            return;
        }
        boolean first = current == null || tabs.getTabs().isEmpty();
        current = loaded.debtor;
        if (first) {
            build();
        }
        name.setText(current.name());
        nativeName.setText(current.nativeName() == null ? "" : current.nativeName());
        renderOverview(current);
        debts.getItems().setAll(loaded.debts);
        contacts.show(current.id(), loaded.contacts);
        audit.getItems().setAll(loaded.audit);
        letters.show(loaded.debtor, loaded.debts);
        brokenPlan.setVisible(loaded.brokenPlan);
        planTab.setDebts(loaded.debts);
        clock.play();
    }

    private void build() {
        name.getStyleClass().add(Styles.TITLE_2);
        name.setId("detail-name");
        nativeName.getStyleClass().addAll(Styles.TITLE_3, Styles.TEXT_MUTED);
        Button edit = new Button(context.t("detail.edit"), new FontIcon(Feather.EDIT_2));
        edit.setId("edit-debtor");
        edit.setOnAction(e -> DebtorEditorDialog.edit(context, current).ifPresent(id -> {
            show(id);
            onChanged.accept(id);
        }));
        Button addDebt = new Button(context.t("detail.addDebt"), new FontIcon(Feather.PLUS));
        addDebt.setId("add-debt");
        addDebt.setOnAction(e -> DebtEditorDialog.create(context, current.id()).ifPresent(id -> {
            show(current.id());
            onChanged.accept(current.id());
        }));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // the actions keep their labels; a long name gives way (it is whole under Identity)
        addDebt.setMinWidth(Region.USE_PREF_SIZE);
        edit.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(12, name, nativeName, brokenPlan, spacer, addDebt, edit);
        header.setAlignment(Pos.BASELINE_LEFT);
        header.setPadding(new Insets(12, 16, 8, 16));

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(
                tab("detail.tab.overview", scroll(overview)),
                tab("detail.tab.debts", debtsPane()),
                planTab = new PlanPaymentsTab(context, this::refresh),
                tab("detail.tab.contacts", contacts),
                letters.attachedTo(tab("detail.tab.letters", letters)),
                tab("detail.tab.audit", auditPane()));
        VBox box = new VBox(header, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().setAll(box);
    }

    private Tab tab(String key, Node content) {
        Tab tab = new Tab(context.t(key), content);
        tab.setId(key.replace('.', '-'));
        return tab;
    }

    private static Node scroll(Region content) {
        javafx.scene.control.ScrollPane pane = new javafx.scene.control.ScrollPane(content);
        pane.setFitToWidth(true);
        content.setPadding(new Insets(16));
        return pane;
    }

    private void renderOverview(DebtorDetail d) {
        GridPane identity = new GridPane();
        identity.setHgap(16);
        identity.setVgap(6);
        int row = 0;
        identity.addRow(row++, muted(context.t("debtor.kind")), new Label(context.i18n().t("debtor.kind", d.kind())));
        identity.addRow(row++, muted(context.t("debtor.name")), new Label(d.name()));
        if (d.nativeName() != null) {
            identity.addRow(row++, muted(context.t("debtor.nativeName")), new Label(d.nativeName()));
        }
        identity.addRow(row++, muted(context.t("debtor.language")), new Label(context.i18n().t("language", d.preferredLanguage())));
        if (d.notes() != null) {
            Label notes = new Label(d.notes());
            notes.setWrapText(true);
            identity.addRow(row, muted(context.t("debtor.notes")), notes);
        }

        VBox locations = new VBox(8);
        Instant now = Instant.now(context.clock());
        for (LocationView l : d.locations()) {
            FontIcon icon = new FontIcon(switch (l.kind()) {
                case ADDRESS -> Feather.HOME;
                case PHONE -> Feather.PHONE;
                case EMAIL -> Feather.AT_SIGN;
            });
            Label what = new Label(l.display() + (l.phoneType() == null ? "" : "  (" + context.i18n().t("phoneType", l.phoneType()) + ")"));
            Label time = new Label(context.t("detail.localTime", formats.time(now.atZone(ZoneId.of(l.timeZone()))), l.timeZone()));
            time.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "local-time");
            VBox text = new VBox(2, what, time);
            HBox line = new HBox(10, icon, text);
            line.setAlignment(Pos.TOP_LEFT);
            locations.getChildren().add(line);
        }

        FlowPane flags = new FlowPane(8, 8);
        for (String flag : d.flags()) {
            Label chip = new Label(context.t(flag));
            chip.getStyleClass().addAll("flag-chip", flag.startsWith("status.") ? "flag-status" : "flag-info");
            flags.getChildren().add(chip);
        }
        if (d.flags().isEmpty()) {
            flags.getChildren().add(muted(context.t("detail.noFlags")));
        }

        overview.getChildren().setAll(section("detail.identity", identity), section("detail.locations", locations),
                section("detail.flags", flags));
    }

    private VBox section(String key, Node body) {
        Label title = new Label(context.t(key));
        title.getStyleClass().add(Styles.TITLE_4);
        return new VBox(8, title, body);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private Node debtsPane() {
        debts.setId("debts-table");
        debts.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        debts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        debts.setPlaceholder(new Label(context.t("detail.debts.none")));
        debts.getColumns().setAll(List.of(
                col("debt.reference", DebtView::reference),
                col("debt.client", DebtView::clientName),
                col("debt.status", d -> context.i18n().t("status", d.status())),
                col("debt.balance", d -> formats.money(d.balance().owed())),
                col("debt.product", d -> context.i18n().t("product", d.product())),
                col("debt.placedAt", d -> formats.dateTime(d.placedAt(), ZoneId.systemDefault()))));
        Button edit = new Button(context.t("detail.debts.edit"), new FontIcon(Feather.EDIT_2));
        edit.setId("edit-debt");
        edit.disableProperty().bind(debts.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> DebtEditorDialog.edit(context, debts.getSelectionModel().getSelectedItem())
                .ifPresent(id -> refresh()));
        Button status = new Button(context.t("detail.debts.status"), new FontIcon(Feather.FLAG));
        status.setId("change-status");
        status.disableProperty().bind(debts.getSelectionModel().selectedItemProperty().isNull());
        status.setOnAction(e -> StatusDialog.show(context, debts.getSelectionModel().getSelectedItem())
                .ifPresent(id -> refresh()));
        HBox actions = new HBox(8, edit, status);
        actions.setPadding(new Insets(8));
        VBox box = new VBox(actions, debts);
        VBox.setVgrow(debts, Priority.ALWAYS);
        return box;
    }

    private Node auditPane() {
        audit.setId("audit-table");
        audit.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        audit.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        audit.setPlaceholder(new Label(context.t("detail.audit.none")));
        audit.getColumns().setAll(List.of(
                col("audit.at", a -> formats.dateTime(a.change().at(), ZoneId.systemDefault())),
                col("audit.debt", DebtStatusChange::reference),
                col("audit.change", a -> context.i18n().t("status", a.change().from()) + " → "
                        + context.i18n().t("status", a.change().to())),
                col("audit.reason", a -> a.change().reason())));
        return audit;
    }

    private <T> TableColumn<T, String> col(String key, java.util.function.Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(context.t(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private void refresh() {
        if (current != null) {
            show(current.id());
            onChanged.accept(current.id());
        }
    }
}
