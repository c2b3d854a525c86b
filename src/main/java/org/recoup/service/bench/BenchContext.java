package org.recoup.service.bench;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a benchmark may use: a folder of its own for scratch files, and a place to report progress
 * (never standard output, which carries the figures).
 *
 * @param workDir  a folder the benchmarks may write to and reuse between runs (cached portfolios)
 * @param database the database the user named with {@code --db}, or null to let each benchmark
 *                 build the portfolio it needs in {@code workDir}
 * @param progress where to say what is happening
 */
public record BenchContext(Path workDir, Path database, PrintStream progress) {

    public void say(String message) {
        progress.println(message);
        progress.flush();
    }
}
