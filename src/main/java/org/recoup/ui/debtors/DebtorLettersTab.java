package org.recoup.ui.debtors;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.recoup.domain.Language;
import org.recoup.domain.RecoupException;
import org.recoup.service.compliance.CheckResult;
import org.recoup.service.debtors.DebtorDetail;
import org.recoup.service.debts.DebtView;
import org.recoup.service.letters.LetterDraft;
import org.recoup.service.letters.LetterLanguageChoice;
import org.recoup.service.letters.LetterTemplate;
import org.recoup.service.letters.LetterView;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.EmptyState;
import org.recoup.ui.common.Formats;
import org.recoup.ui.common.SystemFiles;
import org.recoup.ui.letters.LetterPages;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;

/**
 * A debtor's Letters tab: choose a debt, a template and a language; see the letter's pages and what
 * the compliance rules say before producing it (a letter a rule blocks shows the rule and the reason
 * instead of pages); produce it (stored with its SHA-256 and logged as a LETTER contact); and open,
 * save as PDF or print the letters produced. Only produced letters leave the app, so that every
 * letter sent is archived and counts for the rules (docs/decisions/0069-letters-window.md).
 */
public final class DebtorLettersTab extends VBox {

    /** Resolution of the preview, dots per inch. */
    static final float PREVIEW_DPI = 96f;
    /** Resolution of printed pages. */
    static final float PRINT_DPI = 300f;

    private final AppContext context;
    private final Runnable onProduced;
    private final Formats formats;
    private final ComboBox<DebtView> debt = new ComboBox<>();
    private final ComboBox<LetterTemplate> template = new ComboBox<>();
    private final ComboBox<LetterLanguageChoice> language = new ComboBox<>();
    private final LetterPages pages;
    private final StackPane pageArea = new StackPane();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final EmptyState noDebt;
    /** Stands in the page area for a letter that cannot or must not be made: why, and which rule. */
    private final VBox refused = new VBox(8);
    private final VBox verdict = new VBox(8);
    private final Button produce = new Button();
    private final ListView<LetterView> produced = new ListView<>();
    private DebtorDetail debtor;
    private LetterDraft draft;
    private int asked;
    private boolean updating;
    private Tab tab;
    private boolean stale;

    public DebtorLettersTab(AppContext context, Runnable onProduced) {
        super(0);
        this.context = context;
        this.onProduced = onProduced;
        this.formats = new Formats(context.i18n().locale());
        this.pages = new LetterPages();
        this.noDebt = new EmptyState(Feather.FILE_TEXT, context.t("letters.noDebt.title"),
                context.t("letters.noDebt.text"));
        setId("debtor-letters");
        build();
    }

    private void build() {
        debt.setId("letter-debt");
        debt.setPromptText(context.t("letters.debt"));
        debt.setButtonCell(debtCell());
        debt.setCellFactory(list -> debtCell());
        template.setId("letter-template");
        template.getItems().setAll(LetterTemplate.values());
        template.setButtonCell(LetterPages.templateCell(context));
        template.setCellFactory(list -> LetterPages.templateCell(context));
        template.setValue(LetterTemplate.DEMAND);
        language.setId("letter-language");
        language.getItems().setAll(LetterLanguageChoice.values());
        language.setButtonCell(languageCell());
        language.setCellFactory(list -> languageCell());
        debt.valueProperty().addListener((o, a, b) -> redraft());
        template.valueProperty().addListener((o, a, b) -> redraft());
        language.valueProperty().addListener((o, a, b) -> redraft());
        Button preview = new Button(context.t("letters.preview"), new FontIcon(Feather.EYE));
        preview.setId("letter-preview");
        preview.setOnAction(e -> redraft());
        FlowPane choose = new FlowPane(14, 8, labelled("letters.debt", debt), labelled("letters.template", template),
                labelled("letters.language", language), preview);
        choose.setAlignment(Pos.CENTER_LEFT);
        choose.setPadding(new Insets(8));

        pages.enlargeOnClick(context.t("letters.preview"), context.t("letters.preview.enlarge"));
        pageArea.setId("letter-page-area");
        spinner.setMaxSize(40, 40);
        spinner.setVisible(false);
        noDebt.setVisible(false);
        refused.setId("letter-refused");
        refused.setAlignment(Pos.TOP_CENTER);
        refused.setPadding(new Insets(32));
        refused.setMaxWidth(620);
        refused.setVisible(false);
        StackPane.setAlignment(refused, Pos.TOP_CENTER);
        pageArea.getChildren().setAll(pages, noDebt, refused, spinner);
        HBox.setHgrow(pageArea, Priority.ALWAYS);

        produce.setText(context.t("letters.produce"));
        produce.setGraphic(new FontIcon(Feather.FILE_TEXT));
        produce.setId("letter-produce");
        produce.getStyleClass().add(Styles.ACCENT);
        produce.setDisable(true);
        produce.setMaxWidth(Double.MAX_VALUE);
        produce.setOnAction(e -> produceLetter());
        Label produceHint = wrapped(context.t("letters.produce.hint"));
        produceHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        Label listTitle = new Label(context.t("letters.produced"));
        listTitle.getStyleClass().add(Styles.TITLE_4);
        produced.setId("letters-list");
        produced.setPlaceholder(wrapped(context.t("letters.produced.none")));
        produced.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LetterView l, boolean empty) {
                super.updateItem(l, empty);
                if (empty || l == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label first = new Label(context.i18n().t("letters.template", l.template()) + " · "
                        + context.i18n().t("letters.language", l.language()));
                first.getStyleClass().add(Styles.TEXT_BOLD);
                Label second = new Label(formats.shortDateTime(l.producedAt(), ZoneId.systemDefault()) + " · "
                        + l.debtReference() + " · " + context.t("letters.pages", l.pages()));
                second.getStyleClass().add(Styles.TEXT_SMALL);
                Label third = new Label("SHA-256 " + l.shaPrefix() + "…");
                third.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                setText(null);
                setGraphic(new VBox(1, first, second, third));
            }
        });
        produced.setPrefHeight(220);
        Button open = new Button(context.t("letters.open"), new FontIcon(Feather.EXTERNAL_LINK));
        open.setId("letter-open");
        Button save = new Button(context.t("letters.save"), new FontIcon(Feather.DOWNLOAD));
        save.setId("letter-save");
        Button print = new Button(context.t("letters.print"), new FontIcon(Feather.PRINTER));
        print.setId("letter-print");
        for (Button b : List.of(open, save, print)) {
            b.disableProperty().bind(produced.getSelectionModel().selectedItemProperty().isNull());
            b.getStyleClass().add(Styles.SMALL);
        }
        open.setOnAction(e -> openLetter(produced.getSelectionModel().getSelectedItem()));
        save.setOnAction(e -> saveLetter(produced.getSelectionModel().getSelectedItem()));
        print.setOnAction(e -> printLetter(produced.getSelectionModel().getSelectedItem()));
        FlowPane actions = new FlowPane(6, 6, open, save, print);

        VBox side = new VBox(10, verdict, produce, produceHint, new Separator(), listTitle, produced, actions);
        side.setPadding(new Insets(8, 12, 12, 12));
        side.setPrefWidth(300);
        side.setMinWidth(260);
        VBox.setVgrow(produced, Priority.ALWAYS);
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setFitToHeight(true);
        sideScroll.setMinWidth(280);
        sideScroll.setPrefWidth(320);

        HBox body = new HBox(pageArea, sideScroll);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().setAll(choose, new Separator(), body);
    }

    /**
     * Ties this view to its tab: the letter is drafted (rendered and checked) only while the tab is
     * shown, not for every debtor opened.
     */
    public Tab attachedTo(Tab owner) {
        this.tab = owner;
        owner.selectedProperty().addListener((o, was, selected) -> {
            if (selected && stale) {
                redraft();
            }
        });
        return owner;
    }

    /** Shows the debtor's debts and letters; keeps the choices when it is the same debtor. */
    public void show(DebtorDetail detail, List<DebtView> debts) {
        boolean same = debtor != null && debtor.id() == detail.id();
        debtor = detail;
        updating = true;
        try {
            DebtView chosen = debt.getValue();
            debt.getItems().setAll(debts);
            DebtView keep = same && chosen != null ? debts.stream().filter(d -> d.id() == chosen.id()).findFirst()
                    .orElse(null) : null;
            debt.setValue(keep != null ? keep : debts.stream().filter(d -> !d.status().isClosed()).findFirst()
                    .orElse(debts.isEmpty() ? null : debts.get(0)));
            if (!same || language.getValue() == null) {
                language.setValue(LetterLanguageChoice.of(detail.preferredLanguage()));
            }
        } finally {
            updating = false;
        }
        loadLetters(null);
        redraft();
    }

    private void redraft() {
        if (updating || debtor == null) {
            return;
        }
        if (tab != null && !tab.isSelected()) {
            stale = true;
            return;
        }
        stale = false;
        DebtView d = debt.getValue();
        LetterTemplate t = template.getValue();
        LetterLanguageChoice l = language.getValue();
        draft = null;
        produce.setDisable(true);
        verdict.getChildren().clear();
        if (d == null || t == null) {
            showInPageArea(noDebt, List.of());
            return;
        }
        int request = ++asked;
        spinner.setVisible(true);
        var letters = context.workspace().letters();
        context.tasks().run(progress -> letters.draft(d.id(), t, l, PREVIEW_DPI), result -> {
            if (request == asked) {
                showDraft(result);
            }
        }, error -> {
            if (request == asked) {
                refuse(Feather.ALERT_OCTAGON, context.t("letters.cannot"), messageOf(error), "letter-problem");
            }
        });
    }

    /** Shows one of the page area's layers: the pages, the empty state or the refusal. */
    private void showInPageArea(Region layer, List<BufferedImage> images) {
        spinner.setVisible(false);
        pages.show(images);
        for (Region r : List.of(pages, noDebt, refused)) {
            r.setVisible(r == layer);
        }
    }

    private void refuse(Feather icon, String title, String text, String id) {
        Message m = message(Styles.DANGER, icon, title, text);
        m.setId(id);
        refused.getChildren().setAll(m);
        showInPageArea(refused, List.of());
    }

    private void showDraft(LetterDraft result) {
        draft = result;
        if (result.problem() != null) {
            refuse(Feather.ALERT_OCTAGON, context.t("letters.cannot"), result.problem(), "letter-problem");
            return;
        }
        CheckResult v = result.verdict();
        String text = findings(v);
        if (v.blocks()) {
            refuse(Feather.SLASH, context.t("letters.verdict.block", String.join(", ", v.blockingRules())), text,
                    "letter-verdict");
        } else {
            showInPageArea(pages, result.pages());
            boolean warns = v.level() == CheckResult.Level.WARN;
            Message m = message(warns ? Styles.WARNING : Styles.SUCCESS,
                    warns ? Feather.ALERT_TRIANGLE : Feather.CHECK_CIRCLE,
                    context.t(warns ? "letters.verdict.warn" : "letters.verdict.pass"),
                    text.isEmpty() ? context.t("letters.verdict.passText") : text);
            m.setId("letter-verdict");
            verdict.getChildren().add(m);
        }
        Label dates = wrapped(context.t("letters.dated", formats.date(result.letterDate()),
                context.i18n().t("letters.language", result.language())));
        dates.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        verdict.getChildren().add(dates);
        produce.setDisable(!result.canProduce());
    }

    /** Each finding as "RULE (citation): message", in the window's language. */
    private String findings(CheckResult v) {
        boolean zh = context.i18n().language() == Language.ZH;
        StringBuilder text = new StringBuilder();
        for (CheckResult.FindingView f : v.findings()) {
            text.append(text.length() > 0 ? "\n\n" : "").append(f.rule()).append(" (").append(f.citation())
                    .append("): ").append(zh && f.messageZh() != null ? f.messageZh() : f.message());
        }
        return text.toString();
    }

    /** A label and its input, kept on one line when the choices wrap. */
    private HBox labelled(String key, Node input) {
        HBox pair = new HBox(6, new Label(context.t(key)), input);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private Message message(String style, Feather icon, String title, String text) {
        Message m = new Message(title, text, new FontIcon(icon));
        m.getStyleClass().add(style);
        m.setMaxWidth(Double.MAX_VALUE);
        return m;
    }

    /** The message of a problem the user can act on, or a general one. */
    private String messageOf(Throwable error) {
        Throwable cause = error;
        while (!(cause instanceof RecoupException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof RecoupException ? cause.getMessage()
                : context.t("error.unexpected", String.valueOf(error.getMessage()));
    }

    private void produceLetter() {
        LetterDraft d = draft;
        if (d == null || !d.canProduce()) {
            return;
        }
        produce.setDisable(true);
        var letters = context.workspace().letters();
        LetterLanguageChoice chosen = language.getValue();
        context.tasks().run(progress -> letters.produce(d.debtId(), d.template(), chosen), letter -> {
            loadLetters(letter.id());
            onProduced.run();
        }, error -> {
            context.dialogs().showError(error);
            redraft();
        });
    }

    /** Reloads the debtor's letters, selecting {@code select} (null: keeps the letter selected). */
    private void loadLetters(Long select) {
        if (debtor == null) {
            return;
        }
        long debtorId = debtor.id();
        var letters = context.workspace().letters();
        context.tasks().run(progress -> letters.lettersOf(debtorId), list -> {
            if (debtor == null || debtor.id() != debtorId) {
                return;
            }
            LetterView before = produced.getSelectionModel().getSelectedItem();
            Long keep = select != null ? select : before == null ? null : before.id();
            produced.getItems().setAll(list);
            list.stream().filter(l -> keep != null && l.id() == keep).findFirst()
                    .ifPresent(l -> produced.getSelectionModel().select(l));
        });
    }

    private void openLetter(LetterView letter) {
        var letters = context.workspace().letters();
        context.tasks().run(progress -> {
            Path file = letters.exportToTemp(letter.id());
            return SystemFiles.open(file) ? null : file;
        }, notOpened -> {
            if (notOpened != null) {
                context.dialogs().showInformation(context.t("letters.open"), context.t("letters.openedAt", notOpened));
            }
        });
    }

    private void saveLetter(LetterView letter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(context.t("letters.save"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName(letter.template().name().toLowerCase(Locale.ROOT) + "-"
                + letter.debtReference().replaceAll("[^A-Za-z0-9-]+", "-") + "-" + letter.letterDate() + ".pdf");
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        var letters = context.workspace().letters();
        context.tasks().run(progress -> {
            letters.savePdf(letter.id(), file.toPath());
            return file;
        }, saved -> context.dialogs().showInformation(context.t("letters.save"), context.t("letters.savedAt", saved)));
    }

    private void printLetter(LetterView letter) {
        var letters = context.workspace().letters();
        context.tasks().run(progress -> letters.pages(letter.id(), PRINT_DPI),
                images -> LetterPages.print(context, getScene() == null ? null : getScene().getWindow(), images));
    }

    private ListCell<DebtView> debtCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(DebtView item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.reference() + " · " + item.clientName() + " · "
                        + formats.money(item.balance().owed()) + " · " + context.i18n().t("status", item.status()));
            }
        };
    }

    private ListCell<LetterLanguageChoice> languageCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(LetterLanguageChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : context.i18n().t("letters.language", item));
            }
        };
    }
}
