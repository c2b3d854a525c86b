package org.recoup.service.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.recoup.compliance.ComplianceEngine;
import org.recoup.compliance.DebtInfo;
import org.recoup.compliance.DebtorContext;
import org.recoup.compliance.Event;
import org.recoup.compliance.LetterDetails;
import org.recoup.compliance.Location;
import org.recoup.compliance.Message;
import org.recoup.compliance.ProposedAction;
import org.recoup.compliance.Verdict;
import org.recoup.domain.Channel;
import org.recoup.domain.ContactOutcome;
import org.recoup.domain.Direction;
import org.recoup.domain.LetterKind;
import org.recoup.domain.Party;
import org.recoup.domain.PhoneType;

/**
 * {@code check.rate}: compliance checks per second on one thread, for a debtor with 60 events of
 * history and two debts, over proposals of every hour of three days (calls, texts, letters, credit
 * reports) so that passing, blocked and earliest-compliant searches are all measured.
 */
public final class CheckRateBenchmark implements Benchmark {

    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private static final long MEASURE_NANOS = 4_000_000_000L;

    @Override
    public List<String> figures() {
        return List.of("check.rate");
    }

    @Override
    public Map<String, Number> run(BenchContext context) {
        ComplianceEngine engine = ComplianceEngine.standard();
        DebtorContext debtor = debtor();
        List<ProposedAction> proposals = proposals();
        List<String> packs = List.of("US-FED", "US-MA");
        int[] verdicts = new int[3];
        for (ProposedAction p : proposals) {
            verdicts[engine.check(p, debtor, packs).verdict().ordinal()]++;
        }
        context.say("check.rate: " + proposals.size() + " proposals, " + verdicts[0] + " pass, " + verdicts[1] + " warn, "
                + verdicts[2] + " block; warming up");
        loop(engine, debtor, proposals, packs, WARM_UP_NANOS);
        context.say("check.rate: measuring");
        long[] done = loop(engine, debtor, proposals, packs, MEASURE_NANOS);
        long wallRate = Math.round(done[0] * 1e9 / done[1]);
        // The machine may be shared: the time this thread actually ran measures the engine, not its neighbours.
        long rate = done[2] > 0 ? Math.round(done[0] * 1e9 / done[2]) : wallRate;
        context.say("check.rate: " + done[0] + " checks, " + wallRate + "/s by the clock, " + rate + "/s of thread CPU time");
        return Map.of("check.rate", rate);
    }

    /** Runs checks for about {@code nanos}; returns {checks, elapsed nanos, thread CPU nanos or 0}. */
    private static long[] loop(ComplianceEngine engine, DebtorContext debtor, List<ProposedAction> proposals,
                               List<String> packs, long nanos) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
        long start = System.nanoTime();
        long checks = 0;
        long elapsed;
        int sink = 0;
        do {
            for (ProposedAction p : proposals) {
                Verdict v = engine.check(p, debtor, packs);
                sink += v.findings().size();
            }
            checks += proposals.size();
            elapsed = System.nanoTime() - start;
        } while (elapsed < nanos);
        long cpuNanos = cpu ? threads.getCurrentThreadCpuTime() - cpuStart : 0;
        if (sink == Integer.MIN_VALUE) {
            throw new IllegalStateException();
        }
        return new long[] {checks, elapsed, cpuNanos};
    }

    static DebtorContext debtor() {
        ZoneId chicago = ZoneId.of("America/Chicago");
        List<Location> locations = List.of(Location.address(chicago), Location.phone("P1", PhoneType.MOBILE, chicago),
                Location.phone("P2", PhoneType.HOME, ZoneId.of("America/Denver")), Location.phone("P3", PhoneType.WORK, chicago),
                Location.email("E1", false));
        List<DebtInfo> debts = List.of(new DebtInfo("D1", LocalDate.of(2026, 2, 2), null, null, null, false),
                new DebtInfo("D2", LocalDate.of(2026, 2, 16), null, null, null, false));
        List<Event> events = new ArrayList<>();
        // 56 calls 13 hours apart, 2026-02-01 to 03-02: each debt nears the 7-in-7-days limit
        Instant first = Instant.parse("2026-02-01T15:00:00Z");
        ContactOutcome[] outcomes = {ContactOutcome.NO_ANSWER, ContactOutcome.BUSY, ContactOutcome.NO_ANSWER,
                ContactOutcome.NO_ANSWER, ContactOutcome.NOT_IN_SERVICE, ContactOutcome.NO_ANSWER, ContactOutcome.VOICEMAIL,
                ContactOutcome.NO_ANSWER, ContactOutcome.NO_ANSWER, ContactOutcome.NO_ANSWER, ContactOutcome.BUSY,
                ContactOutcome.NO_ANSWER};
        for (int i = 0; i < 56; i++) {
            Instant at = first.plusSeconds(i * 13L * 3600);
            String to = i % 5 == 0 ? "P2" : i % 7 == 0 ? "P3" : "P1";
            events.add(new Event.Contact(at, Channel.CALL, Direction.OUTBOUND, to, Party.DEBTOR,
                    Set.of(i % 2 == 0 ? "D2" : "D1"), outcomes[i % outcomes.length], false));
        }
        events.add(new Event.Contact(Instant.parse("2026-02-24T16:00:00Z"), Channel.CALL, Direction.INBOUND, "P1",
                Party.DEBTOR, Set.of("D2"), ContactOutcome.PROMISE_TO_PAY, false));
        events.add(new Event.Letter(Instant.parse("2026-02-02T15:00:00Z"), Party.DEBTOR, Set.of("D1"),
                LetterKind.VALIDATION_NOTICE, false));
        events.add(new Event.Consent(Instant.parse("2026-03-02T15:00:00Z"), Instant.parse("2026-03-04T03:00:00Z"),
                Instant.parse("2026-03-04T04:00:00Z")));
        events.add(new Event.OptOut(Instant.parse("2026-02-20T15:00:00Z"), Channel.SMS, "P2"));
        return new DebtorContext(locations, false, false, List.of(), List.of(), debts, events);
    }

    static List<ProposedAction> proposals() {
        List<ProposedAction> list = new ArrayList<>();
        Instant from = Instant.parse("2026-03-02T00:00:00Z");
        String[] targets = {"P1", "P2", "P3"};
        for (int i = 0; i < 72; i++) {
            Instant at = from.plusSeconds(i * 3600L + 17 * 60);
            Set<String> debts = i % 4 == 0 ? Set.of() : Set.of(i % 2 == 0 ? "D1" : "D2");
            Channel channel = i % 9 == 0 ? Channel.SMS : i % 13 == 0 ? Channel.LETTER : i % 17 == 0 ? Channel.CREDIT_REPORT : Channel.CALL;
            LetterDetails letter = channel == Channel.LETTER ? LetterDetails.of(LetterKind.DEMAND) : null;
            String to = channel == Channel.CALL || channel == Channel.SMS ? targets[i % 3] : null;
            list.add(new ProposedAction(at, channel, to, Party.DEBTOR, debts, false, new Message(i % 2 == 0, false), letter));
        }
        return list;
    }
}
