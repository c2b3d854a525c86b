package org.recoup.service.bench;

import java.util.List;
import java.util.Map;

import org.recoup.letters.BatchOptions;

/** {@code letters.files.rate}: 1,000 one-page en+zh letters as separate PDFs (with SHA-256), in letters per second. */
public final class LettersFilesRate implements Benchmark {

    @Override
    public List<String> figures() {
        return List.of("letters.files.rate");
    }

    @Override
    public Map<String, Number> run(BenchContext context) {
        var letters = LetterBench.letters();
        double rate = LetterBench.medianRate(context, "letters.files.rate", LetterBench.renderer(), letters,
                BatchOptions.separateFilesOnly(), result -> {
                    if (result.letters().size() != letters.size()) {
                        throw new IllegalStateException("expected " + letters.size() + " files, got "
                                + result.letters().size());
                    }
                    return result.letters().size();
                });
        return Map.of("letters.files.rate", Math.round(rate));
    }
}
