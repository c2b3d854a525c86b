package org.recoup.service.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.recoup.domain.UserInputException;

/** Every benchmark of the project, and running a chosen few of them. */
public final class Benchmarks {

    private final List<Benchmark> all;

    public Benchmarks(List<Benchmark> all) {
        this.all = List.copyOf(all);
    }

    /** The project's benchmarks, in the order they run. */
    public static Benchmarks standard() {
        return new Benchmarks(List.of(
                new DemoRateBenchmark(),
                new DatabaseOpenBenchmark(),
                new SearchBenchmark(),
                new CheckRateBenchmark(),
                new PaymentRateBenchmark(),
                new BalanceBenchmark(),
                new LettersPrintRate(),
                new LettersFilesRate(),
                new LettersSize(),
                new ImportTimeBenchmark(),
                new DashboardBenchmark(),
                new QueueBenchmark()
        ));
    }

    /** Every figure name that some benchmark reports. */
    public Set<String> figureNames() {
        Set<String> names = new TreeSet<>();
        all.forEach(b -> names.addAll(b.figures()));
        return names;
    }

    /**
     * Runs the benchmarks that report at least one of {@code only} (every one when empty) and
     * returns the figures asked for, in a stable order.
     */
    public Map<String, Number> run(Collection<String> only, BenchContext context) throws Exception {
        Set<String> unknown = new TreeSet<>(only);
        unknown.removeAll(figureNames());
        if (!unknown.isEmpty()) {
            throw new UserInputException("unknown benchmark " + String.join(", ", unknown)
                    + "; known: " + String.join(", ", figureNames()));
        }
        Map<String, Number> figures = new LinkedHashMap<>();
        for (Benchmark benchmark : selected(only)) {
            Map<String, Number> result = benchmark.run(context);
            result.forEach((name, value) -> {
                if (only.isEmpty() || only.contains(name)) {
                    figures.put(name, value);
                }
            });
        }
        return figures;
    }

    private List<Benchmark> selected(Collection<String> only) {
        List<Benchmark> selected = new ArrayList<>();
        for (Benchmark benchmark : all) {
            if (only.isEmpty() || benchmark.figures().stream().anyMatch(only::contains)) {
                selected.add(benchmark);
            }
        }
        return selected;
    }
}
