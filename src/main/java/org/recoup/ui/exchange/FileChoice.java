package org.recoup.ui.exchange;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Choosing a file: the system's file chooser fills a path field the user may also type into.
 * Everything else reads the field, so a test (which cannot drive the system's chooser) types the
 * path instead.
 */
final class FileChoice {

    private FileChoice() {
    }

    /** Fills {@code field} with a file to open, chosen with the system's chooser. */
    static void open(Window owner, String title, TextField field, String description, String... patterns) {
        FileChooser chooser = chooser(title, field, description, patterns);
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            field.setText(file.getAbsolutePath());
        }
    }

    /** Fills {@code field} with a file to write, chosen with the system's chooser. */
    static void save(Window owner, String title, TextField field, String description, String... patterns) {
        FileChooser chooser = chooser(title, field, description, patterns);
        current(field).ifPresent(p -> chooser.setInitialFileName(p.getFileName().toString()));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            field.setText(file.getAbsolutePath());
        }
    }

    /** The path in the field, if any. */
    static Optional<Path> current(TextField field) {
        String text = field.getText();
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(text.trim()));
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static FileChooser chooser(String title, TextField field, String description, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, patterns));
        current(field).map(Path::toAbsolutePath).map(Path::getParent).map(Path::toFile).filter(File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        return chooser;
    }
}
