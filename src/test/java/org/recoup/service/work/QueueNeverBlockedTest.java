package org.recoup.service.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recoup.service.Progress;
import org.recoup.service.compliance.CheckResult;

/**
 * Over a generated portfolio, at hours all round the clock: every item of the queue passes the
 * engine at its time when checked the slow way (the debtor loaded alone, as a dialog would), and
 * falls on the debtor's own today.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueNeverBlockedTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 10);

    @TempDir
    static Path dir;

    private WorkFixture f;

    @BeforeAll
    void portfolio() {
        f = new WorkFixture(dir, AS_OF.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));
        f.workspace.demo().generate(500, 7, AS_OF, Progress.NONE, (debtors, debts) -> { });
    }

    @AfterAll
    void close() {
        f.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-10T01:00:00Z", "2026-03-10T05:30:00Z", "2026-03-10T09:15:00Z",
            "2026-03-10T13:00:00Z", "2026-03-10T17:45:00Z", "2026-03-10T22:00:00Z"})
    void queueHoldsNoActionTheEngineBlocks(String instant) {
        Instant at = Instant.parse(instant);
        f.clock.set(at);
        Queue queue = f.work.queue().at(at);
        assertThat(queue.debtorsConsidered()).isGreaterThan(300);
        assertThat(queue.items()).isNotEmpty();
        Set<Long> debtors = new HashSet<>();
        for (QueueItem item : queue.items()) {
            assertThat(debtors.add(item.debtorId())).as("one item per debtor").isTrue();
            assertThat(item.verdict()).isNotEqualTo(CheckResult.Level.BLOCK);
            ZoneId home = ZoneId.of(item.homeZone());
            assertThat(item.at().atZone(home).toLocalDate()).as("today for the debtor").isEqualTo(at.atZone(home).toLocalDate());
            assertThat(item.at()).isAfterOrEqualTo(at);
            if (item.proposal() != null) {
                CheckResult alone = f.workspace.compliance().check(item.debtorId(), item.proposal());
                assertThat(alone.level()).as("%s for debtor %d", item.proposal(), item.debtorId())
                        .isEqualTo(item.verdict());
            }
        }
        assertThat(queue.items()).extracting(QueueItem::priority).isSorted();
    }
}
