package org.recoup.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.recoup.service.Workspace;
import org.recoup.ui.debtors.DebtorsView;
import org.recoup.ui.letters.LettersView;
import org.recoup.ui.reports.ReportsView;
import org.recoup.ui.search.SearchBox;
import org.recoup.ui.settings.SettingsView;

import atlantafx.base.theme.Styles;

/**
 * The main window's frame: navigation on the left, the global search on top, the current view in
 * the middle and the task runner's progress at the bottom.
 */
public final class MainWindow extends BorderPane {

    /** The places the navigation leads to. */
    public enum Place { QUEUE, DEBTORS, LETTERS, REPORTS, SETTINGS }

    private final AppContext context;
    private final StackPane content = new StackPane();
    private final Map<Place, Node> views = new EnumMap<>(Place.class);
    private final Map<Place, ToggleButton> navButtons = new EnumMap<>(Place.class);
    private final ToggleGroup navigation = new ToggleGroup();
    private final SearchBox search;
    private final Label databaseLabel = new Label();
    private DebtorsView debtorsView;

    public MainWindow(AppContext context) {
        this.context = context;
        getStyleClass().add("main-window");
        search = new SearchBox(context);
        setTop(header());
        setLeft(navigationBar());
        setCenter(content);
        setBottom(statusBar());
        context.setDebtorOpener(this::openDebtor);
        context.setLettersOpener(this::openLetters);
        context.workspaceProperty().addListener((obs, old, workspace) -> {
            if (workspace != null) {
                databaseLabel.setText(workspace.databaseFile().toString());
                views.clear();
                show(selectedPlace());
                evaluatePlans(workspace);
            }
        });
        showLoading();
        navButtons.get(Place.QUEUE).setSelected(true);
    }

    /**
     * Brings promises and plans up to date once, in the background, when the workspace opens, so
     * that plans broken (or completed) since the last session read so in the list and the detail;
     * the list reloads when something changed. The work queue does the same before each build.
     */
    private void evaluatePlans(Workspace workspace) {
        context.tasks().run(progress -> workspace.daily().evaluate(), changes -> {
            boolean changed = changes.plansChanged() > 0 || !changes.promises().isEmpty();
            if (changed && debtorsView != null) {
                debtorsView.refresh();
            }
        });
    }

    private Node header() {
        Label title = new Label("Recoup");
        title.getStyleClass().addAll(Styles.TITLE_3, "app-title");
        Region left = new Region();
        HBox.setHgrow(left, Priority.ALWAYS);
        Region right = new Region();
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox bar = new HBox(12, title, left, search, right);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 16, 8, 16));
        bar.getStyleClass().add("header-bar");
        return bar;
    }

    private Node navigationBar() {
        VBox bar = new VBox(4);
        bar.setPadding(new Insets(12, 8, 12, 8));
        bar.getStyleClass().add("nav-bar");
        bar.getChildren().addAll(
                navButton(Place.QUEUE, Feather.CHECK_SQUARE, "nav.queue"),
                navButton(Place.DEBTORS, Feather.USERS, "nav.debtors"),
                navButton(Place.LETTERS, Feather.MAIL, "nav.letters"),
                navButton(Place.REPORTS, Feather.BAR_CHART_2, "nav.reports"));
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        bar.getChildren().addAll(spacer, navButton(Place.SETTINGS, Feather.SETTINGS, "nav.settings"));
        navigation.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                old.setSelected(true);
            } else {
                show((Place) selected.getUserData());
            }
        });
        return bar;
    }

    private ToggleButton navButton(Place place, Ikon icon, String key) {
        ToggleButton button = new ToggleButton(context.t(key), new FontIcon(icon));
        button.setUserData(place);
        button.setToggleGroup(navigation);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.getStyleClass().addAll(Styles.FLAT, "nav-button");
        button.setId("nav-" + place.name().toLowerCase(java.util.Locale.ROOT));
        navButtons.put(place, button);
        return button;
    }

    private Node statusBar() {
        Label message = new Label();
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(220);
        Button cancel = new Button(context.t("task.cancel"));
        cancel.getStyleClass().add(Styles.SMALL);
        HBox taskBox = new HBox(8, message, progress, cancel);
        taskBox.setAlignment(Pos.CENTER_LEFT);
        taskBox.setVisible(false);
        taskBox.managedProperty().bind(taskBox.visibleProperty());
        context.tasks().currentProperty().addListener((obs, old, task) -> {
            message.textProperty().unbind();
            progress.progressProperty().unbind();
            taskBox.setVisible(task != null);
            if (task != null) {
                message.textProperty().bind(task.messageProperty());
                progress.progressProperty().bind(task.progressProperty());
                cancel.setVisible(context.tasks().isCancellable(task));
                cancel.setOnAction(e -> task.cancel());
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        databaseLabel.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        databaseLabel.setTooltip(new Tooltip(context.t("status.database")));
        HBox bar = new HBox(12, taskBox, spacer, databaseLabel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void showLoading() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label label = new Label(context.t("app.opening"));
        label.setId("opening-label");
        VBox box = new VBox(12, spinner, label);
        box.setAlignment(Pos.CENTER);
        content.getChildren().setAll(box);
    }

    private Place selectedPlace() {
        return navigation.getSelectedToggle() == null ? Place.QUEUE
                : (Place) navigation.getSelectedToggle().getUserData();
    }

    /** Shows a place; views needing the database wait until it is open. */
    public void show(Place place) {
        navButtons.get(place).setSelected(true);
        if (context.workspaceProperty().get() == null && place != Place.SETTINGS) {
            showLoading();
            return;
        }
        content.getChildren().setAll(views.computeIfAbsent(place, p -> create(p).get()));
    }

    private Supplier<Node> create(Place place) {
        return switch (place) {
            case QUEUE -> () -> new org.recoup.ui.work.WorkQueueView(context);
            case DEBTORS -> () -> {
                debtorsView = new DebtorsView(context);
                return debtorsView;
            };
            case LETTERS -> () -> new LettersView(context);
            case REPORTS -> () -> new ReportsView(context);
            case SETTINGS -> () -> new SettingsView(context);
        };
    }

    /** Opens a debtor in the Debtors view. */
    public void openDebtor(long debtorId) {
        show(Place.DEBTORS);
        if (debtorsView != null) {
            debtorsView.open(debtorId);
        }
    }

    /** Opens the Letters screen with the batch's filter set to {@code filterExpression}. */
    public void openLetters(String filterExpression) {
        show(Place.LETTERS);
        if (views.get(Place.LETTERS) instanceof LettersView letters) {
            letters.useFilter(filterExpression);
        }
    }

    /** Puts the cursor in the global search (Ctrl+K / Cmd+K). */
    public void focusSearch() {
        search.focus();
    }
}
