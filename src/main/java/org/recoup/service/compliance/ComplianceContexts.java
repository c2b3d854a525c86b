package org.recoup.service.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.recoup.compliance.DebtInfo;
import org.recoup.compliance.DebtorContext;
import org.recoup.compliance.Event;
import org.recoup.compliance.Limitation;
import org.recoup.compliance.Location;
import org.recoup.compliance.LocationKind;
import org.recoup.compliance.ThirdPartyContact;
import org.recoup.compliance.TimeRange;
import org.recoup.compliance.context.Jurisdictions;
import org.recoup.compliance.context.PostalAddress;
import org.recoup.compliance.context.ZoneInference;
import org.recoup.domain.Channel;
import org.recoup.domain.ComplianceEvent;
import org.recoup.domain.ComplianceEventType;
import org.recoup.domain.Contact;
import org.recoup.domain.Debt;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.Debtor;
import org.recoup.domain.LetterKind;
import org.recoup.domain.ThirdParty;
import org.recoup.money.LimitationDefaults;

/**
 * Turns what is stored about a debtor into the compliance engine's context: locations with every
 * zone they may be in, the people around him, his debts with their validation and limitation
 * dates, and his history of contacts and events. The engine names things by string ids; here a
 * location is {@code L<id>}, a third party {@code T<id>}, a debt {@code D<id>}.
 */
public final class ComplianceContexts {

    private ComplianceContexts() {
    }

    public static String location(long id) {
        return "L" + id;
    }

    public static String thirdParty(long id) {
        return "T" + id;
    }

    public static String debt(long id) {
        return "D" + id;
    }

    public static Set<String> debts(Set<Long> ids) {
        return ids.stream().map(ComplianceContexts::debt).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The rule packs of the debtor: his override, else those of his first address (or phone's country). */
    public static List<String> packs(Debtor debtor) {
        List<String> override = debtor.getPacksOverride()
                .map(text -> Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .map(s -> s.toUpperCase(Locale.ROOT)).toList())
                .orElse(List.of());
        return Jurisdictions.packsFor(address(debtor), override);
    }

    /** The debtor's first address as the jurisdiction rules read it; a phone's country when he has no address. */
    static PostalAddress address(Debtor debtor) {
        for (org.recoup.domain.Location l : debtor.getLocations()) {
            if (l.getKind() == org.recoup.domain.LocationKind.ADDRESS) {
                return new PostalAddress(l.getCountry(), l.getRegion(), l.getPostalCode());
            }
        }
        return debtor.getLocations().stream().filter(l -> l.getCountry() != null).findFirst()
                .map(l -> new PostalAddress(l.getCountry(), null, null))
                .orElse(new PostalAddress(null, null, null));
    }

    /** The engine's context for the debtor. */
    public static DebtorContext context(DebtorFacts facts) {
        Debtor debtor = facts.debtor();
        ZoneId home = debtor.homeZone().map(ZoneId::of).orElse(ZoneId.of("UTC"));
        List<Location> locations = debtor.getLocations().stream().map(ComplianceContexts::location).toList();
        List<ThirdPartyContact> people = facts.thirdParties().stream()
                .map(t -> new ThirdPartyContact(thirdParty(t.getId()), t.getRelation(),
                        t.getTimeZone() == null ? null : ZoneId.of(t.getTimeZone())))
                .toList();
        List<TimeRange> inconvenient = facts.inconvenientTimes().stream()
                .map(t -> new TimeRange(t.getFrom(), t.getTo(), t.getDays()))
                .toList();
        boolean employerProhibits = debtor.isEmployerProhibitsContact() || facts.events().stream()
                .anyMatch(e -> e.getType() == ComplianceEventType.EMPLOYER_PROHIBITS);
        PostalAddress address = address(debtor);
        int defaultYears = LimitationDefaults.yearsFor(address.country(), address.region());
        List<DebtInfo> debts = facts.debts().stream()
                .map(d -> debtInfo(d, facts, home, defaultYears))
                .toList();
        List<Event> events = new ArrayList<>();
        for (Contact c : facts.contacts()) {
            events.add(event(c));
        }
        for (ComplianceEvent e : facts.events()) {
            Event event = event(e);
            if (event != null) {
                events.add(event);
            }
        }
        return new DebtorContext(locations, employerProhibits, debtor.isConsentToOtherHours(), inconvenient, people,
                debts, events);
    }

    private static Location location(org.recoup.domain.Location l) {
        String id = location(l.getId());
        ZoneId stored = ZoneId.of(l.getTimeZone());
        return switch (l.getKind()) {
            case ADDRESS -> new Location(id, LocationKind.ADDRESS, l.isZoneOverridden() ? List.of(stored)
                    : orStored(ZoneInference.forAddress(new PostalAddress(l.getCountry(), l.getRegion(), l.getPostalCode())),
                    stored), null, false);
            case PHONE -> new Location(id, LocationKind.PHONE, l.isZoneOverridden() ? List.of(stored)
                    : orStored(phoneZones(l.getPhone()), stored), l.getPhoneType(), false);
            case EMAIL -> new Location(id, LocationKind.EMAIL, List.of(stored), null, l.isEmployerProvided());
        };
    }

    /** Zones inferred from phone numbers, remembered: parsing a number is the dearest part of a context. */
    private static final java.util.concurrent.ConcurrentHashMap<String, List<ZoneId>> PHONE_ZONES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static List<ZoneId> phoneZones(String phone) {
        if (phone == null) {
            return ZoneInference.forPhone(null, null);
        }
        List<ZoneId> zones = PHONE_ZONES.get(phone);
        if (zones == null) {
            zones = List.copyOf(ZoneInference.forPhone(phone, null));
            if (PHONE_ZONES.size() > 500_000) {
                PHONE_ZONES.clear();
            }
            PHONE_ZONES.put(phone, zones);
        }
        return zones;
    }

    /** The inferred zones when there are any, with the stored one among them; else the stored one. */
    private static List<ZoneId> orStored(List<ZoneId> inferred, ZoneId stored) {
        if (inferred.isEmpty()) {
            return List.of(stored);
        }
        Set<ZoneId> zones = new LinkedHashSet<>(inferred);
        zones.add(stored);
        return List.copyOf(zones);
    }

    private static DebtInfo debtInfo(Debt d, DebtorFacts facts, ZoneId home, int defaultYears) {
        LocalDate mailed = null;
        LocalDate statedEnd = null;
        for (Contact c : facts.contacts()) {
            if (c.getChannel() == Channel.LETTER && c.getLetterKind() == LetterKind.VALIDATION_NOTICE
                    && concerns(c.getDebtIds(), d.getId())) {
                LocalDate date = c.getAt().atZone(home).toLocalDate();
                if (mailed == null || date.isAfter(mailed)) {
                    mailed = date;
                    statedEnd = c.getValidationEnd();
                }
            }
        }
        LocalDate verification = null;
        for (ComplianceEvent e : facts.events()) {
            if (e.getType() == ComplianceEventType.VERIFICATION_MAILED && concerns(e.getDebtIds(), d.getId())) {
                LocalDate date = e.getAt().atZone(home).toLocalDate();
                if (verification == null || date.isAfter(verification)) {
                    verification = date;
                }
            }
        }
        LocalDate lastPayment = facts.lastPayments().get(d.getId());
        if (lastPayment == null || (d.getLastPaymentDate() != null && d.getLastPaymentDate().isAfter(lastPayment))) {
            lastPayment = d.getLastPaymentDate();
        }
        LocalDate start = org.recoup.money.Limitation.startDate(lastPayment, d.getDelinquencyDate());
        int years = d.getLimitationYears() != null ? d.getLimitationYears() : defaultYears;
        Limitation limitation = start == null ? null : new Limitation(start, years);
        boolean paid = d.getStatus() == DebtStatus.PAID || d.getStatus() == DebtStatus.SETTLED;
        return new DebtInfo(debt(d.getId()), mailed, statedEnd, verification, limitation, paid);
    }

    private static boolean concerns(Set<Long> debtIds, long debtId) {
        return debtIds.isEmpty() || debtIds.contains(debtId);
    }

    private static Event event(Contact c) {
        Set<String> debts = debts(c.getDebtIds());
        if (c.getChannel() == Channel.LETTER) {
            LetterKind kind = c.getLetterKind() == null ? LetterKind.DEMAND : c.getLetterKind();
            return new Event.Letter(c.getAt(), c.getParty(), debts, kind, c.isUndeliverable());
        }
        String to = c.getThirdPartyId() != null ? thirdParty(c.getThirdPartyId())
                : c.getLocationId() != null ? location(c.getLocationId()) : null;
        return new Event.Contact(c.getAt(), c.getChannel(), c.getDirection(), to, c.getParty(), debts,
                c.getOutcome() == null ? null : c.getOutcome().asRuleOutcome(), c.isAtWorkplace());
    }

    /** The engine's event for a stored one; null for facts the context carries otherwise. */
    private static Event event(ComplianceEvent e) {
        Set<String> debts = debts(e.getDebtIds());
        Instant at = e.getAt();
        return switch (e.getType()) {
            case CEASE -> new Event.Cease(at, debts);
            case ATTORNEY -> new Event.Attorney(at, debts);
            case DISPUTE -> new Event.Dispute(at, debts, e.isWritten());
            case DISPUTE_RESOLVED -> new Event.DisputeResolved(at, debts);
            case OPT_OUT -> new Event.OptOut(at, e.getChannel(), e.getLocationId() == null ? null : location(e.getLocationId()));
            case CONSENT -> new Event.Consent(at, e.getWindowFrom(), e.getWindowTo());
            case OBJECTION -> new Event.Objection(at, thirdParty(e.getThirdPartyId()));
            case STATUTE_BARRED_CLAIMED -> new Event.StatuteBarredClaimed(at, debts);
            case VERIFICATION_MAILED, EMPLOYER_PROHIBITS -> null;
        };
    }
}
