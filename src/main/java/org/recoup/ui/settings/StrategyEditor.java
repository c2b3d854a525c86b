package org.recoup.ui.settings;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.recoup.domain.RecoupException;
import org.recoup.domain.StepAnchor;
import org.recoup.domain.StrategyAction;
import org.recoup.service.work.LetterTemplates;
import org.recoup.service.work.StepView;
import org.recoup.service.work.StrategyService;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.DisplayConverter;

import atlantafx.base.theme.Styles;

/**
 * Settings' collection strategies: per client, the ladder of steps (days, what they count from,
 * the action, a letter's template); add, remove, reorder, reset to the jurisdiction's default.
 */
public final class StrategyEditor extends VBox {

    private final AppContext context;
    private final ComboBox<StrategyService.ClientLadder> client = new ComboBox<>();
    private final VBox steps = new VBox(6);
    private final Label state = new Label();
    private final List<Row> rows = new ArrayList<>();

    public StrategyEditor(AppContext context) {
        super(10);
        this.context = context;
        setId("strategy-editor");
        setPadding(new Insets(16, 0, 0, 0));
        Label title = new Label(context.t("strategy.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label hint = new Label(context.t("strategy.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        client.setId("strategy-client");
        client.setConverter(DisplayConverter.of(c -> c.clientName() + " (" + c.country() + ")"));
        client.valueProperty().addListener((o, a, c) -> show(c));
        Button add = new Button(context.t("strategy.add"), new FontIcon(Feather.PLUS));
        add.setId("strategy-add");
        add.setOnAction(e -> {
            rows.add(new Row(StepView.at(0, StrategyAction.CALL)));
            render();
        });
        Button reset = new Button(context.t("strategy.reset"), new FontIcon(Feather.ROTATE_CCW));
        reset.setId("strategy-reset");
        reset.setOnAction(e -> run(s -> s.reset(current())));
        Button save = new Button(context.t("strategy.save"), new FontIcon(Feather.SAVE));
        save.setId("strategy-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> {
            List<StepView> edited = rows.stream().map(Row::value).toList();
            run(s -> s.save(current(), edited));
        });
        state.getStyleClass().add(Styles.TEXT_MUTED);
        HBox top = new HBox(10, new Label(context.t("strategy.client")), client, state);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(8, add, reset, save);
        getChildren().setAll(title, hint, top, steps, buttons);
        var strategies = context.workspace().daily().strategies();
        context.tasks().run(p -> strategies.all(), all -> {
            client.getItems().setAll(all);
            if (!all.isEmpty()) {
                client.setValue(all.get(0));
            }
        });
    }

    private long current() {
        return client.getValue().clientId();
    }

    private void run(java.util.function.Function<StrategyService, StrategyService.ClientLadder> work) {
        if (client.getValue() == null) {
            return;
        }
        var strategies = context.workspace().daily().strategies();
        context.tasks().run(p -> work.apply(strategies), ladder -> {
            int index = client.getItems().indexOf(client.getValue());
            client.getItems().set(index, ladder);
            client.setValue(ladder);
            state.setText(context.t("strategy.saved"));
        }, failure -> {
            if (failure instanceof RecoupException expected) {
                state.setText(expected.getMessage());
            } else {
                context.dialogs().showError(failure);
            }
        });
    }

    private void show(StrategyService.ClientLadder ladder) {
        rows.clear();
        if (ladder != null) {
            ladder.steps().forEach(s -> rows.add(new Row(s)));
            state.setText(ladder.isDefault() ? context.t("strategy.isDefault") : context.t("strategy.isOwn"));
        }
        render();
    }

    private void render() {
        steps.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            steps.getChildren().add(rows.get(i).node(i));
        }
    }

    /** One step as its controls. */
    private final class Row {
        final Spinner<Integer> days = new Spinner<>(0, 3650, 0);
        final ComboBox<StepAnchor> anchor = new ComboBox<>();
        final ComboBox<StrategyAction> action = new ComboBox<>();
        final ComboBox<String> template = new ComboBox<>();

        Row(StepView step) {
            days.getValueFactory().setValue(step.days());
            days.setEditable(true);
            days.setPrefWidth(90);
            anchor.getItems().setAll(StepAnchor.values());
            anchor.setConverter(DisplayConverter.of(a -> context.t("strategy.anchor." + a.name())));
            anchor.setValue(step.anchor());
            action.getItems().setAll(StrategyAction.values());
            action.setConverter(DisplayConverter.of(a -> context.t("strategy.action." + a.name())));
            action.setValue(step.action());
            template.getItems().setAll(LetterTemplates.ALL);
            template.setConverter(DisplayConverter.of(l -> context.t("letter." + l)));
            template.setValue(step.letterTemplate() == null ? LetterTemplates.DEMAND : step.letterTemplate());
            template.disableProperty().bind(action.valueProperty().isNotEqualTo(StrategyAction.LETTER));
        }

        StepView value() {
            return new StepView(days.getValue(), anchor.getValue(), action.getValue(),
                    action.getValue() == StrategyAction.LETTER ? template.getValue() : null);
        }

        HBox node(int index) {
            Button up = small(Feather.ARROW_UP, () -> swap(index, index - 1));
            up.setDisable(index == 0);
            Button down = small(Feather.ARROW_DOWN, () -> swap(index, index + 1));
            down.setDisable(index == rows.size() - 1);
            Button remove = small(Feather.TRASH_2, () -> {
                rows.remove(index);
                render();
            });
            HBox box = new HBox(8, new Label(context.t("strategy.day")), days, anchor, action, template, up, down, remove);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setId("strategy-step-" + (index + 1));
            return box;
        }

        private void swap(int a, int b) {
            if (b < 0 || b >= rows.size()) {
                return;
            }
            Row x = rows.get(a);
            rows.set(a, rows.get(b));
            rows.set(b, x);
            render();
        }
    }

    private static Button small(Feather icon, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setOnAction(e -> action.run());
        return button;
    }
}
