package org.recoup.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.recoup.service.AppPaths;
import org.recoup.service.bench.BenchContext;
import org.recoup.service.bench.Benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Runs the project's benchmarks and prints their figures.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH",
            description = "Measure on this database instead of portfolios the benchmarks build (and cache) themselves.")
    Path database;

    @Option(names = "--only", split = ",", paramLabel = "NAMES",
            description = "Only these figures (comma-separated), e.g. search.p95,demo.rate.")
    List<String> only = new ArrayList<>();

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where benchmark portfolios are built and cached (default: ${DEFAULT-VALUE}).")
    Path workDir = AppPaths.benchDirectory();

    @Option(names = "--json", description = "Print one flat JSON object {\"name\": value, ...}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        BenchContext context = new BenchContext(workDir, database, System.err);
        Map<String, Number> figures = Benchmarks.standard().run(only, context);
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(figures));
        } else {
            figures.forEach((name, value) -> out.println(name + " " + value));
        }
        out.flush();
        return 0;
    }
}
