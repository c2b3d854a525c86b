package org.recoup.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import org.recoup.domain.Language;
import org.recoup.service.AppPaths;
import org.recoup.service.UserSettings;
import org.recoup.service.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlantafx.base.theme.PrimerLight;

/**
 * The JavaFX application. The window appears at once; the database opens, migrates and loads in
 * the background while the window says so. On a clean exit the database is closed with a backup.
 */
public final class RecoupApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(RecoupApp.class);

    private Stage stage;
    private AppContext context;
    private TaskRunner tasks;
    private boolean exiting;

    /** Opens the window; {@code args} are the window's own options ({@code --db PATH}, {@code --startup-probe}). */
    public static void launchWindow(String[] args) {
        Application.launch(RecoupApp.class, args);
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        WindowOptions options = WindowOptions.parse(getParameters().getRaw());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        UserSettings settings = UserSettings.forCurrentUser();
        Language language = settings.language().orElse(I18n.systemLanguage());
        I18n i18n = new I18n(language);
        DialogService dialogs = new DialogService(i18n);
        tasks = new TaskRunner(dialogs::showError);
        context = new AppContext(i18n, tasks, dialogs, Clock.systemDefaultZone(), settings);
        context.setLanguageSwitcher(this::switchLanguage);
        MainWindow window = new MainWindow(context);
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(RecoupApp.class.getResource("recoup.css")).toExternalForm());
        installShortcuts(scene);
        stage.setTitle("Recoup");
        stage.getIcons().add(new javafx.scene.image.Image(Objects.requireNonNull(
                RecoupApp.class.getResource("icons/recoup-256.png")).toExternalForm(), true));
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        dialogs.setOwner(stage);
        stage.show();

        if (options.startupProbe()) {
            reportFirstFrameAndExit();
            return;
        }
        openDatabase(options.database());
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                () -> ((MainWindow) scene.getRoot()).focusSearch());
    }

    private void openDatabase(Path database) {
        tasks.runUninterruptible(context.t("app.opening"), progress -> Workspace.open(database, context.clock()),
                workspace -> {
                    if (exiting) {
                        workspace.close();
                        return;
                    }
                    context.workspaceProperty().set(workspace);
                    stage.setTitle("Recoup — " + workspace.databaseFile().getFileName());
                },
                error -> {
                    context.dialogs().showError(error);
                    Platform.exit();
                });
    }

    /** Rebuilds the window in another language, keeping the open database. */
    void switchLanguage(Language language) {
        context.settings().setLanguage(language);
        I18n i18n = new I18n(language);
        DialogService dialogs = new DialogService(i18n);
        dialogs.setOwner(stage);
        AppContext fresh = new AppContext(i18n, tasks, dialogs, context.clock(), context.settings());
        fresh.workspaceProperty().set(context.workspaceProperty().get());
        fresh.setLanguageSwitcher(this::switchLanguage);
        context = fresh;
        MainWindow window = new MainWindow(fresh);
        stage.getScene().setRoot(window);
        window.show(MainWindow.Place.SETTINGS);
    }

    private void reportFirstFrameAndExit() {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= 2) {
                    stop();
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("first-frame-ms=" + ms);
                    System.out.flush();
                    Platform.exit();
                }
            }
        }.start();
    }

    @Override
    public void stop() {
        exiting = true;
        Workspace workspace = context == null ? null : context.workspaceProperty().get();
        if (workspace != null) {
            try {
                Path backup = workspace.closeWithBackup();
                LOG.info("backup written to {}", backup);
            } catch (RuntimeException e) {
                LOG.error("closing the database failed", e);
            }
        }
        if (tasks != null) {
            tasks.shutdown();
        }
    }

    /** The window's command-line options. */
    record WindowOptions(Path database, boolean startupProbe) {

        static WindowOptions parse(List<String> raw) {
            Path database = AppPaths.defaultDatabase();
            boolean probe = false;
            for (int i = 0; i < raw.size(); i++) {
                String arg = raw.get(i);
                if (arg.equals("--startup-probe")) {
                    probe = true;
                } else if (arg.startsWith("--db=")) {
                    database = Path.of(arg.substring("--db=".length()));
                } else if (arg.equals("--db") && i + 1 < raw.size()) {
                    database = Path.of(raw.get(++i));
                }
            }
            return new WindowOptions(database, probe);
        }
    }
}
