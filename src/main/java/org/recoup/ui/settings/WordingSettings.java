package org.recoup.ui.settings;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.recoup.domain.Language;
import org.recoup.service.letters.LetterLanguageChoice;
import org.recoup.service.letters.LetterTemplate;
import org.recoup.service.letters.WordingBlock;
import org.recoup.service.letters.WordingRejectedException;
import org.recoup.ui.AppContext;
import org.recoup.ui.letters.LetterPages;
import org.recoup.ui.common.DisplayConverter;

import atlantafx.base.theme.Styles;

/**
 * Settings > Wording: the text blocks of each letter template in each language, with named
 * placeholders. The user sees the default, writes his own text, and saves it; a text with an unknown
 * placeholder (or a stray brace) is refused, naming it. Reset brings the default back; a sample
 * letter shows the result.
 */
public final class WordingSettings extends VBox {

    private final AppContext context;
    private final ComboBox<LetterTemplate> template = new ComboBox<>();
    private final ComboBox<Language> language = new ComboBox<>();
    private final ListView<WordingBlock> blocks = new ListView<>();
    private final TextArea defaultText = new TextArea();
    private final TextArea text = new TextArea();
    private final Label problems = new Label();
    private final Label status = new Label();
    private final PauseTransition typing = new PauseTransition(Duration.millis(400));
    private int checks;

    public WordingSettings(AppContext context) {
        super(12);
        this.context = context;
        setId("wording-settings");
        setPadding(new Insets(16));
        Label intro = new Label(context.t("settings.wording.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        template.setId("wording-template");
        template.getItems().setAll(LetterTemplate.values());
        template.setValue(LetterTemplate.DEMAND);
        template.setButtonCell(LetterPages.templateCell(context));
        template.setCellFactory(l -> LetterPages.templateCell(context));
        language.setId("wording-language");
        language.getItems().setAll(Language.values());
        language.setValue(context.i18n().language());
        language.setConverter(DisplayConverter.of(l -> context.i18n().t("language", l)));
        template.valueProperty().addListener((o, a, b) -> loadBlocks(null));
        language.valueProperty().addListener((o, a, b) -> loadBlocks(null));
        FlowPane choose = new FlowPane(8, 8, new Label(context.t("letters.template")), template,
                new Label(context.t("settings.wording.language")), language);
        choose.setAlignment(Pos.CENTER_LEFT);

        blocks.setId("wording-blocks");
        blocks.setPrefWidth(220);
        blocks.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(WordingBlock item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + (item.changed() ? "  ✎" : ""));
                getStyleClass().remove(Styles.TEXT_BOLD);
                if (!empty && item != null && item.changed()) {
                    getStyleClass().add(Styles.TEXT_BOLD);
                }
            }
        });
        blocks.getSelectionModel().selectedItemProperty().addListener((o, a, block) -> showBlock(block));

        defaultText.setId("wording-default");
        defaultText.setEditable(false);
        defaultText.setWrapText(true);
        defaultText.setPrefRowCount(3);
        defaultText.getStyleClass().add(Styles.TEXT_MUTED);
        text.setId("wording-text");
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.textProperty().addListener((o, a, b) -> typing.playFromStart());
        typing.setOnFinished(e -> check());
        problems.setId("wording-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add(Styles.DANGER);

        Button save = new Button(context.t("settings.save"), new FontIcon(Feather.SAVE));
        save.setId("wording-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(blocks.getSelectionModel().selectedItemProperty().isNull());
        save.setOnAction(e -> save());
        Button reset = new Button(context.t("settings.wording.reset"), new FontIcon(Feather.ROTATE_CCW));
        reset.setId("wording-reset");
        reset.disableProperty().bind(blocks.getSelectionModel().selectedItemProperty().isNull());
        reset.setOnAction(e -> reset());
        Button preview = new Button(context.t("settings.wording.preview"), new FontIcon(Feather.EYE));
        preview.setId("wording-preview");
        preview.setOnAction(e -> preview());
        status.setId("wording-status");
        HBox actions = new HBox(8, save, reset, preview, status);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox editor = new VBox(6, new Label(context.t("settings.wording.default")), defaultText,
                new Label(context.t("settings.wording.yours")), text, problems, actions, placeholders());
        VBox.setVgrow(text, Priority.ALWAYS);
        editor.setPadding(new Insets(0, 0, 0, 12));
        SplitPane split = new SplitPane(blocks, editor);
        split.setDividerPositions(0.25);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(intro, choose, split);
        loadBlocks(null);
    }

    private TitledPane placeholders() {
        ListView<String> list = new ListView<>();
        list.setId("wording-placeholders");
        context.workspace().letters().placeholders()
                .forEach((name, meaning) -> list.getItems().add("{" + name + "}  —  " + meaning));
        list.setPrefHeight(160);
        list.setOnMouseClicked(e -> {
            String item = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && item != null) {
                text.insertText(text.getCaretPosition(), item.substring(0, item.indexOf('}') + 1));
                text.requestFocus();
            }
        });
        Label note = new Label(context.t("settings.wording.note"));
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        TitledPane pane = new TitledPane(context.t("settings.wording.placeholders"), new VBox(6, note, list));
        pane.setExpanded(false);
        return pane;
    }

    private void loadBlocks(String select) {
        LetterTemplate t = template.getValue();
        Language l = language.getValue();
        if (t == null || l == null) {
            return;
        }
        var letters = context.workspace().letters();
        context.tasks().run(p -> letters.wording(t, l), list -> {
            if (t != template.getValue() || l != language.getValue()) {
                return;
            }
            String keep = select != null ? select : blocks.getSelectionModel().getSelectedItem() == null ? null
                    : blocks.getSelectionModel().getSelectedItem().name();
            blocks.getItems().setAll(list);
            list.stream().filter(b -> b.name().equals(keep)).findFirst().ifPresentOrElse(
                    b -> blocks.getSelectionModel().select(b), () -> blocks.getSelectionModel().selectFirst());
        });
    }

    private void showBlock(WordingBlock block) {
        problems.setText("");
        status.setText("");
        if (block == null) {
            defaultText.setText("");
            text.setText("");
            return;
        }
        defaultText.setText(block.defaultText());
        text.setText(block.text());
        typing.stop();
    }

    private void check() {
        WordingBlock block = blocks.getSelectionModel().getSelectedItem();
        if (block == null) {
            return;
        }
        LetterTemplate t = template.getValue();
        Language l = language.getValue();
        String typed = text.getText();
        int asked = ++checks;
        var letters = context.workspace().letters();
        context.tasks().run(p -> letters.wordingProblems(t, l, block.name(), typed), found -> {
            if (asked == checks) {
                problems.setText(String.join("\n", found));
            }
        });
    }

    private void save() {
        WordingBlock block = blocks.getSelectionModel().getSelectedItem();
        LetterTemplate t = template.getValue();
        Language l = language.getValue();
        String typed = text.getText();
        var letters = context.workspace().letters();
        status.setText("");
        // the save's verdict is the last word: a live check still pending must not overwrite it
        typing.stop();
        checks++;
        context.tasks().run(p -> {
            letters.saveWording(t, l, block.name(), typed);
            return block.name();
        }, saved -> {
            problems.setText("");
            status.setText(context.t("settings.wording.saved"));
            loadBlocks(saved);
        }, error -> {
            if (error instanceof WordingRejectedException rejected) {
                problems.setText(context.t("settings.wording.rejected") + "\n" + String.join("\n", rejected.problems()));
            } else {
                context.dialogs().showError(error);
            }
        });
    }

    private void reset() {
        WordingBlock block = blocks.getSelectionModel().getSelectedItem();
        LetterTemplate t = template.getValue();
        Language l = language.getValue();
        var letters = context.workspace().letters();
        context.tasks().run(p -> {
            letters.resetWording(t, l, block.name());
            return block.name();
        }, name -> {
            status.setText(context.t("settings.wording.resetDone"));
            loadBlocks(name);
            text.setText(block.defaultText());
        });
    }

    /** A sample letter with the text as typed (not saved yet) in the block being edited. */
    private void preview() {
        LetterTemplate t = template.getValue();
        Language l = language.getValue();
        WordingBlock block = blocks.getSelectionModel().getSelectedItem();
        Map<String, String> pending = block == null ? Map.of() : Map.of(l.code() + "." + block.name(), text.getText());
        LetterLanguageChoice choice = l == Language.ZH ? LetterLanguageChoice.ZH : LetterLanguageChoice.EN;
        var letters = context.workspace().letters();
        context.tasks().run(p -> letters.sample(t, choice, pending, 96f), this::showSample);
    }

    private void showSample(List<BufferedImage> pages) {
        LetterPages.openLarge(getScene() == null ? null : getScene().getWindow(), context.t("settings.wording.preview"),
                context.t("settings.wording.sampleHeader", context.i18n().t("letters.template", template.getValue())),
                pages);
    }
}
