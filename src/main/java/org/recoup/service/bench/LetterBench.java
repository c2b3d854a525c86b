package org.recoup.service.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.recoup.letters.BatchOptions;
import org.recoup.letters.BatchResult;
import org.recoup.letters.LetterLanguage;
import org.recoup.letters.LetterRenderer;
import org.recoup.letters.LetterRequest;
import org.recoup.letters.SampleLetters;
import org.recoup.letters.TemplateId;

/**
 * What the letter benchmarks share: 1,000 synthetic one-page bilingual (en+zh) demand letters,
 * every one different (names with rare characters such as 堃 and 犇, amounts, addresses), the
 * renderer with every processor, and a warm-up before measuring.
 */
final class LetterBench {

    static final int LETTERS = 1_000;
    static final int RUNS = 3;

    private LetterBench() {
    }

    /** CPU time used by this process so far (all threads), or 0 where the JVM does not tell. */
    static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    static List<LetterRequest> letters() {
        return SampleLetters.batch(TemplateId.DEMAND, LetterLanguage.EN_ZH, LETTERS, 2026);
    }

    static LetterRenderer renderer() {
        return new LetterRenderer();
    }

    /** Runs a batch a few times to warm up, then {@link #RUNS} times, and returns the median letters per second. */
    static double medianRate(BenchContext context, String name, LetterRenderer renderer, List<LetterRequest> letters,
            BatchOptions options, ToDoubleFunction<BatchResult> check) {
        context.say(name + ": warming up");
        for (int i = 0; i < 3; i++) {
            check.applyAsDouble(renderer.renderBatch(letters, options));
        }
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            BatchResult result = renderer.renderBatch(letters, options);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMillisPerLetter = (processCpuNanos() - cpuStart) / 1e6 / letters.size();
            check.applyAsDouble(result);
            double rate = letters.size() / seconds;
            // the CPU time tells what the rate would be on idle cores when other work shares the machine
            context.say(String.format("%s: run %d: %d letters in %.3f s = %.0f letters/s (process CPU %.2f ms per letter)",
                    name, i + 1, letters.size(), seconds, rate, cpuMillisPerLetter));
            rates.add(rate);
        }
        Collections.sort(rates);
        return rates.get(rates.size() / 2);
    }
}
