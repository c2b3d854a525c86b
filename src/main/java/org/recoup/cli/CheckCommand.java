package org.recoup.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.recoup.domain.UserInputException;
import org.recoup.service.check.ScenarioCheck;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks one compliance scenario (JSON) and prints its verdict as JSON.",
                "Exit status 0 for any verdict, 2 for a scenario that is not valid."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file, or - for standard input.")
    String file;

    @Override
    public Integer call() {
        String json = file.equals("-") ? readStdin() : readFile(Path.of(file));
        var out = spec.commandLine().getOut();
        out.println(ScenarioCheck.check(json));
        out.flush();
        return 0;
    }

    private static String readStdin() {
        try {
            InputStream in = System.in;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserInputException("cannot read standard input: " + e.getMessage());
        }
    }

    private static String readFile(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserInputException(path + ": no such file");
        } catch (IOException e) {
            throw new UserInputException(path + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
