package org.recoup.ui;

import java.lang.management.ManagementFactory;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The JavaFX application: the main window. */
public final class RecoupApp extends Application {

    /** Opens the window; {@code args} are the window's own options ({@code --db PATH}, {@code --startup-probe}). */
    public static void launchWindow(String[] args) {
        Application.launch(RecoupApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Recoup");
        stage.setScene(new Scene(new BorderPane(new Label("Recoup")), 1200, 800));
        stage.show();
        if (getParameters().getRaw().contains("--startup-probe")) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("first-frame-ms=" + ms);
            Platform.exit();
        }
    }
}
