package org.recoup.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.recoup.domain.Channel;
import org.recoup.domain.ContactOutcome;
import org.recoup.domain.LetterKind;
import org.recoup.domain.Party;
import org.recoup.domain.PhoneType;
import org.recoup.domain.ValidationException;

/**
 * One check's view of a proposal and its debtor, indexed once: the history (events before the
 * proposed instant), the home zone and day numbers, the zones of the party contacted, consent
 * windows. Evaluators read it at any instant of the earliest-compliant search.
 */
public final class Situation {

    final ProposedAction proposal;
    final DebtorContext context;
    final ZoneId home;
    private final ZoneRules homeRules;
    final List<ZoneId> partyZones;
    final Location target;
    final ThirdPartyContact targetContact;
    /** The debts the proposal is about (every debt when it names none). */
    final List<String> debts;
    final Map<String, DebtInfo> debtById = new HashMap<>();

    final Event.Contact[] contacts;
    final long[] contactDay;
    final boolean[] contactCovered;
    final Location[] contactTarget;
    final List<Event.Letter> letters = new ArrayList<>();
    final List<Event> others = new ArrayList<>();

    private final long[] coverStart;
    private final long[] coverEnd;
    private final long[] coverGiven;
    private final int covers;

    private final java.util.IdentityHashMap<Object, Object> memo = new java.util.IdentityHashMap<>();

    // the home zone's offset over the interval between two transitions, kept between calls
    private long offsetFrom = Long.MAX_VALUE;
    private long offsetTo = Long.MIN_VALUE;
    private int offsetSeconds;

    Situation(ProposedAction proposal, DebtorContext context) {
        this.proposal = proposal;
        this.context = context;
        this.home = homeZone(context);
        this.homeRules = home.getRules();

        Map<String, Location> locations = new HashMap<>();
        for (Location l : context.locations()) {
            if (l.id() != null) {
                locations.put(l.id(), l);
            }
        }
        ThirdPartyContact contact = null;
        for (ThirdPartyContact c : context.contacts()) {
            if (c.id().equals(proposal.to())) {
                contact = c;
            }
        }
        this.target = proposal.to() == null ? null : locations.get(proposal.to());
        this.targetContact = contact;
        this.partyZones = zonesOf(proposal.party(), contact);

        for (DebtInfo d : context.debts()) {
            debtById.put(d.id(), d);
        }
        if (proposal.debts().isEmpty()) {
            List<String> all = new ArrayList<>();
            context.debts().forEach(d -> all.add(d.id()));
            this.debts = all;
        } else {
            this.debts = List.copyOf(new java.util.TreeSet<>(proposal.debts()));
        }

        List<Event.Contact> contactList = new ArrayList<>();
        List<Event.Consent> consents = new ArrayList<>();
        for (Event e : context.events()) {
            if (!e.at().isBefore(proposal.at())) {
                continue;
            }
            if (e instanceof Event.Contact c) {
                contactList.add(c);
            } else if (e instanceof Event.Letter l) {
                letters.add(l);
            } else if (e instanceof Event.Consent c) {
                consents.add(c);
                others.add(c);
            } else {
                others.add(e);
            }
        }
        coverStart = new long[consents.size()];
        coverEnd = new long[consents.size()];
        coverGiven = new long[consents.size()];
        int n = 0;
        for (Event.Consent c : consents) {
            long day = homeDay(c.at());
            long start = Math.max(c.from().getEpochSecond(), startOfDay(day).getEpochSecond());
            long end = Math.min(c.to().getEpochSecond(), startOfDay(day + 7).getEpochSecond());
            if (start < end) {
                coverStart[n] = start;
                coverEnd[n] = end;
                coverGiven[n] = c.at().getEpochSecond();
                n++;
            }
        }
        covers = n;

        contacts = contactList.toArray(new Event.Contact[0]);
        contactDay = new long[contacts.length];
        contactCovered = new boolean[contacts.length];
        contactTarget = new Location[contacts.length];
        for (int i = 0; i < contacts.length; i++) {
            Event.Contact c = contacts[i];
            contactDay[i] = homeDay(c.at());
            contactTarget[i] = c.to() == null ? null : locations.get(c.to());
            contactCovered[i] = c.channel() == Channel.CALL && covered(c.at().getEpochSecond(), c.at().getEpochSecond());
        }
    }

    private static ZoneId homeZone(DebtorContext context) {
        for (Location l : context.locations()) {
            if (!l.zones().isEmpty()) {
                return l.zones().get(0);
            }
        }
        throw new ValidationException("debtor.locations", "no location has a time zone; the first one that has one is the home zone");
    }

    private List<ZoneId> zonesOf(Party party, ThirdPartyContact contact) {
        if (party == Party.DEBTOR) {
            Set<ZoneId> zones = new LinkedHashSet<>();
            for (Location l : context.locations()) {
                zones.addAll(l.zones());
            }
            return List.copyOf(zones);
        }
        return List.of(contact != null && contact.zone() != null ? contact.zone() : home);
    }

    /** What an evaluator works out once per check (its counted days, say), kept for the search. */
    @SuppressWarnings("unchecked")
    <T> T memo(Object evaluator, java.util.function.Supplier<T> compute) {
        Object v = memo.get(evaluator);
        if (v == null) {
            v = compute.get();
            memo.put(evaluator, v);
        }
        return (T) v;
    }

    // ---- days in the home zone

    /** The home-zone date of an instant, as an epoch day. */
    long homeDay(Instant t) {
        long s = t.getEpochSecond();
        if (s < offsetFrom || s >= offsetTo) {
            offsetSeconds = homeRules.getOffset(t).getTotalSeconds();
            ZoneOffsetTransition previous = homeRules.previousTransition(t.plusSeconds(1));
            ZoneOffsetTransition next = homeRules.nextTransition(t);
            offsetFrom = previous == null ? Long.MIN_VALUE : previous.getInstant().getEpochSecond();
            offsetTo = next == null ? Long.MAX_VALUE : next.getInstant().getEpochSecond();
        }
        return Math.floorDiv(s + offsetSeconds, 86_400L);
    }

    Instant startOfDay(long epochDay) {
        return LocalTimes.startOfDay(LocalDate.ofEpochDay(epochDay), home);
    }

    static LocalDate date(long epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    // ---- consent (12 CFR 1006.6(b)(1), 1006.14(b)(3)(i))

    private boolean covered(long second, long placedAt) {
        for (int i = 0; i < covers; i++) {
            if (coverStart[i] <= second && second < coverEnd[i] && coverGiven[i] <= placedAt) {
                return true;
            }
        }
        return false;
    }

    /** The proposal, placed at {@code t}, is a call inside a consent window. */
    boolean proposalCovered(Instant t) {
        return proposal.channel() == Channel.CALL && covered(t.getEpochSecond(), t.getEpochSecond());
    }

    /** The earliest instant at or after {@code t} at which the proposal is a call inside a consent window. */
    Instant nextCover(Instant t) {
        if (proposal.channel() != Channel.CALL) {
            return null;
        }
        long s = t.getEpochSecond();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < covers; i++) {
            if (coverEnd[i] > s) {
                best = Math.min(best, Math.max(coverStart[i], s));
            }
        }
        if (best == Long.MAX_VALUE) {
            return null;
        }
        return best == s ? t : Instant.ofEpochSecond(best);
    }

    // ---- the proposal

    boolean isPersonal(Location l) {
        return l != null && l.phoneType() != null && l.phoneType().isPersonal();
    }

    boolean atWorkplace() {
        return proposal.atWorkplace() || (target != null && target.phoneType() == PhoneType.WORK);
    }

    boolean letterIs(LetterKind kind) {
        return proposal.channel() == Channel.LETTER && proposal.letter() != null && proposal.letter().kind() == kind;
    }

    boolean letterIn(Set<LetterKind> kinds) {
        return proposal.channel() == Channel.LETTER && proposal.letter() != null
                && kinds.contains(proposal.letter().kind());
    }

    DebtInfo debt(String id) {
        DebtInfo d = debtById.get(id);
        return d != null ? d : DebtInfo.of(id);
    }

    /**
     * The date the validation notice of a debt was mailed: its latest VALIDATION_NOTICE letter
     * event (a delivered one where two share an instant), else the debt's own field.
     */
    LocalDate validationMailed(String debt) {
        Event.Letter l = validationLetter(debt);
        return l != null ? date(homeDay(l.at())) : debt(debt).validationNoticeMailed();
    }

    Event.Letter validationLetter(String debt) {
        Event.Letter best = null;
        for (Event.Letter l : letters) {
            if (l.kind() == LetterKind.VALIDATION_NOTICE && l.concerns(debt)) {
                if (best == null || l.at().isAfter(best.at())
                        || (l.at().equals(best.at()) && best.undeliverable() && !l.undeliverable())) {
                    best = l;
                }
            }
        }
        return best;
    }

    static boolean isConversation(ContactOutcome o) {
        return o != null && o.isConversation();
    }
}
