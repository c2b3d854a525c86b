package org.recoup.ui.money;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.recoup.domain.Frequency;
import org.recoup.domain.Money;
import org.recoup.service.money.PlanAgreement;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.Validation;
import org.recoup.ui.money.PlanEditorViewModel.Choice;
import org.recoup.ui.money.PlanEditorViewModel.PreviewRow;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;

/**
 * Agreeing a repayment plan or a settlement. The what-if preview beside the form follows every
 * edit (asked of the service a moment after the user stops typing; nothing is written until Save).
 */
public final class PlanEditorDialog extends Dialog<PlanAgreement> {

    private final PlanEditorViewModel model;

    public static Optional<PlanAgreement> show(AppContext context, long debtId, String reference, Money balance) {
        return new PlanEditorDialog(context, debtId, reference, balance).showAndWait();
    }

    private PlanEditorDialog(AppContext context, long debtId, String reference, Money balance) {
        MoneyTexts texts = new MoneyTexts(context.i18n());
        model = new PlanEditorViewModel(debtId, balance, LocalDate.now(context.clock()), texts,
                context.workspace().money(), Background.of(context.tasks()), Debouncer.fx(150));
        initOwner(context.dialogs().owner());
        setTitle(context.t("money.plan.title", reference));
        setHeaderText(context.t("money.plan.header", reference, texts.money(balance)));
        setGraphic(new FontIcon(Feather.CALENDAR));
        setResizable(true);
        getDialogPane().setId("plan-editor");
        MoneyForms.style(getDialogPane());
        ValidationSupport validation = Validation.support();

        ComboBox<Choice> kind = new ComboBox<>();
        kind.setId("plan-kind");
        kind.getItems().setAll(Choice.values());
        kind.setConverter(MoneyForms.enumConverter(context.i18n(), "money.plan.choice"));
        kind.valueProperty().bindBidirectional(model.choiceProperty());
        kind.setMaxWidth(Double.MAX_VALUE);
        TextField total = amountField("plan-total", model.totalProperty());
        TextField down = amountField("plan-down", model.downPaymentProperty());
        down.setPromptText(context.t("money.plan.downPrompt"));
        Spinner<Integer> count = new Spinner<>();
        count.setId("plan-count");
        SpinnerValueFactory.IntegerSpinnerValueFactory counts =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, PlanEditorViewModel.MAX_INSTALMENTS, model.countProperty().get());
        count.setValueFactory(counts);
        count.setEditable(true);
        count.setMaxWidth(Double.MAX_VALUE);
        counts.valueProperty().addListener((o, a, b) -> model.countProperty().set(b));
        count.getEditor().textProperty().addListener((o, a, text) -> {
            try {
                int n = Integer.parseInt(text.strip());
                if (n >= 1 && n <= PlanEditorViewModel.MAX_INSTALMENTS) {
                    counts.setValue(n);
                } else {
                    model.countProperty().set(n);
                }
            } catch (NumberFormatException e) {
                model.countProperty().set(null);
            }
        });
        count.getEditor().setAlignment(Pos.CENTER_RIGHT);
        ComboBox<Frequency> frequency = new ComboBox<>();
        frequency.setId("plan-frequency");
        frequency.getItems().setAll(Frequency.values());
        frequency.setConverter(MoneyForms.enumConverter(context.i18n(), "money.frequency"));
        frequency.valueProperty().bindBidirectional(model.frequencyProperty());
        frequency.setMaxWidth(Double.MAX_VALUE);
        var start = MoneyForms.datePicker("plan-start", model.startProperty(), context.i18n().locale());
        CheckBox pause = new CheckBox(context.t("money.plan.pauseInterest"));
        pause.setId("plan-pause");
        pause.setWrapText(true);
        pause.selectedProperty().bindBidirectional(model.pauseInterestProperty());

        MoneyForms.decorate(validation, total, model.totalErrorProperty());
        MoneyForms.decorate(validation, down, model.downPaymentErrorProperty());
        MoneyForms.decorate(validation, count.getEditor(), model.countErrorProperty());
        MoneyForms.decorate(validation, start, model.startErrorProperty());

        var lumpSum = model.choiceProperty().isEqualTo(Choice.SETTLEMENT_LUMP_SUM);
        var settlement = model.choiceProperty().isNotEqualTo(Choice.INSTALMENTS);
        down.disableProperty().bind(lumpSum);
        count.disableProperty().bind(lumpSum);
        frequency.disableProperty().bind(lumpSum);
        pause.disableProperty().bind(settlement);

        GridPane form = MoneyForms.grid();
        int row = 0;
        form.addRow(row++, new Label(context.t("money.plan.kind")), kind);
        form.addRow(row++, new Label(context.t("money.plan.total")), withCurrency(total, balance.currency()));
        form.add(problem("plan-total-problem", model.totalErrorProperty()), 1, row++);
        form.addRow(row++, new Label(context.t("money.plan.downPayment")), withCurrency(down, balance.currency()));
        form.add(problem("plan-down-problem", model.downPaymentErrorProperty()), 1, row++);
        form.addRow(row++, new Label(context.t("money.plan.count")), count);
        form.add(problem("plan-count-problem", model.countErrorProperty()), 1, row++);
        form.addRow(row++, new Label(context.t("money.plan.frequency")), frequency);
        form.addRow(row++, new Label(context.t("money.plan.start")), start);
        form.add(problem("plan-start-problem", model.startErrorProperty()), 1, row++);
        form.add(pause, 0, row, 2, 1);
        form.setPrefWidth(390);
        form.setMinWidth(Region.USE_PREF_SIZE);

        VBox preview = previewPane(context, texts);
        HBox.setHgrow(preview, Priority.ALWAYS);
        HBox body = new HBox(20, form, preview);
        Label error = MoneyForms.errorLabel("plan-error");
        error.textProperty().bind(model.errorProperty());
        VBox content = new VBox(12, body, error);
        getDialogPane().setContent(content);
        getDialogPane().setPrefSize(1000, 660);

        ButtonType save = new ButtonType(context.t("money.plan.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, MoneyForms.cancel(context.i18n()));
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("plan-save");
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.disableProperty().bind(model.canSaveBinding().not());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.save();
        });
        model.agreementProperty().addListener((o, a, agreed) -> {
            if (agreed != null) {
                setResult(agreed);
                close();
            }
        });
        setResultConverter(button -> model.agreementProperty().get());
    }

    private VBox previewPane(AppContext context, MoneyTexts texts) {
        Label title = new Label(context.t("money.plan.preview"));
        title.getStyleClass().add(Styles.TITLE_4);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.previewingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(8, title, spacer, busy);
        heading.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("plan-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());

        TableView<PreviewRow> table = new TableView<>(model.rows());
        table.setId("plan-preview");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "money-preview");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<PreviewRow, String> number = column(context.t("money.plan.col.number"), PreviewRow::number, false);
        number.setPrefWidth(60);
        number.setMaxWidth(90);
        TableColumn<PreviewRow, String> interest = column(context.t("money.plan.col.interest"), PreviewRow::interest, true);
        interest.visibleProperty().bind(model.showInterestProperty());
        TableColumn<PreviewRow, String> writtenOff = column(context.t("money.plan.col.writtenOff"), PreviewRow::writtenOff, true);
        writtenOff.visibleProperty().bind(model.showWrittenOffProperty());
        TableColumn<PreviewRow, String> due = column(context.t("money.plan.col.due"), PreviewRow::due, false);
        TableColumn<PreviewRow, String> amount = column(context.t("money.plan.col.amount"), PreviewRow::amount, true);
        TableColumn<PreviewRow, String> after = column(context.t("money.plan.col.balanceAfter"), PreviewRow::balanceAfter, true);
        due.setMinWidth(100);
        amount.setMinWidth(96);
        after.setMinWidth(110);
        table.getColumns().setAll(java.util.List.of(number, due, amount, interest, after, writtenOff));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("totals"), !empty && item != null && item.totals());
            }
        });
        Label waiting = new Label();
        waiting.setId("plan-preview-message");
        waiting.setWrapText(true);
        waiting.getStyleClass().add(Styles.TEXT_MUTED);
        waiting.textProperty().bind(model.previewMessageProperty());
        table.setPlaceholder(waiting);
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox warnings = new VBox(6);
        warnings.setId("plan-warnings");
        model.warnings().addListener((ListChangeListener<String>) c -> {
            warnings.getChildren().clear();
            for (String text : model.warnings()) {
                warnings.getChildren().add(MoneyForms.warning(text, model.runsPastLimitationProperty().get()));
            }
        });
        StackPane tableBox = new StackPane(table);
        VBox.setVgrow(tableBox, Priority.ALWAYS);
        VBox pane = new VBox(8, heading, summary, warnings, tableBox);
        pane.setMinWidth(460);
        return pane;
    }

    private static TableColumn<PreviewRow, String> column(String title, Function<PreviewRow, String> value, boolean number) {
        TableColumn<PreviewRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        if (number) {
            column.getStyleClass().add("money-number");
        }
        return column;
    }

    private static TextField amountField(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setAlignment(Pos.CENTER_RIGHT);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static HBox withCurrency(TextField field, String currency) {
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox box = new HBox(8, field, MoneyForms.currency(currency));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Label problem(String id, javafx.beans.value.ObservableStringValue error) {
        Label label = MoneyForms.errorLabel(id);
        label.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> error.get() == null ? "" : error.get(), error));
        return label;
    }
}
