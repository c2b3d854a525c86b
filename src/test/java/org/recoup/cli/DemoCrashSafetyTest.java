package org.recoup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.view.DebtorFilter;
import org.recoup.service.Workspace;
import org.recoup.service.demo.DemoService;

/** A demo killed with SIGKILL while it writes leaves a database that opens with every committed batch whole. */
class DemoCrashSafetyTest {

    private static final Pattern COMMITTED = Pattern.compile("committed (\\d+) debtors, (\\d+) debts");

    @TempDir
    Path dir;

    @Test
    void killedDemoLeavesEveryCommittedBatchIntact() throws Exception {
        Path db = dir.resolve("crash");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.recoup.Launcher",
                "demo", "--db", db.toString(), "--debtors", "500000", "--seed", "5", "--as-of", "2026-11-01")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long committedDebtors = 0;
        long committedDebts = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher m = COMMITTED.matcher(line);
                if (m.find()) {
                    committedDebtors = Long.parseLong(m.group(1));
                    committedDebts = Long.parseLong(m.group(2));
                    if (committedDebtors >= 2L * DemoService.BATCH) {
                        break;
                    }
                }
            }
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(committedDebtors).as("the demo reported committed batches before it was killed")
                .isGreaterThanOrEqualTo(2L * DemoService.BATCH);

        try (Workspace workspace = Workspace.open(db)) {
            long debtors = workspace.debtors().count(DebtorFilter.ALL);
            assertThat(debtors).isGreaterThanOrEqualTo(committedDebtors);
            assertThat(debtors % DemoService.BATCH).as("only whole batches").isZero();
            List<String> orphans = workspace.integrityProblems();
            assertThat(orphans).as("debtors without locations, debts without placement, wrong summaries").isEmpty();
            assertThat(workspace.debtCount()).isGreaterThanOrEqualTo(committedDebts);
        }
    }
}
