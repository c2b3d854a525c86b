package org.recoup.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.recoup.domain.Language;
import org.recoup.service.UserSettings;
import org.recoup.service.Workspace;

import atlantafx.base.theme.PrimerLight;

/**
 * Steps the screenshot harnesses share (not tests): open the main window on a database, wait on
 * the JavaFX thread for it to be ready, pause, and take the screen with imagemagick's
 * {@code import} under Xvfb.
 */
public final class ScreenshotSteps {

    private ScreenshotSteps() {
    }

    /** The main window a harness works in, and what it was made with. */
    public record Opened(AppContext context, TaskRunner tasks, MainWindow window, Scene scene) {
    }

    /**
     * Shows the main window as the app does (theme, style sheet, 1400×900 at the screen's corner) in
     * {@code language}, and opens {@code database} in it.
     */
    public static Opened openWindow(Stage stage, Path database, Language language) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Workspace workspace = Workspace.open(database);
        I18n i18n = new I18n(language);
        DialogService dialogs = new DialogService(i18n);
        TaskRunner tasks = new TaskRunner(dialogs::showError);
        UserSettings settings = new UserSettings(Preferences.userRoot().node("org/recoup/screenshot"));
        AppContext context = new AppContext(i18n, tasks, dialogs, Clock.systemDefaultZone(), settings);
        MainWindow window = new MainWindow(context);
        Scene scene = new Scene(window, 1400, 900);
        scene.getStylesheets().add(Objects.requireNonNull(RecoupApp.class.getResource("recoup.css")).toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Recoup");
        stage.setX(0);
        stage.setY(0);
        dialogs.setOwner(stage);
        stage.show();
        context.workspaceProperty().set(workspace);
        return new Opened(context, tasks, window, scene);
    }

    /** Runs {@code action} once {@code ready} holds, polling; gives up (exit 1) after {@code seconds}. */
    public static void when(int seconds, BooleanSupplier ready, Runnable action) {
        long until = System.currentTimeMillis() + seconds * 1000L;
        PauseTransition poll = new PauseTransition(Duration.millis(250));
        poll.setOnFinished(e -> {
            if (ready.getAsBoolean()) {
                action.run();
            } else if (System.currentTimeMillis() < until) {
                poll.playFromStart();
            } else {
                System.err.println("gave up waiting");
                Platform.exit();
                System.exit(1);
            }
        });
        poll.play();
    }

    /** Runs {@code action} on the JavaFX thread after {@code seconds}. */
    public static void after(double seconds, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }

    /** Takes the screen into {@code out}. */
    public static void shoot(Path out) {
        try {
            Path folder = out.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            Process p = new ProcessBuilder("import", "-window", "root", out.toString()).inheritIO().start();
            p.waitFor();
        } catch (Exception e) {
            e.printStackTrace();
        }
    }

    /** Takes the screen into {@code out} and ends the harness. */
    public static void shootAndExit(String out) {
        shoot(Path.of(out));
        Platform.exit();
        System.exit(0);
    }
}
