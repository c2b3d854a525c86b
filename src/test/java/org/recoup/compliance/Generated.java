package org.recoup.compliance;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.recoup.domain.Channel;
import org.recoup.domain.ContactOutcome;
import org.recoup.domain.Direction;
import org.recoup.domain.Party;
import org.recoup.domain.PhoneType;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random but plausible checks for the property tests: a debtor, a history, a proposal and packs. */
final class Generated {

    record Case(ProposedAction proposal, DebtorContext context, List<String> packs) {
        @Override
        public String toString() {
            return packs + " " + proposal + "\n  zones " + context.locations().stream().map(Location::zones).toList()
                    + "\n  named " + context.inconvenientTimes() + "\n  events " + context.events();
        }
    }

    private static final List<String> ZONES = List.of("America/Chicago", "America/New_York", "America/Los_Angeles",
            "America/Phoenix", "Asia/Shanghai", "Europe/London");
    private static final List<List<String>> PACKS = List.of(List.of("US-FED"), List.of("US-FED", "US-MA"),
            List.of("US-FED", "US-WA"), List.of("US-FED", "US-MA", "US-WA"), List.of("CN"), List.of("UK"));
    /** Around the DST changes of 2026 (US 03-08 and 11-01, UK 03-29 and 10-25) and quiet dates. */
    private static final List<Instant> BASES = List.of(Instant.parse("2026-03-07T12:00:00Z"),
            Instant.parse("2026-10-31T12:00:00Z"), Instant.parse("2026-03-28T12:00:00Z"),
            Instant.parse("2026-10-24T12:00:00Z"), Instant.parse("2026-06-15T12:00:00Z"), Instant.parse("2026-01-15T12:00:00Z"));

    private Generated() {
    }

    static Arbitrary<Case> cases() {
        return cases(Arbitraries.of(Party.DEBTOR, Party.DEBTOR, Party.DEBTOR, Party.THIRD_PARTY));
    }

    static Arbitrary<Case> cases(Arbitrary<Party> parties) {
        Arbitrary<ZoneId> zone = Arbitraries.of(ZONES).map(ZoneId::of);
        Arbitrary<Instant> base = Arbitraries.of(BASES);
        Arbitrary<Integer> offsetMinutes = Arbitraries.integers().between(-12 * 60, 12 * 60);
        Arbitrary<List<TimeRange>> named = Arbitraries.integers().between(0, 23)
                .flatMap(from -> Arbitraries.integers().between(1, 10).map(len -> new TimeRange(LocalTime.of(from, 0),
                        LocalTime.of((from + len) % 24, 30), Set.of())))
                .list().ofMaxSize(1).injectDuplicates(0);
        Arbitrary<Boolean> coin = Arbitraries.of(true, false, false);
        return Combinators.combine(zone, zone, base, offsetMinutes, named, coin, Arbitraries.of(PACKS), parties)
                .flatAs((home, phoneZone, b, off, times, prohibits, packs, party) -> {
                    Instant at = b.plusSeconds(60L * off);
                    return Combinators.combine(events(at).list().ofMaxSize(25), proposalShape(), Arbitraries.of(true, false))
                            .as((events, shape, consentToOtherHours) -> {
                                List<Location> locations = List.of(Location.address(home),
                                        Location.phone("P1", PhoneType.MOBILE, phoneZone),
                                        Location.phone("P2", PhoneType.WORK, home), Location.email("E1", false));
                                DebtorContext c = new DebtorContext(locations, prohibits, consentToOtherHours, times,
                                        List.of(new ThirdPartyContact("T1", null, home)),
                                        List.of(new DebtInfo("D1", java.time.LocalDate.of(2025, 12, 1), null, null, null, false),
                                                DebtInfo.of("D2")),
                                        events);
                                String to = party == Party.DEBTOR ? (shape.channel() == Channel.EMAIL ? "E1" : shape.to()) : "T1";
                                ProposedAction p = new ProposedAction(at, shape.channel(), to, party, shape.debts(),
                                        false, new Message(true, false), null);
                                return new Case(p, c, packs);
                            });
                });
    }

    private record Shape(Channel channel, String to, Set<String> debts) {
    }

    private static Arbitrary<Shape> proposalShape() {
        return Combinators.combine(Arbitraries.of(Channel.CALL, Channel.CALL, Channel.CALL, Channel.SMS, Channel.EMAIL, Channel.VISIT),
                Arbitraries.of("P1", "P1", "P2"), Arbitraries.of(Set.of("D1"), Set.of("D2"), Set.of("D1", "D2"), Set.<String>of()))
                .as(Shape::new);
    }

    /** Events within 20 days before (and a few after) the proposal. */
    static Arbitrary<Event> events(Instant at) {
        Arbitrary<Instant> when = Arbitraries.longs().between(-20L * 24 * 60, 60).map(m -> at.plusSeconds(60 * m));
        Arbitrary<Set<String>> debts = Arbitraries.of(Set.of("D1"), Set.of("D2"), Set.<String>of());
        Arbitrary<Event> call = Combinators.combine(when, Arbitraries.of(ContactOutcome.values()),
                Arbitraries.of(Direction.OUTBOUND, Direction.OUTBOUND, Direction.INBOUND), Arbitraries.of("P1", "P1", "P2"),
                debts, Arbitraries.of(Channel.CALL, Channel.CALL, Channel.CALL, Channel.SMS))
                .as((t, o, d, to, ds, ch) -> new Event.Contact(t, ch, d, to, Party.DEBTOR, ds, ch == Channel.CALL ? o : null, false));
        Arbitrary<Event> consent = Combinators.combine(when, Arbitraries.longs().between(-3 * 24 * 60, 3 * 24 * 60),
                Arbitraries.integers().between(30, 300))
                .as((t, from, len) -> new Event.Consent(t, t.plusSeconds(60 * from), t.plusSeconds(60 * (from + len))));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, call),
                net.jqwik.api.Tuple.of(1, consent));
    }

    static List<Event> before(List<Event> events, Instant at) {
        List<Event> list = new ArrayList<>();
        for (Event e : events) {
            if (e.at().isBefore(at)) {
                list.add(e);
            }
        }
        return list;
    }
}
