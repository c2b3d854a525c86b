package org.recoup.ui;

import java.nio.file.Path;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.recoup.domain.Language;

/**
 * Not a test: opens the main window on a database, walks the import wizard to the preview of a
 * messy file and runs a command (e.g. ImageMagick's {@code import -window root out.png}) to take a
 * screenshot; for docs/screenshots under Xvfb.
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1400x900x24" java -cp target/classes:target/test-classes:target/lib/* \
 *     org.recoup.ui.ImportPreviewScreenshot DB FILE CLIENT docs/screenshots/import-preview.png [en|zh]
 * </pre>
 */
public final class ImportPreviewScreenshot {

    /** How long to wait for the window to be ready before giving up. */
    private static final int WAIT_SECONDS = 60;

    private static String[] arguments;

    private ImportPreviewScreenshot() {
    }

    public static void main(String[] args) {
        arguments = args;
        Application.launch(Shot.class, args);
    }

    /** The application (a plain main class launches it, so that JavaFX may sit on the class path). */
    public static final class Shot extends Application {
        @Override
        public void start(Stage stage) {
            ImportPreviewScreenshot.start(stage);
        }
    }

    static void start(Stage stage) {
        Language language = arguments.length > 4 && arguments[4].equals("zh") ? Language.ZH : Language.EN;
        ScreenshotSteps.Opened opened = ScreenshotSteps.openWindow(stage, Path.of(arguments[0]), language);
        Scene scene = opened.scene();
        ScreenshotSteps.when(WAIT_SECONDS, () -> scene.lookup("#debtor-count") != null, () -> {
            ((Button) scene.lookup("#import-button")).fire();
            ScreenshotSteps.when(WAIT_SECONDS, () -> wizard() != null && clients(wizard()) != null && !clients(wizard()).getItems().isEmpty(), () -> {
                Scene dialog = wizard();
                ((TextField) dialog.lookup("#import-file")).setText(arguments[1]);
                ComboBox<org.recoup.service.debts.ClientService.ClientView> clients = clients(dialog);
                clients.getItems().stream().filter(c -> c.name().equals(arguments[2])).findFirst().ifPresent(clients::setValue);
                dialog.getWindow().setX(40);
                dialog.getWindow().setY(60);
                fire(dialog, "#import-next");
                ScreenshotSteps.when(WAIT_SECONDS, () -> dialog.lookup("#import-field-0") != null, () -> {
                    fire(dialog, "#import-next");
                    ScreenshotSteps.when(WAIT_SECONDS, () -> dialog.lookup("#import-preview") != null
                            && !((TableView<?>) dialog.lookup("#import-preview")).getItems().isEmpty()
                            && dialog.lookup("#import-run").isVisible() && !dialog.lookup("#import-run").isDisabled(),
                            () -> ScreenshotSteps.after(1.0, () -> ScreenshotSteps.shootAndExit(arguments[3])));
                });
            });
        });
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<org.recoup.service.debts.ClientService.ClientView> clients(Scene dialog) {
        return (ComboBox<org.recoup.service.debts.ClientService.ClientView>) dialog.lookup("#import-client");
    }

    /** Runs {@code action} once {@code ready} holds, looking every quarter second for a minute. */

    private static Scene wizard() {
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null && w.getScene().lookup("#import-wizard") != null) {
                return w.getScene();
            }
        }
        return null;
    }

    private static void fire(Scene scene, String id) {
        Node node = scene.lookup(id);
        ((Button) node).fire();
    }
}
