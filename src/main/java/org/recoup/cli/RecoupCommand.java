package org.recoup.cli;

import java.io.PrintWriter;
import java.util.Set;

import org.recoup.domain.RecoupException;
import org.recoup.domain.UserInputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code recoup} command line: one subcommand per use, each a thin mapping onto a service. */
@Command(name = "recoup",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Recoup: case management for debt collection. With no subcommand, opens the window.",
        subcommands = {
                BackupCommand.class,
                BenchCommand.class,
                CheckCommand.class,
                DemoCommand.class,
                ExportCommand.class,
                ImportCommand.class,
                LettersCommand.class,
                LogCommand.class,
                PayCommand.class,
                PlanCommand.class,
                QueueCommand.class,
                ReportCommand.class,
                RestoreCommand.class,
                CommandLine.HelpCommand.class
        })
public final class RecoupCommand implements Runnable {

    /** Exit status for bad arguments or unusable input (picocli's usage status). */
    public static final int EXIT_BAD_INPUT = CommandLine.ExitCode.USAGE;

    /** Exit status when the command could not do its work (a database in use, a disk error). */
    public static final int EXIT_FAILED = CommandLine.ExitCode.SOFTWARE;

    private static final Set<String> WINDOW_OPTIONS = Set.of("--db", "--startup-probe");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * True when the arguments ask for the window: none at all, or only the window's own options
     * ({@code --db PATH}, {@code --startup-probe}).
     */
    public static boolean isWindowInvocation(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String name = args[i].contains("=") ? args[i].substring(0, args[i].indexOf('=')) : args[i];
            if (!WINDOW_OPTIONS.contains(name)) {
                return false;
            }
            if (name.equals("--db") && !args[i].contains("=")) {
                i++;
            }
        }
        return true;
    }

    /** Runs the command line and returns its exit status; never lets a stack trace reach the user. */
    public static int execute(String... args) {
        return newCommandLine().execute(args);
    }

    /** A command line with Recoup's error handling, for {@link #execute} and for tests that capture output. */
    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new RecoupCommand());
        commandLine.setExecutionExceptionHandler(RecoupCommand::handleExecutionException);
        commandLine.setParameterExceptionHandler(RecoupCommand::handleParameterException);
        return commandLine;
    }

    private static int handleExecutionException(Exception e, CommandLine commandLine,
                                                CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof RecoupException expected) {
            err.println(commandLine.getCommandSpec().qualifiedName() + ": " + oneLine(expected.getMessage()));
            err.flush();
            return expected instanceof UserInputException ? EXIT_BAD_INPUT : EXIT_FAILED;
        }
        err.println(commandLine.getCommandSpec().qualifiedName() + ": failed: " + rootMessage(e));
        err.flush();
        org.slf4j.LoggerFactory.getLogger(RecoupCommand.class).debug("command failed", e);
        return EXIT_FAILED;
    }

    private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println(e.getCommandLine().getCommandSpec().qualifiedName() + ": " + e.getMessage()
                + " (see --help)");
        err.flush();
        return EXIT_BAD_INPUT;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return oneLine(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").trim();
    }
}
