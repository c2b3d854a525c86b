package org.recoup.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.recoup.domain.Language;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.DisplayConverter;

import atlantafx.base.theme.Styles;

/**
 * Settings: the window's language and where the database is (this desktop's), and once the database
 * is open what is kept in it: the collection strategies, the letters' letterhead and wording, the clients' commission rates.
 */
public final class SettingsView extends VBox {

    public SettingsView(AppContext context) {
        super(16);
        setPadding(new Insets(24));
        Label title = new Label(context.t("settings.title"));
        title.getStyleClass().add(Styles.TITLE_2);

        ComboBox<Language> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll(Language.values());
        language.setConverter(DisplayConverter.of(l -> context.i18n().t("language", l)));
        language.setValue(context.i18n().language());
        language.valueProperty().addListener((o, old, chosen) -> {
            if (chosen != null && chosen != old) {
                context.switchLanguage(chosen);
            }
        });

        Label database = new Label(context.workspaceProperty().get() == null ? context.t("app.opening")
                : context.workspace().databaseFile().toString());
        database.getStyleClass().add(Styles.TEXT_MUTED);
        Label databaseHint = new Label(context.t("settings.databaseHint"));
        databaseHint.setWrapText(true);
        databaseHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(12);
        grid.addRow(0, new Label(context.t("settings.language")), language);
        grid.addRow(1, new Label(context.t("settings.database")), new VBox(4, database, databaseHint));
        getChildren().addAll(title, grid);
        if (context.workspaceProperty().get() != null) {
            ScrollPane strategies = new ScrollPane(new StrategyEditor(context));
            strategies.setFitToWidth(true);
            ClientSettings clients = new ClientSettings(context);
            Tab clientsTab = section(context.t("settings.clients.title"), "settings-clients", clients);
            clientsTab.selectedProperty().addListener((o, was, selected) -> {
                if (selected) {
                    clients.reload();
                }
            });
            TabPane databaseSettings = new TabPane(
                    section(context.t("strategy.title"), "settings-strategies", strategies),
                    section(context.t("settings.letterhead.title"), "settings-letterhead", new LetterheadSettings(context)),
                    section(context.t("settings.wording.title"), "settings-wording", new WordingSettings(context)),
                    clientsTab);
            databaseSettings.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            databaseSettings.setId("settings-letters");
            VBox.setVgrow(databaseSettings, Priority.ALWAYS);
            getChildren().add(databaseSettings);
        }
    }

    private static Tab section(String title, String id, Region content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
