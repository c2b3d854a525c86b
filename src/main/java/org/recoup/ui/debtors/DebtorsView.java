package org.recoup.ui.debtors;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.view.DebtorRow;
import org.recoup.domain.view.DebtorSort;
import org.recoup.service.debts.ClientService.ClientView;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.Formats;
import org.recoup.ui.exchange.ExportDialog;
import org.recoup.ui.exchange.ImportWizard;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;

/** The Debtors screen: a filter bar, the list (paged from the database) and the selected debtor. */
public final class DebtorsView extends BorderPane {

    private final AppContext context;
    private final DebtorListViewModel model;
    private final TableView<DebtorRow> table = new TableView<>();
    private final DebtorDetailView detail;
    private final Formats formats;

    public DebtorsView(AppContext context) {
        this.context = context;
        this.model = new DebtorListViewModel(context);
        this.formats = new Formats(context.i18n().locale());
        this.detail = new DebtorDetailView(context, this::debtorChanged);
        setTop(filterBar());
        SplitPane split = new SplitPane(tablePane(), detail);
        split.setDividerPositions(0.58);
        setCenter(split);
        model.refresh();
    }

    private Region filterBar() {
        Button create = new Button(context.t("debtors.new"), new FontIcon(Feather.USER_PLUS));
        create.setId("new-debtor");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> DebtorEditorDialog.create(context).ifPresent(this::debtorCreated));
        Button importFile = new Button(context.t("debtors.import"), new FontIcon(Feather.UPLOAD));
        importFile.setId("import-button");
        importFile.setOnAction(e -> ImportWizard.show(context, model::refresh));
        Button export = new Button(context.t("debtors.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("export-button");
        export.setOnAction(e -> ExportDialog.show(context, model.filter(), model.countProperty().get()));
        Button letters = new Button(context.t("debtors.letters"), new FontIcon(Feather.MAIL));
        letters.setId("letters-button");
        letters.setTooltip(new javafx.scene.control.Tooltip(context.t("debtors.lettersHint")));
        letters.disableProperty().bind(model.balanceErrorProperty().isNotNull());
        letters.setOnAction(e -> context.openLetters(model.filterExpression()));

        ComboBox<DebtStatus> status = new ComboBox<>();
        status.getItems().add(null);
        status.getItems().addAll(Arrays.asList(DebtStatus.values()));
        status.setButtonCell(statusCell());
        status.setCellFactory(list -> statusCell());
        status.setPromptText(context.t("debtors.filter.anyStatus"));
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setId("filter-status");

        ComboBox<ClientView> client = new ComboBox<>();
        client.setPromptText(context.t("debtors.filter.anyClient"));
        client.setButtonCell(clientCell());
        client.setCellFactory(list -> clientCell());
        client.valueProperty().bindBidirectional(model.clientProperty());
        client.setOnShowing(e -> context.tasks().run(p -> context.workspace().clients().all(), clients -> {
            ClientView selected = client.getValue();
            client.getItems().setAll((ClientView) null);
            client.getItems().addAll(clients);
            client.setValue(selected);
        }));

        TextField min = new TextField();
        min.setPromptText(context.t("debtors.filter.minBalance"));
        min.setPrefColumnCount(7);
        min.textProperty().bindBidirectional(model.minBalanceProperty());
        TextField max = new TextField();
        max.setPromptText(context.t("debtors.filter.maxBalance"));
        max.setPrefColumnCount(7);
        max.textProperty().bindBidirectional(model.maxBalanceProperty());
        model.balanceErrorProperty().addListener((o, a, error) -> {
            min.pseudoClassStateChanged(Styles.STATE_DANGER, error != null);
            max.pseudoClassStateChanged(Styles.STATE_DANGER, error != null);
        });

        ComboBox<DebtorListViewModel.ContactAge> contact = new ComboBox<>();
        contact.getItems().addAll(DebtorListViewModel.ContactAge.values());
        contact.setButtonCell(contactCell());
        contact.setCellFactory(list -> contactCell());
        contact.valueProperty().bindBidirectional(model.contactAgeProperty());

        Button clear = new Button(context.t("debtors.filter.clear"));
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> model.clearFilters());

        Label count = new Label();
        count.setId("debtor-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        model.countProperty().addListener((o, a, n) -> count.setText(n.longValue() < 0 ? context.t("debtors.counting")
                : context.t("debtors.count", n.longValue())));

        Label title = new Label(context.t("nav.debtors"));
        title.getStyleClass().add(Styles.TITLE_3);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, title, count, spacer, importFile, export, letters, create);
        top.setAlignment(Pos.CENTER_LEFT);
        FlowPane filters = new FlowPane(8, 8, new Label(context.t("debtors.filter")), status, client, min, max, contact,
                clear);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(8, top, filters);
        bar.setPadding(new Insets(10, 12, 10, 12));
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private Region tablePane() {
        table.setId("debtor-table");
        table.setItems(model.rows());
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(context.t("debtors.none")));

        TableColumn<DebtorRow, String> name = column("debtors.col.name", DebtorSort.NAME,
                r -> r.id() < 0 ? context.t("debtors.loading") : r.name());
        name.setPrefWidth(170);
        TableColumn<DebtorRow, String> nativeName = column("debtors.col.nativeName", null,
                r -> r.nativeName() == null ? "" : r.nativeName());
        TableColumn<DebtorRow, String> status = column("debtors.col.status", DebtorSort.STATUS,
                r -> r.status() == null ? "" : context.i18n().t("status", r.status()));
        status.setCellFactory(org.recoup.ui.money.BrokenPlanMarker.cells(model::hasBrokenPlan,
                context.t("money.brokenPlan.listTip")));
        TableColumn<DebtorRow, String> balance = column("debtors.col.balance", DebtorSort.BALANCE,
                r -> r.currency() == null ? (r.id() < 0 ? "" : context.t("debtors.mixed")) : formats.money(r.balance(), r.currency()));
        balance.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<DebtorRow, String> lastContact = column("debtors.col.lastContact", DebtorSort.LAST_CONTACT,
                r -> r.lastContactAt() == null ? "" : formats.listDate(r.lastContactAt().atZone(ZoneId.systemDefault()).toLocalDate()));
        TableColumn<DebtorRow, String> localTime = column("debtors.col.localTime", null,
                r -> r.homeZone() == null ? "" : formats.time(Instant.now(context.clock()).atZone(ZoneId.of(r.homeZone()))));
        nativeName.setPrefWidth(90);
        status.setPrefWidth(95);
        balance.setPrefWidth(115);
        lastContact.setPrefWidth(115);
        localTime.setPrefWidth(82);
        table.getColumns().setAll(java.util.List.of(name, nativeName, status, balance, lastContact, localTime));
        name.setSortType(TableColumn.SortType.ASCENDING);
        table.getSortOrder().add(name);
        table.setSortPolicy(t -> {
            if (!t.getSortOrder().isEmpty()) {
                TableColumn<DebtorRow, ?> first = t.getSortOrder().get(0);
                if (first.getUserData() instanceof DebtorSort sort) {
                    model.sortBy(sort, first.getSortType() == TableColumn.SortType.ASCENDING);
                }
            }
            return true;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null && row.id() >= 0) {
                detail.show(row.id());
            }
        });
        VBox box = new VBox(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private TableColumn<DebtorRow, String> column(String key, DebtorSort sort,
                                                  java.util.function.Function<DebtorRow, String> value) {
        TableColumn<DebtorRow, String> column = new TableColumn<>(context.t(key));
        Callback<TableColumn.CellDataFeatures<DebtorRow, String>, javafx.beans.value.ObservableValue<String>> factory =
                cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue()));
        column.setCellValueFactory(factory);
        column.setUserData(sort);
        column.setSortable(sort != null);
        return column;
    }

    /** Shows a debtor (from the search or elsewhere). */
    public void open(long debtorId) {
        table.getSelectionModel().clearSelection();
        detail.show(debtorId);
    }

    private void debtorCreated(long debtorId) {
        model.refresh();
        detail.show(debtorId);
    }

    /** Reloads the list (after plans were evaluated, for instance). */
    public void refresh() {
        model.refresh();
    }

    private void debtorChanged(long debtorId) {
        model.refresh();
    }

    private ListCell<DebtStatus> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(DebtStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? context.t("debtors.filter.anyStatus") : context.i18n().t("status", item));
            }
        };
    }

    private ListCell<ClientView> clientCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ClientView item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? context.t("debtors.filter.anyClient") : item.name());
            }
        };
    }

    private ListCell<DebtorListViewModel.ContactAge> contactCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(DebtorListViewModel.ContactAge item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : context.i18n().t("debtors.filter.contact", item));
            }
        };
    }
}
