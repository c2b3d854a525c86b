package org.recoup.ui.common;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;

/** Opens a file or folder in the system's own application (a PDF viewer, the file manager). */
public final class SystemFiles {

    private SystemFiles() {
    }

    /**
     * Opens {@code file} with the system; call it off the JavaFX thread (through the task runner).
     *
     * @return false where the system offers no way to open it (then show the user its path)
     */
    public static boolean open(Path file) {
        if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            return false;
        }
        try {
            Desktop.getDesktop().open(file.toFile());
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
