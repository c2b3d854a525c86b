package org.recoup.ui.work;

import java.time.ZoneId;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.recoup.domain.ActionStatus;
import org.recoup.domain.Direction;
import org.recoup.domain.Language;
import org.recoup.service.compliance.CheckResult;
import org.recoup.service.debtors.ContactView;
import org.recoup.service.work.EventView;
import org.recoup.service.work.PromiseView;
import org.recoup.service.work.ScheduledView;
import org.recoup.service.work.SchedulingService;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.Formats;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;

/**
 * A debtor's contacts tab: the contact log, what is scheduled (each with its verdict as he stands
 * now), promises and events; and the day's tools: log a contact, schedule, record an event, add a
 * third party, and the pre-flight "check the next 14 days".
 */
public final class DebtorWorkPane extends VBox {

    private final AppContext context;
    private final Runnable onChanged;
    private final Formats formats;
    private final TableView<ContactView> contacts = new TableView<>();
    private final TableView<ScheduledView> scheduled = new TableView<>();
    private final VBox promises = new VBox(4);
    private final VBox events = new VBox(4);
    private final VBox preflight = new VBox(4);
    private long debtorId;

    public DebtorWorkPane(AppContext context, Runnable onChanged) {
        this.context = context;
        this.onChanged = onChanged;
        this.formats = new Formats(context.i18n().locale());
        Button log = button("work.log", Feather.EDIT_3, "log-contact", () -> LogContactDialog.open(context, debtorId,
                LogContactDialog.Prefill.NONE, r -> changed()));
        log.getStyleClass().add(Styles.ACCENT);
        Button schedule = button("work.schedule", Feather.CALENDAR, "schedule-action",
                () -> ScheduleDialog.open(context, debtorId, s -> changed()));
        Button event = button("work.event", Feather.FLAG, "record-event", () -> EventDialog.open(context, debtorId,
                this::changed));
        Button person = button("work.thirdParty", Feather.USER_PLUS, "add-third-party",
                () -> ThirdPartyDialog.open(context, debtorId, this::changed));
        Button check = button("work.preflight", Feather.SHIELD, "preflight", this::runPreflight);
        FlowPane actions = new FlowPane(8, 8, log, schedule, event, person, check);
        actions.setPadding(new Insets(8));
        preflight.setId("preflight-result");
        preflight.setPadding(new Insets(0, 8, 0, 8));

        contacts.setId("contacts-table");
        contacts.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        contacts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        contacts.setPlaceholder(new Label(context.t("detail.contacts.none")));
        contacts.getColumns().setAll(List.of(
                col("contact.at", (ContactView c) -> formats.dateTime(c.at(), ZoneId.systemDefault())),
                col("contact.channel", (ContactView c) -> context.i18n().t("channel", c.channel())
                        + (c.direction() == Direction.INBOUND ? " ← " : " → ")),
                col("contact.outcome", (ContactView c) -> c.outcome() == null ? "" : context.i18n().t("outcome", c.outcome())),
                col("contact.location", (ContactView c) -> c.location() == null ? "" : c.location()),
                col("contact.debts", (ContactView c) -> String.join(", ", c.debtReferences())),
                col("contact.notes", (ContactView c) -> c.notes() == null ? "" : c.notes())));

        scheduled.setId("scheduled-table");
        scheduled.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        scheduled.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        scheduled.setPlaceholder(new Label(context.t("work.scheduled.none")));
        TableColumn<ScheduledView, ScheduledView> verdict = new TableColumn<>(context.t("queue.col.verdict"));
        verdict.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        verdict.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ScheduledView item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null || item.check() == null ? null
                        : VerdictChip.of(context.i18n(), item.check().level()));
            }
        });
        scheduled.getColumns().setAll(List.of(
                col("work.scheduled.at", (ScheduledView s) -> formats.dateTime(s.at(), ZoneId.systemDefault())),
                col("contact.channel", (ScheduledView s) -> context.i18n().t("channel", s.channel())
                        + (s.letterTemplate() == null ? "" : " · " + context.t("letter." + s.letterTemplate()))),
                col("contact.location", (ScheduledView s) -> s.target() == null ? "" : s.target()),
                col("work.scheduled.purpose", (ScheduledView s) -> context.t("purpose." + s.purpose().name())),
                col("work.scheduled.status", (ScheduledView s) -> context.t("actionStatus." + s.status().name())),
                verdict,
                col("contact.notes", (ScheduledView s) -> s.note() == null ? "" : s.note())));
        Button cancel = new Button(context.t("work.scheduled.cancel"), new FontIcon(Feather.X));
        cancel.setId("cancel-action");
        cancel.disableProperty().bind(scheduled.getSelectionModel().selectedItemProperty().isNull());
        cancel.setOnAction(e -> {
            ScheduledView s = scheduled.getSelectionModel().getSelectedItem();
            if (s != null && s.status() == ActionStatus.PLANNED) {
                var scheduling = context.workspace().daily().scheduling();
                context.tasks().run(p -> {
                    scheduling.cancel(s.id());
                    return null;
                }, x -> changed());
            }
        });
        Button logIt = new Button(context.t("work.scheduled.log"), new FontIcon(Feather.CHECK));
        logIt.setId("log-scheduled");
        logIt.disableProperty().bind(scheduled.getSelectionModel().selectedItemProperty().isNull());
        logIt.setOnAction(e -> {
            ScheduledView s = scheduled.getSelectionModel().getSelectedItem();
            if (s != null && s.status() == ActionStatus.PLANNED) {
                LogContactDialog.open(context, debtorId, new LogContactDialog.Prefill(s.channel(), s.locationId(),
                        s.thirdPartyId(), s.debtIds(), s.id(), s.letterTemplate()), r -> changed());
            }
        });
        HBox scheduledBar = new HBox(8, title("work.scheduled.title"), logIt, cancel);
        scheduledBar.setAlignment(Pos.CENTER_LEFT);
        scheduledBar.setPadding(new Insets(8));

        VBox side = new VBox(12, new VBox(6, title("work.promises"), promises), new VBox(6, title("work.events"), events));
        side.setPadding(new Insets(8));
        VBox scheduledBox = new VBox(scheduledBar, scheduled);
        VBox.setVgrow(scheduled, Priority.ALWAYS);
        HBox lower = new HBox(scheduledBox, side);
        HBox.setHgrow(scheduledBox, Priority.ALWAYS);
        side.setPrefWidth(320);
        SplitPane split = new SplitPane(contacts, lower);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().setAll(actions, preflight, split);
    }

    /** Shows the debtor's contact log and loads the rest in the background. */
    public void show(long debtorId, List<ContactView> log) {
        boolean other = this.debtorId != debtorId;
        this.debtorId = debtorId;
        if (other) {
            preflight.getChildren().clear();
        }
        contacts.getItems().setAll(log);
        var daily = context.workspace().daily();
        context.tasks().run(p -> new Loaded(daily.scheduling().forDebtor(debtorId), daily.promises().forDebtor(debtorId),
                daily.events().forDebtor(debtorId), daily.events().inconvenientTimes(debtorId)), this::render);
    }

    private record Loaded(List<ScheduledView> scheduled, List<PromiseView> promises, List<EventView> events,
                          List<org.recoup.service.work.InconvenientTimeView> times) {
    }

    private void render(Loaded loaded) {
        scheduled.getItems().setAll(loaded.scheduled());
        promises.getChildren().clear();
        for (PromiseView p : loaded.promises()) {
            Label line = new Label(context.t("work.promise.line", p.debtReference(), formats.money(p.amount()),
                    formats.date(p.dueDate()), formats.money(p.paid()), context.t("promiseState." + p.state().name())));
            line.setWrapText(true);
            promises.getChildren().add(line);
        }
        if (loaded.promises().isEmpty()) {
            promises.getChildren().add(muted(context.t("work.promises.none")));
        }
        events.getChildren().clear();
        for (EventView e : loaded.events()) {
            String detail = e.channel() != null ? " " + context.i18n().t("channel", e.channel()) : "";
            detail += e.location() != null ? " " + e.location() : "";
            detail += e.thirdParty() != null ? " " + e.thirdParty() : "";
            detail += e.debtReferences().isEmpty() ? "" : " " + String.join(", ", e.debtReferences());
            Label line = new Label(formats.dateTime(e.at(), ZoneId.systemDefault()) + "  "
                    + context.t("event.type." + e.type().name()) + detail);
            line.setWrapText(true);
            events.getChildren().add(line);
        }
        for (var time : loaded.times()) {
            events.getChildren().add(new Label(context.t("work.inconvenient", time.from(), time.to(),
                    time.days().isEmpty() ? context.t("work.everyDay") : time.days().toString())));
        }
        if (events.getChildren().isEmpty()) {
            events.getChildren().add(muted(context.t("work.events.none")));
        }
    }

    /** "Check the next 14 days": every scheduled action the rules would block, and why. */
    private void runPreflight() {
        var scheduling = context.workspace().daily().scheduling();
        long id = debtorId;
        context.tasks().run(p -> scheduling.preflight(id, 14), this::renderPreflight);
    }

    private void renderPreflight(List<SchedulingService.PreflightLine> lines) {
        preflight.getChildren().clear();
        long blocked = lines.stream().filter(SchedulingService.PreflightLine::blocked).count();
        Label head = new Label(blocked == 0 ? context.t("work.preflight.clear", lines.size())
                : context.t("work.preflight.blocked", blocked, lines.size()));
        head.getStyleClass().add(blocked == 0 ? Styles.SUCCESS : Styles.DANGER);
        head.setId("preflight-summary");
        preflight.getChildren().add(head);
        boolean zh = context.i18n().language() == Language.ZH;
        for (SchedulingService.PreflightLine line : lines) {
            if (!line.blocked()) {
                continue;
            }
            StringBuilder why = new StringBuilder();
            for (CheckResult.FindingView f : line.check().findings()) {
                if (f.blocking()) {
                    why.append(f.rule()).append(" (").append(f.citation()).append("): ")
                            .append(zh ? f.messageZh() : f.message()).append("  ");
                }
            }
            Label item = new Label(formats.dateTime(line.action().at(), ZoneId.systemDefault()) + "  "
                    + context.i18n().t("channel", line.action().channel()) + " — " + why.toString().trim()
                    + (line.check().earliestCompliant() == null ? ""
                    : "  " + context.t("verdict.earliest", formats.dateTime(line.check().earliestCompliant(),
                    ZoneId.systemDefault()))));
            item.setWrapText(true);
            preflight.getChildren().add(item);
        }
    }

    private void changed() {
        onChanged.run();
    }

    private Button button(String key, Feather icon, String id, Runnable action) {
        Button button = new Button(context.t(key), new FontIcon(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private Label title(String key) {
        Label label = new Label(context.t(key));
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private <T> TableColumn<T, String> col(String key, java.util.function.Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(context.t(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
