package org.recoup.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Steps the screenshot harnesses share (not tests): wait on the JavaFX thread for the window to be
 * ready, pause, and take the screen with imagemagick's {@code import} under Xvfb.
 */
public final class ScreenshotSteps {

    private ScreenshotSteps() {
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
