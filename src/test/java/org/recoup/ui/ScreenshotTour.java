package org.recoup.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.recoup.domain.Language;
import org.recoup.service.UserSettings;
import org.recoup.service.Workspace;
import org.recoup.service.work.QueueItem;
import org.recoup.ui.work.ScheduleDialog;

import atlantafx.base.theme.PrimerLight;

/**
 * Not a test: takes the screenshots in docs/screenshots under Xvfb, on a demo database.
 * {@code xvfb-run -a -s "-screen 0 1400x900x24" java -cp target/test-classes:target/recoup.jar
 * org.recoup.ui.ScreenshotTour /tmp/q docs/screenshots [en|zh]}
 */
public final class ScreenshotTour {

    private static Path database;
    private static Path out;
    private static Language language;

    public static void main(String[] args) {
        database = Path.of(args[0]);
        out = Path.of(args[1]);
        language = args.length > 2 ? Language.fromCode(args[2]) : Language.EN;
        Application.launch(Tour.class);
    }

    /** The application the tour runs in. */
    public static final class Tour extends Application {
        @Override
        public void start(Stage stage) {
            tour(stage);
        }
    }

    static void tour(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        I18n i18n = new I18n(language);
        DialogService dialogs = new DialogService(i18n);
        TaskRunner tasks = new TaskRunner(dialogs::showError);
        AppContext context = new AppContext(i18n, tasks, dialogs, Clock.systemDefaultZone(),
                new UserSettings(Preferences.userRoot().node("org/recoup/tour-" + System.nanoTime())));
        MainWindow window = new MainWindow(context);
        Scene scene = new Scene(window, 1360, 860);
        scene.getStylesheets().add(Objects.requireNonNull(RecoupApp.class.getResource("recoup.css")).toExternalForm());
        stage.setTitle("Recoup");
        stage.setScene(scene);
        stage.setX(20);
        stage.setY(10);
        dialogs.setOwner(stage);
        stage.show();
        Thread tour = new Thread(() -> {
            try {
                Workspace workspace = Workspace.open(database);
                Platform.runLater(() -> context.workspaceProperty().set(workspace));
                // the window may build the queue view more than once as the workspace opens
                @SuppressWarnings("unchecked")
                TableView<QueueItem> table = (TableView<QueueItem>) waitFor(() -> {
                    TableView<?> t = (TableView<?>) scene.lookup("#queue-table");
                    return t == null || t.getItems().isEmpty() ? null : t;
                });
                Thread.sleep(1500);
                shoot("work-queue.png");
                QueueItem us = table.getItems().stream().filter(i -> i.homeZone().startsWith("America/Chicago"))
                        .findFirst().orElse(table.getItems().get(0));
                Platform.runLater(() -> context.openDebtor(us.debtorId()));
                waitFor(() -> find("#detail-name") instanceof javafx.scene.control.Label name
                        && name.getText().equals(us.debtorName()) ? name : null);
                Thread.sleep(1500);
                shoot("debtors.png");
                Platform.runLater(() -> ScheduleDialog.open(context, us.debtorId(), saved -> { }));
                TextField time = (TextField) waitFor(() -> find("#schedule-time"));
                DatePicker date = (DatePicker) waitFor(() -> find("#schedule-date"));
                LocalDate tomorrow = Instant.now().atZone(ZoneId.of(us.homeZone())).toLocalDate().plusDays(1);
                Platform.runLater(() -> {
                    date.setValue(tomorrow);
                    time.setText("21:30");
                    time.getScene().getWindow().sizeToScene();
                    time.getScene().getWindow().setX(380);
                    time.getScene().getWindow().setY(60);
                });
                Thread.sleep(1500);
                shoot("schedule-blocked.png");
                Platform.runLater(() -> {
                    Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide);
                    ((javafx.scene.control.ButtonBase) find("#nav-settings")).fire();
                });
                javafx.scene.control.TabPane settings = (javafx.scene.control.TabPane) waitFor(() -> find("#settings-letters"));
                Platform.runLater(() -> settings.getSelectionModel().select(settings.getTabs().stream()
                        .filter(t -> "settings-clients".equals(t.getId())).findFirst().orElseThrow()));
                waitFor(() -> find("#client-settings") == null ? null : find("#client-settings").lookup(".text-field"));
                Thread.sleep(1500);
                shoot("settings-clients.png");
                Platform.runLater(() -> {
                    workspace.close();
                    Platform.exit();
                });
            } catch (Exception e) {
                e.printStackTrace();
                Platform.exit();
            }
        }, "tour");
        tour.setDaemon(true);
        tour.start();
    }

    private static Node find(String id) {
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null) {
                Node node = w.getScene().lookup(id);
                if (node != null) {
                    return node;
                }
            }
        }
        return null;
    }

    private static Object waitFor(java.util.concurrent.Callable<Object> probe) throws Exception {
        for (int i = 0; i < 600; i++) {
            AtomicReference<Object> found = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                try {
                    found.set(probe.call());
                } catch (Exception ignored) {
                    // not yet
                }
                done.countDown();
            });
            done.await(5, TimeUnit.SECONDS);
            if (found.get() != null) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("timed out");
    }

    private static void shoot(String name) throws Exception {
        Process p = new ProcessBuilder("import", "-window", "root", out.resolve(name).toString()).inheritIO().start();
        p.waitFor();
    }
}
