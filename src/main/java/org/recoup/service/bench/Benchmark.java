package org.recoup.service.bench;

import java.util.List;
import java.util.Map;

/**
 * One of the project's benchmarks. Speed and memory targets are measured here, by
 * {@code recoup bench}, never by a timed test.
 */
public interface Benchmark {

    /** The names of the figures this benchmark reports, e.g. {@code search.p95}. */
    List<String> figures();

    /** Runs the benchmark and returns its figures by name (milliseconds, rates per second, bytes, ...). */
    Map<String, Number> run(BenchContext context) throws Exception;
}
