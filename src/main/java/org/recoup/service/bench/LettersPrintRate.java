package org.recoup.service.bench;

import java.util.List;
import java.util.Map;

import org.recoup.letters.BatchOptions;

/** {@code letters.print.rate}: one print file of 1,000 one-page en+zh letters, in letters per second. */
public final class LettersPrintRate implements Benchmark {

    @Override
    public List<String> figures() {
        return List.of("letters.print.rate");
    }

    @Override
    public Map<String, Number> run(BenchContext context) {
        var letters = LetterBench.letters();
        double rate = LetterBench.medianRate(context, "letters.print.rate", LetterBench.renderer(), letters,
                BatchOptions.printFileOnly(), result -> {
                    if (result.printFilePages() != letters.size() || !result.skipped().isEmpty()) {
                        throw new IllegalStateException("expected " + letters.size() + " one-page letters, got "
                                + result.printFilePages() + " pages and " + result.skipped().size() + " skipped");
                    }
                    return result.printFile().length;
                });
        return Map.of("letters.print.rate", Math.round(rate));
    }
}
