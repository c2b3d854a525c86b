package org.recoup;

import java.util.Arrays;

import org.recoup.cli.RecoupCommand;
import org.recoup.ui.RecoupApp;
import org.slf4j.LoggerFactory;

/**
 * The composition root and main class. A plain class, not a JavaFX {@code Application}, so that
 * {@code java -jar recoup.jar} works with JavaFX on the class path.
 *
 * <p>With no arguments, or only window options ({@code --db PATH}, {@code --startup-probe}), it
 * opens the window; with a subcommand it is the command line.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (RecoupCommand.isWindowInvocation(args)) {
            // Logging starts on a second core while JavaFX starts its toolkit: a shorter first frame.
            Thread logging = new Thread(LoggerFactory::getILoggerFactory, "logging-setup");
            logging.setDaemon(true);
            logging.start();
            RecoupApp.launchWindow(args);
        } else {
            System.exit(RecoupCommand.execute(Arrays.copyOf(args, args.length)));
        }
    }
}
