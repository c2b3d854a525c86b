package org.recoup.ui.reports;

import java.nio.file.Path;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.recoup.domain.Language;
import org.recoup.service.reports.ClientInfo;
import org.recoup.ui.MainWindow;
import org.recoup.ui.ScreenshotSteps;

/**
 * Not a test: opens the main window on a database, goes to the Reports screen, waits for its
 * figures and runs ImageMagick's {@code import -window root OUT} (for docs/screenshots, under
 * Xvfb). An optional client name shows that client's figures instead of all clients'.
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1400x900x24" java -cp target/classes:target/test-classes:target/lib/* \
 *     org.recoup.ui.reports.DashboardScreenshot DB docs/screenshots/dashboard.png [en|zh] [CLIENT]
 * </pre>
 */
public final class DashboardScreenshot {

    /** How long to wait for the window to be ready before giving up. */
    private static final int WAIT_SECONDS = 120;

    private static String[] arguments;

    private DashboardScreenshot() {
    }

    public static void main(String[] args) {
        arguments = args;
        Application.launch(Shot.class, args);
    }

    /** The application (a plain main class launches it, so that JavaFX may sit on the class path). */
    public static final class Shot extends Application {
        @Override
        public void start(Stage stage) {
            DashboardScreenshot.start(stage);
        }
    }

    static void start(Stage stage) {
        Language language = arguments.length > 2 && arguments[2].equals("zh") ? Language.ZH : Language.EN;
        String clientName = arguments.length > 3 ? arguments[3] : null;
        ScreenshotSteps.Opened opened = ScreenshotSteps.openWindow(stage, Path.of(arguments[0]), language);
        Scene scene = opened.scene();
        opened.window().show(MainWindow.Place.REPORTS);
        ScreenshotSteps.when(WAIT_SECONDS, () -> figuresShown(scene) && opened.tasks().currentProperty().get() == null, () -> {
            if (clientName == null) {
                ScreenshotSteps.after(1.0, () -> ScreenshotSteps.shootAndExit(arguments[1]));
                return;
            }
            @SuppressWarnings("unchecked")
            ComboBox<ClientInfo> clients = (ComboBox<ClientInfo>) scene.lookup("#reports-client");
            clients.getItems().stream().filter(c -> c.name().equals(clientName)).findFirst().ifPresent(clients::setValue);
            ScreenshotSteps.after(1.0, () -> ScreenshotSteps.shootAndExit(arguments[1]));
        });
    }

    private static boolean figuresShown(Scene scene) {
        var card = scene.lookup("#reports-outstanding");
        return card != null && card.lookupAll(".report-card-value").stream().noneMatch(n -> ((Label) n).getText().equals("—"));
    }

    /** Runs {@code action} once {@code ready} holds, looking every quarter second for two minutes. */
}
