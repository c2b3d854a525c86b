package org.recoup.ui.work;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.recoup.domain.Language;
import org.recoup.service.compliance.CheckResult;
import org.recoup.service.work.Queue;
import org.recoup.service.work.QueueItem;
import org.recoup.service.work.WorkQueueService;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.Formats;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;

/**
 * The first screen: today's actions, each compliant at its time (or moved to its earliest
 * compliant time), in priority order. Enter or O opens the debtor, L logs the outcome; the logged
 * item leaves the queue and the next one is selected. Built in the background, with its state shown.
 * "Show" narrows it to one kind of action (promises due, broken promises, new placements…), each
 * with its count, so a long day can be worked a kind at a time.
 */
public final class WorkQueueView extends BorderPane {

    private final AppContext context;
    private final Formats formats;
    private final TableView<QueueItem> table = new TableView<>();
    private final ObservableList<QueueItem> all = FXCollections.observableArrayList();
    private final FilteredList<QueueItem> shown = new FilteredList<>(all);
    /** The kind of action shown; null for all of them. */
    private final ComboBox<WorkQueueService.Priority> kind = new ComboBox<>();
    private final Map<WorkQueueService.Priority, Integer> counts = new EnumMap<>(WorkQueueService.Priority.class);
    private Instant builtAt;
    private final Label status = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Label placeholder = new Label();
    private final Button refresh;
    private final ZoneId user;

    public WorkQueueView(AppContext context) {
        this.context = context;
        this.formats = new Formats(context.i18n().locale());
        this.user = context.clock().getZone();
        setId("work-queue");
        Label title = new Label(context.t("queue.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        refresh = new Button(context.t("queue.refresh"), new FontIcon(Feather.REFRESH_CW));
        refresh.setId("queue-refresh");
        refresh.setOnAction(e -> refresh());
        Button open = new Button(context.t("queue.open"), new FontIcon(Feather.USER));
        open.setId("queue-open");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openSelected());
        Button log = new Button(context.t("queue.log"), new FontIcon(Feather.EDIT_3));
        log.setId("queue-log");
        log.getStyleClass().add(Styles.ACCENT);
        log.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        log.setOnAction(e -> logSelected());
        busy.setMaxSize(18, 18);
        busy.setVisible(false);
        status.setId("queue-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        kind.setId("queue-kind");
        kind.setButtonCell(kindCell());
        kind.setCellFactory(list -> kindCell());
        kind.valueProperty().addListener((o, a, chosen) -> showKind(chosen));
        HBox header = new HBox(12, title, busy, status, spacer, kind, open, log, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(12, 16, 8, 16));
        Label keys = new Label(context.t("queue.keys"));
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        keys.setPadding(new Insets(0, 16, 8, 16));
        setTop(new VBox(header, keys));
        buildTable();
        setCenter(table);
        refresh();
    }

    private void buildTable() {
        table.setId("queue-table");
        table.setItems(shown);
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(placeholder);
        TableColumn<QueueItem, String> priority = col("queue.col.priority",
                i -> context.t("queue.priority." + i.priority().name()));
        priority.setPrefWidth(120);
        TableColumn<QueueItem, String> local = col("queue.col.local", i -> ScheduleModel.time(i.at(), ZoneId.of(i.homeZone()))
                + "  " + shortZone(i.homeZone()) + (i.moved() ? "  ↻" : ""));
        local.setPrefWidth(160);
        TableColumn<QueueItem, String> mine = col("queue.col.user", i -> ScheduleModel.time(i.at(), user));
        mine.setPrefWidth(95);
        TableColumn<QueueItem, String> debtor = col("queue.col.debtor", i -> i.debtorName()
                + (i.debtorNativeName() == null ? "" : "  " + i.debtorNativeName()));
        debtor.setPrefWidth(160);
        TableColumn<QueueItem, String> debt = col("queue.col.debt", QueueItem::debtReference);
        debt.setPrefWidth(125);
        TableColumn<QueueItem, String> action = col("queue.col.action", this::action);
        action.setPrefWidth(105);
        TableColumn<QueueItem, String> balance = col("queue.col.balance", i -> i.balance() == null ? ""
                : formats.money(i.balance(), i.currency()));
        balance.setPrefWidth(105);
        TableColumn<QueueItem, QueueItem> verdict = new TableColumn<>(context.t("queue.col.verdict"));
        verdict.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        verdict.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(QueueItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                Label chip = VerdictChip.of(context.i18n(), item.verdict());
                String warning = warning(item);
                setGraphic(chip);
                setTooltip(warning == null ? null : new Tooltip(warning));
            }
        });
        verdict.setPrefWidth(100);
        TableColumn<QueueItem, String> reason = col("queue.col.reason", this::reason);
        reason.setPrefWidth(520);
        table.getColumns().setAll(List.of(priority, local, mine, debtor, debt, action, balance, verdict, reason));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.O) {
                e.consume();
                openSelected();
            } else if (e.getCode() == KeyCode.L) {
                e.consume();
                logSelected();
            }
        });
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<QueueItem>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openSelected();
                }
            });
            return row;
        });
    }

    private String action(QueueItem i) {
        String what = i.channel() == null ? context.t("queue.action.LEGAL_REVIEW") : context.i18n().t("channel", i.channel());
        return i.letterTemplate() == null ? what : what + " · " + context.t("letter." + i.letterTemplate());
    }

    private String reason(QueueItem i) {
        Object[] args = i.reasonArgs().toArray();
        if ("scheduled".equals(i.reasonKey()) && args.length > 0) {
            args[0] = context.t("purpose." + args[0]);
        }
        String text = context.t("queue.reason." + i.reasonKey(), args);
        String warning = warning(i);
        if (i.verdict() == CheckResult.Level.WARN && warning != null) {
            text = text + " — " + warning;
        }
        if (i.moved()) {
            text = text + " — " + context.t("queue.moved", ScheduleModel.time(i.proposedAt(), ZoneId.of(i.homeZone())));
        }
        return text;
    }

    private String warning(QueueItem item) {
        if (item.check() == null || item.check().findings().isEmpty()) {
            return null;
        }
        CheckResult.FindingView f = item.check().findings().get(0);
        return f.rule() + ": " + (context.i18n().language() == Language.ZH ? f.messageZh() : f.message());
    }

    private static String shortZone(String zone) {
        int slash = zone.lastIndexOf('/');
        return (slash < 0 ? zone : zone.substring(slash + 1)).replace('_', ' ');
    }

    private <T> TableColumn<QueueItem, String> col(String key, java.util.function.Function<QueueItem, String> value) {
        TableColumn<QueueItem, String> column = new TableColumn<>(context.t(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    /** Records what the ledger says of promises and plans, then builds the queue now, in the background. */
    public void refresh() {
        var daily = context.workspace().daily();
        busy.setVisible(true);
        refresh.setDisable(true);
        status.setText(context.t("queue.loading"));
        placeholder.setText(context.t("queue.loading"));
        context.tasks().run(progress -> {
            daily.evaluate();
            return daily.queue().now();
        }, this::show, error -> {
            busy.setVisible(false);
            refresh.setDisable(false);
            status.setText(context.t("queue.failed"));
            placeholder.setText(context.t("queue.failed"));
            context.dialogs().showError(error);
        });
    }

    private void show(Queue queue) {
        busy.setVisible(false);
        placeholder.setText(context.t("queue.none"));
        refresh.setDisable(false);
        all.setAll(queue.items());
        builtAt = queue.at();
        countKinds();
        selectFirst();
    }

    /** Shows one kind of action (null: every kind) and selects the first. */
    private void showKind(WorkQueueService.Priority chosen) {
        shown.setPredicate(chosen == null ? null : item -> item.priority() == chosen);
        updateStatus();
        selectFirst();
    }

    private void selectFirst() {
        if (!shown.isEmpty()) {
            table.getSelectionModel().clearAndSelect(0);
            table.scrollTo(0);
            table.requestFocus();
        }
    }

    /** Counts the actions of each kind and offers the kinds there are (the one shown stays chosen while it has any). */
    private void countKinds() {
        counts.clear();
        for (QueueItem item : all) {
            counts.merge(item.priority(), 1, Integer::sum);
        }
        WorkQueueService.Priority chosen = kind.getValue();
        List<WorkQueueService.Priority> kinds = new ArrayList<>();
        kinds.add(null);
        kinds.addAll(counts.keySet());
        kind.getItems().setAll(kinds);
        kind.setValue(chosen != null && counts.containsKey(chosen) ? chosen : null);
        // the cells show counts: make the button cell read them again
        kind.setButtonCell(kindCell());
        updateStatus();
    }

    private ListCell<WorkQueueService.Priority> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(WorkQueueService.Priority item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? context.t("queue.show.all", all.size())
                        : context.t("queue.show.kind", context.t("queue.priority." + item.name()),
                                counts.getOrDefault(item, 0)));
            }
        };
    }

    private void updateStatus() {
        if (builtAt == null) {
            return;
        }
        String time = ScheduleModel.time(builtAt, user);
        status.setText(shown.size() == all.size() ? context.t("queue.status", all.size(), time)
                : context.t("queue.statusShown", shown.size(), all.size(), time));
    }

    private void openSelected() {
        QueueItem item = table.getSelectionModel().getSelectedItem();
        if (item != null) {
            context.openDebtor(item.debtorId());
        }
    }

    /** Logs the selected item's outcome; once logged it leaves the queue and the next item is selected. */
    private void logSelected() {
        QueueItem item = table.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        if (item.channel() == null) {
            if (context.dialogs().confirm(context.t("queue.legal.title"), context.t("queue.legal.text", item.debtReference()))) {
                var strategies = context.workspace().daily().strategies();
                context.tasks().run(progress -> strategies.referForLegalReview(item.debtIds(), null), moved -> done(item));
            }
            return;
        }
        LogContactDialog.open(context, item.debtorId(), new LogContactDialog.Prefill(item.channel(), item.locationId(),
                item.proposal() == null ? null : item.proposal().thirdPartyId(), item.debtIds(), item.scheduledActionId(),
                item.letterTemplate()), receipt -> done(item));
    }

    private void done(QueueItem item) {
        int index = shown.indexOf(item);
        all.remove(item);
        builtAt = Instant.now(context.clock());
        countKinds();
        if (!shown.isEmpty()) {
            int next = Math.min(Math.max(index, 0), shown.size() - 1);
            table.getSelectionModel().clearAndSelect(next);
            table.scrollTo(Math.max(0, next - 3));
        }
        table.requestFocus();
    }
}
