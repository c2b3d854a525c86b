package org.recoup.ui.work;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.recoup.domain.Channel;
import org.recoup.domain.ComplianceEventType;
import org.recoup.domain.RecoupException;
import org.recoup.domain.ValidationException;
import org.recoup.service.debtors.LocationView;
import org.recoup.service.debts.DebtView;
import org.recoup.service.work.Desk;
import org.recoup.service.work.EventRequest;
import org.recoup.service.work.ThirdPartyView;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.DisplayConverter;

import atlantafx.base.theme.Styles;

/**
 * Records what happened, with its date: a cease request, an attorney, a dispute (written or not,
 * verification mailed, resolved), an opt-out of a channel or address, consent to a call window, a
 * third party's objection, the employer's prohibition, or a time the debtor said is inconvenient.
 */
public final class EventDialog {

    /** The kinds offered: every event type, and an inconvenient time. */
    static final String INCONVENIENT = "INCONVENIENT_TIME";

    private final AppContext context;
    private final Desk desk;
    private final Runnable onSaved;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ComboBox<String> kind = new ComboBox<>();
    private final DatePicker date = new DatePicker();
    private final TextField time = new TextField();
    private final List<CheckBox> debtBoxes = new ArrayList<>();
    private final CheckBox written = new CheckBox();
    private final ComboBox<Channel> channel = new ComboBox<>();
    private final ComboBox<Object> location = new ComboBox<>();
    private final ComboBox<ThirdPartyView> thirdParty = new ComboBox<>();
    private final DatePicker windowDate = new DatePicker();
    private final TextField from = new TextField("09:00");
    private final TextField to = new TextField("12:00");
    private final List<CheckBox> weekdays = new ArrayList<>();
    private final TextField notes = new TextField();
    private final Label error = new Label();
    private final GridPane grid = new GridPane();
    private final List<Node[]> rows = new ArrayList<>();

    private EventDialog(AppContext context, Desk desk, Runnable onSaved) {
        this.context = context;
        this.desk = desk;
        this.onSaved = onSaved;
        build();
    }

    public static void open(AppContext context, long debtorId, Runnable onSaved) {
        var daily = context.workspace().daily();
        context.tasks().run(progress -> daily.desk(debtorId), desk -> new EventDialog(context, desk, onSaved).dialog.show());
    }

    private String t(String key, Object... args) {
        return context.t(key, args);
    }

    private void build() {
        dialog.setTitle(t("event.title", desk.debtor().name()));
        dialog.setHeaderText(t("event.title", desk.debtor().name()));
        dialog.initOwner(context.dialogs().owner());
        ButtonType saveType = new ButtonType(t("event.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(saveType, ButtonType.CANCEL);
        dialog.getDialogPane().setId("event-dialog");
        kind.setId("event-kind");
        for (ComplianceEventType type : ComplianceEventType.values()) {
            kind.getItems().add(type.name());
        }
        kind.getItems().add(INCONVENIENT);
        kind.setConverter(DisplayConverter.of(k -> t("event.type." + k)));
        kind.setValue(ComplianceEventType.CEASE.name());
        kind.valueProperty().addListener((o, a, b) -> layout());
        Instant now = Instant.now(context.clock());
        date.setId("event-date");
        date.setValue(now.atZone(desk.home()).toLocalDate());
        time.setId("event-time");
        time.setText(ScheduleModel.time(now, desk.home()));
        time.setPrefColumnCount(6);
        FlowPane debts = new FlowPane(12, 6);
        for (DebtView d : desk.openDebts()) {
            CheckBox box = new CheckBox(d.reference());
            box.setUserData(d);
            box.setSelected(true);
            debtBoxes.add(box);
            debts.getChildren().add(box);
        }
        written.setText(t("event.written"));
        channel.getItems().setAll(Channel.CALL, Channel.SMS, Channel.EMAIL, Channel.VISIT, Channel.LETTER);
        channel.setConverter(DisplayConverter.of(c -> context.i18n().t("channel", c)));
        channel.setValue(Channel.SMS);
        location.getItems().add(t("event.allAddresses"));
        location.getItems().addAll(desk.debtor().locations());
        location.setConverter(DisplayConverter.of(l -> l instanceof LocationView v ? v.display() : l.toString()));
        location.setValue(location.getItems().get(0));
        thirdParty.getItems().setAll(desk.thirdParties());
        thirdParty.setConverter(DisplayConverter.of(ThirdPartyView::name));
        if (!thirdParty.getItems().isEmpty()) {
            thirdParty.setValue(thirdParty.getItems().get(0));
        }
        windowDate.setValue(date.getValue());
        FlowPane days = new FlowPane(8, 4);
        for (DayOfWeek day : DayOfWeek.values()) {
            CheckBox box = new CheckBox(day.getDisplayName(TextStyle.SHORT, context.i18n().locale()));
            box.setUserData(day);
            weekdays.add(box);
            days.getChildren().add(box);
        }
        notes.setId("event-notes");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        grid.setHgap(12);
        grid.setVgap(8);
        HBox when = new HBox(8, date, time, new Label(desk.homeZone()));
        when.setAlignment(Pos.CENTER_LEFT);
        rows.add(row("event.kind", kind));
        rows.add(row("event.when", when));
        rows.add(row("log.debts", debts));
        rows.add(row("", written));
        rows.add(row("event.channel", new HBox(8, channel, location)));
        rows.add(row("event.thirdParty", thirdParty));
        rows.add(row("event.window", new HBox(8, windowDate, from, new Label("–"), to)));
        rows.add(row("event.days", days));
        rows.add(row("event.notes", notes));
        VBox content = new VBox(12, grid, error);
        content.setPadding(new Insets(8));
        content.setPrefWidth(620);
        dialog.getDialogPane().setContent(content);
        layout();
        Button save = (Button) dialog.getDialogPane().lookupButton(saveType);
        save.setId("event-save");
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save();
        });
    }

    private Node[] row(String key, Node field) {
        return new Node[] {new Label(key.isEmpty() ? "" : t(key)), field};
    }

    private void layout() {
        String k = kind.getValue();
        boolean inconvenient = INCONVENIENT.equals(k);
        ComplianceEventType type = inconvenient ? null : ComplianceEventType.valueOf(k);
        boolean[] visible = {
                true,
                !inconvenient,
                type == ComplianceEventType.ATTORNEY || type == ComplianceEventType.DISPUTE
                        || type == ComplianceEventType.VERIFICATION_MAILED || type == ComplianceEventType.DISPUTE_RESOLVED
                        || type == ComplianceEventType.STATUTE_BARRED_CLAIMED,
                type == ComplianceEventType.DISPUTE,
                type == ComplianceEventType.OPT_OUT,
                type == ComplianceEventType.OBJECTION,
                type == ComplianceEventType.CONSENT || inconvenient,
                inconvenient,
                !inconvenient};
        grid.getChildren().clear();
        int r = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (visible[i]) {
                grid.addRow(r++, rows.get(i));
            }
        }
        windowDate.setVisible(!inconvenient);
        windowDate.setManaged(!inconvenient);
        if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private void save() {
        error.setText("");
        var events = context.workspace().daily().events();
        long debtorId = desk.debtor().id();
        String k = kind.getValue();
        try {
            if (INCONVENIENT.equals(k)) {
                LocalTime start = LocalTime.parse(from.getText().trim());
                LocalTime end = LocalTime.parse(to.getText().trim());
                Set<DayOfWeek> on = EnumSet.noneOf(DayOfWeek.class);
                weekdays.stream().filter(CheckBox::isSelected).forEach(b -> on.add((DayOfWeek) b.getUserData()));
                context.tasks().run(p -> events.addInconvenientTime(debtorId, start, end, on), x -> done(),
                        this::failed);
                return;
            }
            ComplianceEventType type = ComplianceEventType.valueOf(k);
            Instant at = ScheduleModel.instant(date.getValue(), time.getText(), desk.home());
            if (at == null) {
                throw new ValidationException("event.at", t("log.error.time"));
            }
            Set<Long> debtIds = new LinkedHashSet<>();
            boolean all = debtBoxes.stream().allMatch(CheckBox::isSelected);
            if (!all) {
                debtBoxes.stream().filter(CheckBox::isSelected).forEach(b -> debtIds.add(((DebtView) b.getUserData()).id()));
            }
            EventRequest request = switch (type) {
                case DISPUTE -> EventRequest.dispute(debtorId, at, debtIds, written.isSelected(), notes());
                case OPT_OUT -> EventRequest.optOut(debtorId, at, channel.getValue(),
                        location.getValue() instanceof LocationView v ? v.id() : null, notes());
                case CONSENT -> EventRequest.consent(debtorId, at,
                        ScheduleModel.instant(windowDate.getValue(), from.getText(), desk.home()),
                        ScheduleModel.instant(windowDate.getValue(), to.getText(), desk.home()), notes());
                case OBJECTION -> {
                    if (thirdParty.getValue() == null) {
                        throw new ValidationException("event.thirdParty", t("event.noThirdParty"));
                    }
                    yield EventRequest.objection(debtorId, at, thirdParty.getValue().id(), notes());
                }
                case CEASE, EMPLOYER_PROHIBITS -> EventRequest.of(debtorId, type, at, Set.of(), notes());
                default -> EventRequest.of(debtorId, type, at, debtIds, notes());
            };
            context.tasks().run(p -> events.record(request), x -> done(), this::failed);
        } catch (RecoupException | java.time.format.DateTimeParseException e) {
            error.setText(e.getMessage());
        }
    }

    private String notes() {
        return notes.getText() == null || notes.getText().isBlank() ? null : notes.getText().trim();
    }

    private void done() {
        dialog.setResult(ButtonType.OK);
        dialog.close();
        onSaved.run();
    }

    private void failed(Throwable failure) {
        if (failure instanceof RecoupException expected) {
            error.setText(expected.getMessage());
        } else {
            context.dialogs().showError(failure);
        }
    }
}
