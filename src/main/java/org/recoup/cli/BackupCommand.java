package org.recoup.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.recoup.service.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Writes a compressed copy of a database (it must not be open elsewhere).")
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "The backup file to write (.zip).")
    Path to;

    @Override
    public Integer call() {
        Workspace.backup(database.path, to);
        spec.commandLine().getOut().println("backup: wrote " + to.toAbsolutePath());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
