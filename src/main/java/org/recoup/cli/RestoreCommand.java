package org.recoup.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.recoup.service.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replaces a database with a backup. Refuses while the database is open; the database"
                + " replaced is kept beside it.")
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The backup file (.zip).")
    Path from;

    @Override
    public Integer call() {
        Path kept = Workspace.restore(database.path, from, Clock.systemDefaultZone());
        var out = spec.commandLine().getOut();
        out.println("restore: " + database.path + " restored from " + from
                + (kept == null ? "" : "; the previous database was kept as " + kept));
        out.flush();
        return 0;
    }
}
