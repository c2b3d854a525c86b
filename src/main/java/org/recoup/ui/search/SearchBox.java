package org.recoup.ui.search;

import java.util.List;

import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.recoup.domain.view.SearchHit;
import org.recoup.ui.AppContext;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;

/**
 * The global search: a debtor by name in either script, debt reference, phone or e-mail, from
 * anywhere (Ctrl+K / Cmd+K). Results come from the database in the background as the user types;
 * Enter opens the first, the arrow keys move through them.
 */
public final class SearchBox extends StackPane {

    private static final int LIMIT = 12;

    private final AppContext context;
    private final CustomTextField field = new CustomTextField();
    private final ContextMenu results = new ContextMenu();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(150));
    private Task<List<SearchHit>> running;
    private List<SearchHit> shown = List.of();

    public SearchBox(AppContext context) {
        this.context = context;
        field.setId("global-search");
        field.setPromptText(context.t("search.prompt"));
        field.setLeft(new FontIcon(Feather.SEARCH));
        field.setPrefWidth(420);
        getChildren().add(field);
        results.getStyleClass().add("search-results");
        debounce.setOnFinished(e -> search(field.getText()));
        field.textProperty().addListener((obs, old, text) -> debounce.playFromStart());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !shown.isEmpty()) {
                open(shown.get(0));
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && results.isShowing() && !results.getItems().isEmpty()) {
                results.getSkin().getNode().lookup(".menu-item").requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                results.hide();
                field.clear();
            }
        });
    }

    /** Puts the cursor in the field with its text selected. */
    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    private void search(String text) {
        if (running != null) {
            running.cancel();
        }
        if (text == null || text.isBlank() || context.workspaceProperty().get() == null) {
            shown = List.of();
            results.hide();
            return;
        }
        var workspace = context.workspace();
        running = context.tasks().run(progress -> workspace.debtors().search(text, LIMIT), hits -> {
            if (text.equals(field.getText())) {
                show(hits);
            }
        });
    }

    private void show(List<SearchHit> hits) {
        shown = hits;
        results.getItems().clear();
        if (hits.isEmpty()) {
            Label none = new Label(context.t("search.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            CustomMenuItem item = new CustomMenuItem(none, false);
            item.setDisable(true);
            results.getItems().add(item);
        }
        for (SearchHit hit : hits) {
            Label name = new Label(hit.name() + (hit.nativeName() == null ? "" : "  " + hit.nativeName()));
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label match = new Label(context.t("search.match." + hit.matchedOn().name()) + ": " + hit.matchedText());
            match.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            HBox row = new HBox(12, name, match);
            row.getStyleClass().add("search-hit");
            CustomMenuItem item = new CustomMenuItem(row, true);
            item.setOnAction(e -> open(hit));
            results.getItems().add(item);
        }
        if (!results.isShowing()) {
            results.show(field, Side.BOTTOM, 0, 2);
        }
    }

    private void open(SearchHit hit) {
        results.hide();
        context.openDebtor(hit.debtorId());
    }
}
