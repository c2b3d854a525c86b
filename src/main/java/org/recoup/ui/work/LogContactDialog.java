package org.recoup.ui.work;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.recoup.domain.Channel;
import org.recoup.domain.ContactOutcome;
import org.recoup.domain.Direction;
import org.recoup.domain.Language;
import org.recoup.domain.Money;
import org.recoup.domain.Party;
import org.recoup.domain.RecoupException;
import org.recoup.domain.ValidationException;
import org.recoup.service.compliance.CheckResult;
import org.recoup.service.debts.DebtView;
import org.recoup.service.work.ComplianceBlockedException;
import org.recoup.service.work.ContactReceipt;
import org.recoup.service.work.ContactRequest;
import org.recoup.service.work.Desk;
import org.recoup.service.work.LetterTemplates;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.DisplayConverter;

import atlantafx.base.theme.Styles;

/**
 * Logs a contact, built for the keyboard: the outcome by its number key (1 No answer, 2 Voicemail,
 * 3 Conversation, 4 Promise to pay, ...), Tab to the fields, Enter saves. A promise reveals its
 * amount (the next instalment or the balance) and date (in a few days); a callback its time. The
 * contact is checked just before it is saved; a blocked one shows the rule and asks for a reason.
 */
public final class LogContactDialog {

    /** What the dialog starts from (from a queue item or a scheduled action); nulls for the defaults. */
    public record Prefill(Channel channel, Long locationId, Long thirdPartyId, Set<Long> debtIds, Long scheduledActionId,
                          String letterTemplate) {
        public static final Prefill NONE = new Prefill(Channel.CALL, null, null, Set.of(), null, null);
    }

    private final AppContext context;
    private final Desk desk;
    private final Prefill prefill;
    private final Consumer<ContactReceipt> onLogged;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ComboBox<Channel> channel = new ComboBox<>();
    private final ComboBox<Direction> direction = new ComboBox<>();
    private final ComboBox<Target> target = new ComboBox<>();
    private final ComboBox<String> letter = new ComboBox<>();
    private final List<CheckBox> debtBoxes = new ArrayList<>();
    private final ToggleGroup outcomes = new ToggleGroup();
    private final TextField amount = new TextField();
    private final DatePicker promiseDate = new DatePicker();
    private final ComboBox<DebtView> promiseDebt = new ComboBox<>();
    private final DatePicker callbackDate = new DatePicker();
    private final TextField callbackTime = new TextField();
    private final TextField notes = new TextField();
    private final TextField override = new TextField();
    private final Label blocked = new Label();
    private final Label error = new Label();
    private final VBox promiseBox;
    private final VBox callbackBox;
    private final VBox blockedBox;
    private boolean saving;

    private LogContactDialog(AppContext context, Desk desk, Prefill prefill, Consumer<ContactReceipt> onLogged) {
        this.context = context;
        this.desk = desk;
        this.prefill = prefill == null ? Prefill.NONE : prefill;
        this.onLogged = onLogged;
        promiseBox = new VBox(6);
        callbackBox = new VBox(6);
        blockedBox = new VBox(6);
        build();
    }

    /** Loads the debtor in the background, then shows the dialog; {@code onLogged} gets the receipt. */
    public static void open(AppContext context, long debtorId, Prefill prefill, Consumer<ContactReceipt> onLogged) {
        var daily = context.workspace().daily();
        context.tasks().run(progress -> daily.desk(debtorId), desk -> new LogContactDialog(context, desk, prefill,
                onLogged).show());
    }

    private String t(String key, Object... args) {
        return context.t(key, args);
    }

    private void build() {
        dialog.setTitle(t("log.title", desk.debtor().name()));
        dialog.setHeaderText(t("log.header", desk.debtor().name()));
        dialog.initOwner(context.dialogs().owner());
        dialog.setResizable(true);
        ButtonType save = new ButtonType(t("log.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().setId("log-dialog");

        channel.setId("log-channel");
        channel.getItems().setAll(Channel.CALL, Channel.SMS, Channel.EMAIL, Channel.LETTER, Channel.VISIT);
        channel.setConverter(DisplayConverter.of(c -> context.i18n().t("channel", c)));
        channel.setValue(prefill.channel() == null ? Channel.CALL : prefill.channel());
        direction.setId("log-direction");
        direction.getItems().setAll(Direction.values());
        direction.setConverter(DisplayConverter.of(d -> t("direction." + d.name())));
        direction.setValue(Direction.OUTBOUND);
        target.setId("log-target");
        letter.setId("log-letter");
        letter.getItems().setAll(LetterTemplates.ALL);
        letter.setConverter(DisplayConverter.of(l -> t("letter." + l)));
        letter.setValue(prefill.letterTemplate() == null ? LetterTemplates.DEMAND : prefill.letterTemplate());
        channel.valueProperty().addListener((o, a, b) -> updateChannel());
        updateChannel();
        if (prefill.locationId() != null || prefill.thirdPartyId() != null) {
            target.getItems().stream().filter(x -> java.util.Objects.equals(x.locationId(), prefill.locationId())
                    && java.util.Objects.equals(x.thirdPartyId(), prefill.thirdPartyId())).findFirst()
                    .ifPresent(target::setValue);
        }

        FlowPane debts = new FlowPane(12, 6);
        for (DebtView d : desk.openDebts()) {
            CheckBox box = new CheckBox(d.reference() + "  " + context.i18n().t("status", d.status()));
            box.setUserData(d);
            box.setSelected(prefill.debtIds().isEmpty() || prefill.debtIds().contains(d.id()));
            box.setId("log-debt-" + d.reference());
            debtBoxes.add(box);
            debts.getChildren().add(box);
        }

        FlowPane outcomeButtons = new FlowPane(6, 6);
        List<ContactOutcome> shown = new ArrayList<>(LogContactModel.KEYED);
        shown.add(ContactOutcome.NOT_IN_SERVICE);
        for (ContactOutcome outcome : shown) {
            String key = LogContactModel.keyOf(outcome);
            ToggleButton button = new ToggleButton((key.isEmpty() ? "" : key + "  ") + context.i18n().t("outcome", outcome));
            button.setUserData(outcome);
            button.setToggleGroup(outcomes);
            button.setId("log-outcome-" + outcome.name());
            outcomeButtons.getChildren().add(button);
        }
        outcomes.selectedToggleProperty().addListener((o, a, b) -> updateOutcome());

        amount.setId("log-promise-amount");
        promiseDate.setId("log-promise-date");
        LocalDate today = Instant.now(context.clock()).atZone(desk.home()).toLocalDate();
        promiseDate.setValue(LogContactModel.defaultPromiseDate(today));
        promiseDebt.getItems().setAll(desk.openDebts());
        promiseDebt.setConverter(DisplayConverter.of(DebtView::reference));
        promiseDebt.valueProperty().addListener((o, a, d) -> amount.setText(defaultAmount(d)));
        if (!promiseDebt.getItems().isEmpty()) {
            DebtView first = promiseDebt.getItems().stream().filter(d -> prefill.debtIds().contains(d.id())).findFirst()
                    .orElse(promiseDebt.getItems().get(0));
            promiseDebt.setValue(first);
            amount.setText(defaultAmount(first));
        }
        GridPane promiseGrid = grid();
        promiseGrid.addRow(0, new Label(t("log.promise.amount")), amount);
        promiseGrid.addRow(1, new Label(t("log.promise.date")), promiseDate);
        if (promiseDebt.getItems().size() > 1) {
            promiseGrid.addRow(2, new Label(t("log.promise.debt")), promiseDebt);
        }
        promiseBox.getChildren().setAll(section(t("log.promise.title")), promiseGrid);

        callbackDate.setId("log-callback-date");
        callbackTime.setId("log-callback-time");
        callbackDate.setValue(today.plusDays(1));
        callbackTime.setText("10:00");
        callbackTime.setPromptText("HH:mm");
        GridPane callbackGrid = grid();
        callbackGrid.addRow(0, new Label(t("log.callback.date")), callbackDate);
        callbackGrid.addRow(1, new Label(t("log.callback.time", desk.homeZone())), callbackTime);
        callbackBox.getChildren().setAll(section(t("log.callback.title")), callbackGrid);

        notes.setId("log-notes");
        notes.setPromptText(t("log.notes.prompt"));
        override.setId("log-override");
        override.setPromptText(t("log.override.prompt"));
        blocked.setId("log-blocked");
        blocked.setWrapText(true);
        blocked.getStyleClass().add(Styles.DANGER);
        blockedBox.getChildren().setAll(blocked, new Label(t("log.override")), override);
        error.setId("log-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);

        GridPane top = grid();
        int row = 0;
        top.addRow(row++, new Label(t("log.channel")), new HBox(8, channel, direction));
        top.addRow(row++, new Label(t("log.target")), new HBox(8, target, letter));
        top.addRow(row++, new Label(t("log.debts")), debts);
        top.addRow(row, new Label(t("log.notes")), notes);
        Label hint = new Label(t("log.keys"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox content = new VBox(12, top, section(t("log.outcome")), outcomeButtons, hint, promiseBox, callbackBox,
                blockedBox, error);
        content.setPadding(new Insets(8));
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);
        updateOutcome();
        blockedBox.setVisible(false);
        blockedBox.setManaged(false);

        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("log-save");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save();
        });
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    private void key(KeyEvent e) {
        Node focus = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getFocusOwner();
        boolean typing = focus instanceof TextInputControl;
        if (!typing && e.getText() != null && e.getText().length() == 1) {
            ContactOutcome outcome = LogContactModel.forKey(e.getText());
            if (outcome != null) {
                select(outcome);
                e.consume();
                return;
            }
        }
        if (e.getCode() == KeyCode.ENTER && !(focus instanceof TextArea)) {
            e.consume();
            save();
        }
    }

    /** Chooses an outcome, as its number key does; a promise or callback puts the cursor in its first field. */
    void select(ContactOutcome outcome) {
        outcomes.getToggles().stream().filter(t -> t.getUserData() == outcome).findFirst()
                .ifPresent(t -> outcomes.selectToggle(t));
        if (outcome == ContactOutcome.PROMISE_TO_PAY) {
            Platform.runLater(() -> {
                amount.requestFocus();
                amount.selectAll();
            });
        } else if (outcome == ContactOutcome.CALLBACK_REQUESTED) {
            Platform.runLater(() -> {
                callbackTime.requestFocus();
                callbackTime.selectAll();
            });
        }
    }

    private ContactOutcome outcome() {
        return outcomes.getSelectedToggle() == null ? null : (ContactOutcome) outcomes.getSelectedToggle().getUserData();
    }

    private void updateOutcome() {
        ContactOutcome outcome = outcome();
        show(promiseBox, outcome == ContactOutcome.PROMISE_TO_PAY);
        show(callbackBox, outcome == ContactOutcome.CALLBACK_REQUESTED);
        if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private void updateChannel() {
        Channel c = channel.getValue();
        Target before = target.getValue();
        target.getItems().setAll(Target.all(desk, c));
        target.setValue(target.getItems().contains(before) ? before
                : target.getItems().isEmpty() ? null : target.getItems().get(0));
        letter.setVisible(c == Channel.LETTER);
        letter.setManaged(c == Channel.LETTER);
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private String defaultAmount(DebtView debt) {
        if (debt == null) {
            return "";
        }
        Money money = desk.promiseDefaults().get(debt.id());
        return money == null ? "" : money.amount().toPlainString();
    }

    private void save() {
        if (saving) {
            return;
        }
        error.setText("");
        ContactOutcome outcome = outcome();
        if (outcome == null) {
            error.setText(t("log.error.outcome"));
            return;
        }
        ContactRequest request;
        try {
            request = request(outcome);
        } catch (RecoupException e) {
            error.setText(e.getMessage());
            return;
        }
        saving = true;
        var contacts = context.workspace().daily().contacts();
        context.tasks().run(progress -> contacts.log(request), receipt -> {
            saving = false;
            dialog.setResult(ButtonType.OK);
            dialog.close();
            onLogged.accept(receipt);
        }, failure -> {
            saving = false;
            if (failure instanceof ComplianceBlockedException blockedBy) {
                showBlocked(blockedBy.result());
            } else if (failure instanceof RecoupException expected) {
                error.setText(expected.getMessage());
            } else {
                context.dialogs().showError(failure);
            }
        });
    }

    private void showBlocked(CheckResult result) {
        StringBuilder text = new StringBuilder(t("log.blocked"));
        boolean zh = context.i18n().language() == Language.ZH;
        for (CheckResult.FindingView f : result.findings()) {
            if (f.blocking()) {
                text.append('\n').append(f.rule()).append(" (").append(f.citation()).append("): ")
                        .append(zh ? f.messageZh() : f.message());
            }
        }
        if (result.earliestCompliant() != null) {
            text.append('\n').append(t("verdict.earliest", ScheduleModel.shown(result.earliestCompliant(), desk.home())
                    + " " + desk.homeZone()));
        }
        blocked.setText(text.toString());
        show(blockedBox, true);
        override.requestFocus();
        if (dialog.getDialogPane().getScene() != null) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private ContactRequest request(ContactOutcome outcome) {
        Set<Long> debtIds = new LinkedHashSet<>();
        for (CheckBox box : debtBoxes) {
            if (box.isSelected()) {
                debtIds.add(((DebtView) box.getUserData()).id());
            }
        }
        Target to = target.getValue();
        Party party = to == null ? Party.DEBTOR : to.party();
        ContactRequest.PromiseTerms promise = null;
        if (outcome == ContactOutcome.PROMISE_TO_PAY) {
            commit(promiseDate);
            BigDecimal value = Money.parseAmount(amount.getText(), "promise.amount");
            DebtView debt = promiseDebt.getValue();
            promise = new ContactRequest.PromiseTerms(debt == null ? null : debt.id(), value, promiseDate.getValue());
        }
        Instant callbackAt = null;
        if (outcome == ContactOutcome.CALLBACK_REQUESTED) {
            commit(callbackDate);
            callbackAt = ScheduleModel.instant(callbackDate.getValue(), callbackTime.getText(), desk.home());
            if (callbackAt == null) {
                throw new ValidationException("callback.time", t("log.error.time"));
            }
        }
        String reason = override.getText() == null || override.getText().isBlank() ? null : override.getText().trim();
        return new ContactRequest(desk.debtor().id(), channel.getValue(), direction.getValue(), party,
                to == null ? null : to.locationId(), to == null ? null : to.thirdPartyId(), debtIds, null, outcome,
                notes.getText() == null || notes.getText().isBlank() ? null : notes.getText().trim(),
                channel.getValue() == Channel.LETTER ? letter.getValue() : null, promise, callbackAt,
                prefill.scheduledActionId(), reason);
    }

    /** Takes what was typed in a date picker's text field, as Enter would. */
    private static void commit(DatePicker picker) {
        String text = picker.getEditor().getText();
        if (text != null && !text.isBlank()) {
            try {
                picker.setValue(picker.getConverter().fromString(text));
            } catch (RuntimeException ignored) {
                // keep the value it had
            }
        }
    }

    private void show() {
        dialog.show();
        Platform.runLater(() -> outcomes.getToggles().stream().findFirst()
                .ifPresent(t -> ((Node) t).requestFocus()));
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        return grid;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }
}
