package org.recoup.service.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.service.reports.ReportFixture;

/** {@code recoup bench --only dashboard.time} knows the figure and measures it on the database it is given. */
class DashboardBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void dashboardTimeIsAStandardBenchmarkMeasuredOnTheDatabaseNamed() throws Exception {
        assertThat(Benchmarks.standard().figureNames()).contains("dashboard.time", "dashboard.cpu");
        ReportFixture fixture = new ReportFixture(dir);
        fixture.close();
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        Map<String, Number> figures = Benchmarks.standard().run(List.of("dashboard.time"),
                new BenchContext(dir.resolve("bench"), fixture.path, new PrintStream(said, true, StandardCharsets.UTF_8)));
        assertThat(figures).containsOnlyKeys("dashboard.time");
        assertThat(figures.get("dashboard.time").longValue()).isBetween(0L, 60_000L);
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("2 clients");
    }
}
