package org.recoup.store;

import java.nio.file.Path;

/**
 * Where a database lives. H2 keeps it in {@code NAME.mv.db}; users may name either the file or
 * NAME, and both mean the same database.
 */
public record DatabaseFile(Path base) {

    public static final String SUFFIX = ".mv.db";

    public DatabaseFile {
        base = base.toAbsolutePath().normalize();
    }

    public static DatabaseFile of(Path path) {
        String name = path.getFileName().toString();
        if (name.endsWith(SUFFIX)) {
            return new DatabaseFile(path.resolveSibling(name.substring(0, name.length() - SUFFIX.length())));
        }
        return new DatabaseFile(path);
    }

    /** The file on disk, {@code NAME.mv.db}. */
    public Path file() {
        return base.resolveSibling(base.getFileName() + SUFFIX);
    }

    public Path directory() {
        return base.getParent();
    }

    public String name() {
        return base.getFileName().toString();
    }

    String jdbcUrl() {
        // DB_CLOSE_ON_EXIT=FALSE: we close (and back up) ourselves; an abrupt end is still safe,
        // MVStore keeps every committed transaction.
        return "jdbc:h2:file:" + base.toString().replace('\\', '/') + ";DB_CLOSE_ON_EXIT=FALSE";
    }
}
