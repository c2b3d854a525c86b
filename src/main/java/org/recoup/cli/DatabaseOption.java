package org.recoup.cli;

import java.nio.file.Path;

import org.recoup.service.AppPaths;

import picocli.CommandLine.Option;

/** The {@code --db PATH} option every command that works on a database shares. */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "The database file (NAME or NAME.mv.db; default: ${DEFAULT-VALUE}).")
    Path path = AppPaths.defaultDatabase();
}
