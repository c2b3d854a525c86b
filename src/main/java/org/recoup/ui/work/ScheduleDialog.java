package org.recoup.ui.work;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
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
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.recoup.domain.ActionPurpose;
import org.recoup.domain.Channel;
import org.recoup.domain.Language;
import org.recoup.domain.Party;
import org.recoup.domain.RecoupException;
import org.recoup.service.compliance.CheckResult;
import org.recoup.service.debts.DebtView;
import org.recoup.service.work.ActionRequest;
import org.recoup.service.work.ComplianceBlockedException;
import org.recoup.service.work.Desk;
import org.recoup.service.work.LetterTemplates;
import org.recoup.service.work.ScheduledView;
import org.recoup.service.work.SchedulingService;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.DisplayConverter;

import atlantafx.base.theme.Styles;

/**
 * Plans a call, SMS, e-mail, visit or letter. The time is picked in the debtor's home zone and
 * shown in each of his zones and the user's; the verdict shows live as it changes: green PASS,
 * amber WARN with the reason, red BLOCK with the rule, its citation, the message and the earliest
 * compliant time, one click away. Saving checks again against the latest events; a BLOCK is saved
 * only with a written reason.
 */
public final class ScheduleDialog {

    private final AppContext context;
    private final Desk desk;
    private final Consumer<ScheduledView> onSaved;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ComboBox<Channel> channel = new ComboBox<>();
    private final ComboBox<Target> target = new ComboBox<>();
    private final ComboBox<String> letter = new ComboBox<>();
    private final List<CheckBox> debtBoxes = new ArrayList<>();
    private final DatePicker date = new DatePicker();
    private final TextField time = new TextField();
    private final TextField note = new TextField();
    private final VBox zones = new VBox(2);
    private final Label chip = new Label();
    private final Label findings = new Label();
    private final Button move = new Button();
    private final TextArea override = new TextArea();
    private final VBox overrideBox;
    private final Label error = new Label();
    private Button save;
    private CheckResult verdict;
    private boolean saving;

    private ScheduleDialog(AppContext context, Desk desk, Consumer<ScheduledView> onSaved) {
        this.context = context;
        this.desk = desk;
        this.onSaved = onSaved;
        this.overrideBox = new VBox(4);
        build();
    }

    /** Loads the debtor (and his compliance snapshot) in the background, then shows the dialog. */
    public static void open(AppContext context, long debtorId, Consumer<ScheduledView> onSaved) {
        var daily = context.workspace().daily();
        context.tasks().run(progress -> daily.desk(debtorId), desk -> new ScheduleDialog(context, desk, onSaved).show());
    }

    private String t(String key, Object... args) {
        return context.t(key, args);
    }

    private void build() {
        dialog.setTitle(t("schedule.title", desk.debtor().name()));
        dialog.setHeaderText(t("schedule.title", desk.debtor().name()));
        dialog.initOwner(context.dialogs().owner());
        dialog.setResizable(true);
        ButtonType saveType = new ButtonType(t("schedule.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(saveType, ButtonType.CANCEL);
        dialog.getDialogPane().setId("schedule-dialog");

        channel.setId("schedule-channel");
        channel.getItems().setAll(Channel.CALL, Channel.SMS, Channel.EMAIL, Channel.VISIT, Channel.LETTER);
        channel.setConverter(DisplayConverter.of(c -> context.i18n().t("channel", c)));
        channel.setValue(Channel.CALL);
        target.setId("schedule-target");
        letter.setId("schedule-letter");
        letter.getItems().setAll(LetterTemplates.ALL);
        letter.setConverter(DisplayConverter.of(l -> t("letter." + l)));
        letter.setValue(LetterTemplates.DEMAND);
        updateTargets();
        channel.valueProperty().addListener((o, a, b) -> {
            updateTargets();
            recheck();
        });
        target.valueProperty().addListener((o, a, b) -> recheck());
        letter.valueProperty().addListener((o, a, b) -> recheck());

        FlowPane debts = new FlowPane(12, 6);
        for (DebtView d : desk.openDebts()) {
            CheckBox box = new CheckBox(d.reference());
            box.setUserData(d);
            box.setSelected(true);
            box.selectedProperty().addListener((o, a, b) -> recheck());
            debtBoxes.add(box);
            debts.getChildren().add(box);
        }

        ZoneId home = desk.home();
        Instant now = Instant.now(context.clock());
        date.setId("schedule-date");
        date.setValue(now.atZone(home).toLocalDate().plusDays(1));
        time.setId("schedule-time");
        time.setPromptText("HH:mm");
        time.setPrefColumnCount(6);
        time.setText("10:00");
        date.valueProperty().addListener((o, a, b) -> recheck());
        time.textProperty().addListener((o, a, b) -> recheck());
        zones.setId("schedule-zones");

        chip.setId("schedule-verdict");
        chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        findings.setId("schedule-findings");
        findings.setWrapText(true);
        findings.setMaxWidth(560);
        move.setId("schedule-move");
        move.setGraphic(new FontIcon(Feather.CLOCK));
        move.getStyleClass().add(Styles.ACCENT);
        move.setOnAction(e -> moveToEarliest());
        override.setId("schedule-override");
        override.setPromptText(t("schedule.override.prompt"));
        override.setPrefRowCount(2);
        override.textProperty().addListener((o, a, b) -> updateSave());
        overrideBox.getChildren().setAll(new Label(t("schedule.override")), override);
        note.setId("schedule-note");
        error.setId("schedule-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, new Label(t("log.channel")), new HBox(8, channel, letter));
        grid.addRow(row++, new Label(t("log.target")), target);
        grid.addRow(row++, new Label(t("log.debts")), debts);
        HBox when = new HBox(8, date, time, new Label(t("schedule.inZone", desk.homeZone())));
        when.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(row++, new Label(t("schedule.when")), when);
        grid.addRow(row++, new Label(""), zones);
        grid.addRow(row, new Label(t("schedule.note")), note);
        Label verdictTitle = new Label(t("schedule.verdict"));
        verdictTitle.getStyleClass().add(Styles.TITLE_4);
        HBox verdictLine = new HBox(10, chip, move);
        verdictLine.setAlignment(Pos.CENTER_LEFT);
        VBox verdictBox = new VBox(6, verdictTitle, verdictLine, findings);
        verdictBox.getStyleClass().add("verdict-box");
        VBox content = new VBox(12, grid, verdictBox, overrideBox, error);
        content.setPadding(new Insets(8));
        content.setPrefWidth(660);
        dialog.getDialogPane().setContent(content);

        save = (Button) dialog.getDialogPane().lookupButton(saveType);
        save.setId("schedule-save");
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save();
        });
        recheck();
    }

    private void updateTargets() {
        Target before = target.getValue();
        target.getItems().setAll(Target.all(desk, channel.getValue()));
        target.setValue(target.getItems().contains(before) ? before
                : target.getItems().isEmpty() ? null : target.getItems().get(0));
        boolean isLetter = channel.getValue() == Channel.LETTER;
        letter.setVisible(isLetter);
        letter.setManaged(isLetter);
    }

    private Instant at() {
        return ScheduleModel.instant(date.getValue(), time.getText(), desk.home());
    }

    private ActionRequest request(Instant at) {
        Set<Long> debtIds = new LinkedHashSet<>();
        debtBoxes.stream().filter(CheckBox::isSelected).forEach(b -> debtIds.add(((DebtView) b.getUserData()).id()));
        Target to = target.getValue();
        return new ActionRequest(desk.debtor().id(), channel.getValue(), at, to == null ? Party.DEBTOR : to.party(),
                to == null ? null : to.locationId(), to == null ? null : to.thirdPartyId(), debtIds,
                channel.getValue() == Channel.LETTER ? letter.getValue() : null, ActionPurpose.MANUAL,
                note.getText() == null || note.getText().isBlank() ? null : note.getText().trim());
    }

    /** The pure check against the snapshot, on every change. */
    void recheck() {
        Instant at = at();
        zones.getChildren().clear();
        if (at == null) {
            verdict = null;
            VerdictChip.set(chip, context.i18n(), null);
            findings.setText(t("schedule.badTime"));
            show(move, false);
            show(overrideBox, false);
            updateSave();
            return;
        }
        for (String line : ScheduleModel.inZones(at, desk.zones(), context.clock().getZone())) {
            zones.getChildren().add(muted(t("schedule.zoneDebtor", line)));
        }
        zones.getChildren().add(muted(t("schedule.zoneUser", ScheduleModel.shown(at, context.clock().getZone()) + "  "
                + context.clock().getZone().getId())));
        try {
            verdict = context.workspace().compliance().check(desk.snapshot(), SchedulingService.proposal(request(at)));
        } catch (RecoupException e) {
            verdict = null;
            findings.setText(e.getMessage());
            updateSave();
            return;
        }
        render(verdict);
    }

    private void render(CheckResult result) {
        VerdictChip.set(chip, context.i18n(), result.level());
        boolean zh = context.i18n().language() == Language.ZH;
        StringBuilder text = new StringBuilder();
        for (CheckResult.FindingView f : result.findings()) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(f.rule()).append(" · ").append(t(f.blocking() ? "verdict.BLOCK" : "verdict.WARN")).append(" · ")
                    .append(f.citation()).append('\n').append(zh ? f.messageZh() : f.message());
        }
        if (result.level() == CheckResult.Level.PASS) {
            text.append(t("schedule.pass"));
        }
        if (result.blocks()) {
            text.append("\n\n").append(result.earliestCompliant() == null ? t("verdict.noEarliest")
                    : t("verdict.earliest", ScheduleModel.shown(result.earliestCompliant(), desk.home()) + " "
                    + desk.homeZone()));
        }
        findings.setText(text.toString());
        boolean canMove = result.blocks() && result.earliestCompliant() != null;
        if (canMove) {
            move.setText(t("schedule.move", ScheduleModel.shown(result.earliestCompliant(), desk.home())));
        }
        show(move, canMove);
        show(overrideBox, result.blocks());
        updateSave();
        if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private void moveToEarliest() {
        if (verdict == null || verdict.earliestCompliant() == null) {
            return;
        }
        var local = verdict.earliestCompliant().atZone(desk.home());
        date.setValue(local.toLocalDate());
        time.setText(ScheduleModel.time(verdict.earliestCompliant(), desk.home()));
    }

    private void updateSave() {
        if (save == null) {
            return;
        }
        boolean blockedWithoutReason = verdict != null && verdict.blocks()
                && (override.getText() == null || override.getText().isBlank());
        save.setDisable(verdict == null || blockedWithoutReason || saving);
    }

    private void save() {
        Instant at = at();
        if (at == null || saving) {
            return;
        }
        ActionRequest request = request(at);
        String reason = verdict != null && verdict.blocks() ? override.getText() : null;
        saving = true;
        updateSave();
        var scheduling = context.workspace().daily().scheduling();
        context.tasks().run(progress -> scheduling.plan(request, reason), saved -> {
            saving = false;
            dialog.setResult(ButtonType.OK);
            dialog.close();
            onSaved.accept(saved);
        }, failure -> {
            saving = false;
            if (failure instanceof ComplianceBlockedException blocked) {
                verdict = blocked.result();
                error.setText(t("schedule.changed"));
                render(verdict);
            } else if (failure instanceof RecoupException expected) {
                error.setText(expected.getMessage());
                updateSave();
            } else {
                updateSave();
                context.dialogs().showError(failure);
            }
        });
    }

    private void show() {
        dialog.show();
        time.requestFocus();
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return label;
    }
}
