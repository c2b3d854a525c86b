package org.recoup.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.recoup.domain.Channel;
import org.recoup.domain.ContactOutcome;
import org.recoup.domain.Direction;
import org.recoup.domain.Party;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class VerdictPropertiesTest {

    private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

    @Provide
    Arbitrary<Generated.Case> checks() {
        return Generated.cases();
    }

    @Provide
    Arbitrary<Generated.Case> debtorChecks() {
        return Generated.cases(Arbitraries.just(Party.DEBTOR));
    }

    private static Verdict check(Generated.Case c) {
        return ENGINE.check(c.proposal(), c.context(), c.packs());
    }

    /** The same check at another instant, with the history it had at the proposed one. */
    private static Verdict checkAt(Generated.Case c, Instant at) {
        DebtorContext history = c.context().withEvents(Generated.before(c.context().events(), c.proposal().at()));
        return ENGINE.check(c.proposal().at(at), history, c.packs());
    }

    private static boolean clear(Verdict v) {
        return v.findings().stream().noneMatch(f -> f.severity() == Severity.BLOCK || f.code().isTimeOrFrequency());
    }

    @Property(tries = 400)
    void earliestCompliantRecheckedDrawsNoBlockAndNoTimeOrFrequencyFinding(@ForAll("checks") Generated.Case c) {
        Optional<Instant> earliest = check(c).earliestCompliant();
        earliest.ifPresent(e -> {
            assertThat(e).isAfter(c.proposal().at());
            assertThat(e.getEpochSecond() % 60).as("to the minute").isZero();
            Verdict again = checkAt(c, e);
            assertThat(clear(again)).as("at %s: %s", e, again).isTrue();
        });
    }

    @Property(tries = 60)
    void noMinuteBeforeEarliestCompliantIsClear(@ForAll("checks") Generated.Case c) {
        Verdict v = check(c);
        if (v.findings().stream().noneMatch(f -> f.code().isTimeOrFrequency())) {
            return;
        }
        Instant start = c.proposal().at().truncatedTo(ChronoUnit.MINUTES).plusSeconds(60);
        Instant end = v.earliestCompliant().orElse(c.proposal().at().plus(3, ChronoUnit.DAYS));
        if (end.isAfter(start.plus(3, ChronoUnit.DAYS))) {
            end = start.plus(3, ChronoUnit.DAYS);
        }
        // a plain minute-by-minute oracle, for the test only
        for (Instant t = start; t.isBefore(end); t = t.plusSeconds(60)) {
            assertThat(clear(checkAt(c, t))).as("%s is clear but earliest is %s", t, v.earliestCompliant()).isFalse();
        }
    }

    @Property(tries = 400)
    void addingACountedCallNeverTurnsABlockIntoAPass(@ForAll("debtorChecks") Generated.Case c) {
        Verdict before = check(c);
        if (before.verdict() != Verdict.Level.BLOCK) {
            return;
        }
        List<Event> more = new ArrayList<>(c.context().events());
        more.add(new Event.Contact(c.proposal().at().minusSeconds(3600), Channel.CALL, Direction.OUTBOUND, "P1", Party.DEBTOR,
                Set.of("D1"), ContactOutcome.NO_ANSWER, false));
        Verdict after = ENGINE.check(c.proposal(), c.context().withEvents(more), c.packs());
        assertThat(after.verdict()).isEqualTo(Verdict.Level.BLOCK);
    }

    @Property(tries = 400)
    void verdictIsTheHighestSeverityAmongTheFindings(@ForAll("checks") Generated.Case c) {
        Verdict v = check(c);
        Verdict.Level expected = Verdict.Level.PASS;
        for (Finding f : v.findings()) {
            if (f.severity() == Severity.BLOCK) {
                expected = Verdict.Level.BLOCK;
            } else if (expected == Verdict.Level.PASS) {
                expected = Verdict.Level.WARN;
            }
        }
        assertThat(v.verdict()).isEqualTo(expected);
        assertThat(v.findings()).extracting(Finding::rule).doesNotHaveDuplicates();
        v.findings().forEach(f -> assertThat(f.earliestCompliant().isPresent()).isEqualTo(
                f.code().isTimeOrFrequency() && v.earliestCompliant().isPresent()));
    }

    @Property(tries = 300)
    void shufflingTheEventsChangesNothing(@ForAll("checks") Generated.Case c, @ForAll long seed) {
        List<Event> shuffled = new ArrayList<>(c.context().events());
        Collections.shuffle(shuffled, new Random(seed));
        Verdict a = check(c);
        Verdict b = ENGINE.check(c.proposal(), c.context().withEvents(shuffled), c.packs());
        assertThat(b).isEqualTo(a);
    }
}
