package org.recoup.service.work;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.recoup.domain.ComplianceEvent;
import org.recoup.domain.ComplianceEventType;
import org.recoup.domain.ContactRelation;
import org.recoup.domain.Debt;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.Debtor;
import org.recoup.domain.InconvenientTime;
import org.recoup.domain.Location;
import org.recoup.domain.PhoneNumbers;
import org.recoup.domain.ThirdParty;
import org.recoup.domain.ValidationException;
import org.recoup.store.Database;
import org.recoup.store.StoreSession;

/**
 * Events that change what may be done with a debtor, recorded with their dates, and what they do
 * to his debts: a dispute makes them DISPUTED (a resolution returns them to ACTIVE, or PLAN with an
 * active plan), a cease request makes them CEASED, an employer's prohibition sets the debtor's flag.
 * Also the times he said are inconvenient, and the people around him.
 */
public final class EventService {

    private static final Set<DebtStatus> DISPUTABLE = EnumSet.of(DebtStatus.NEW, DebtStatus.ACTIVE, DebtStatus.PLAN,
            DebtStatus.LEGAL);
    private static final Set<DebtStatus> CEASABLE = EnumSet.of(DebtStatus.NEW, DebtStatus.ACTIVE, DebtStatus.PLAN,
            DebtStatus.DISPUTED);

    private final Database database;
    private final Clock clock;

    EventService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Records an event and its effects on the debts' status, in one transaction.
     *
     * @throws ValidationException for a detail its type needs and lacks, or debts of another debtor
     */
    public EventReceipt record(EventRequest request) {
        Instant now = Instant.now(clock);
        return database.write(s -> {
            ComplianceEvent event = s.events().append(build(s, request, now));
            List<String> changes = apply(s, event, now);
            return new EventReceipt(view(s, event), changes);
        });
    }

    static ComplianceEvent build(StoreSession s, EventRequest r, Instant now) {
        Debtor debtor = Work.debtor(s, r.debtorId());
        Work.ownDebts(s, debtor.getId(), r.debtIds());
        Instant at = r.at() == null ? now : r.at();
        if (r.type() == null) {
            throw new ValidationException("event.type", "is required");
        }
        return switch (r.type()) {
            case DISPUTE -> ComplianceEvent.dispute(debtor.getId(), at, r.debtIds(), r.written(), r.notes(), now);
            case OPT_OUT -> {
                if (r.locationId() != null) {
                    Work.location(debtor, r.locationId());
                }
                yield ComplianceEvent.optOut(debtor.getId(), at, r.channel(), r.locationId(), r.notes(), now);
            }
            case CONSENT -> ComplianceEvent.consent(debtor.getId(), at, r.windowFrom(), r.windowTo(), r.notes(), now);
            case OBJECTION -> {
                if (r.thirdPartyId() == null) {
                    throw new ValidationException("event.thirdParty", "is required: who objected");
                }
                Work.thirdParty(s, debtor.getId(), r.thirdPartyId());
                yield ComplianceEvent.objection(debtor.getId(), at, r.thirdPartyId(), r.notes(), now);
            }
            default -> ComplianceEvent.of(debtor.getId(), r.type(), at, r.debtIds(), r.notes(), now);
        };
    }

    /** What an event does to the debts' status and the debtor's flags; returns the status changes. */
    static List<String> apply(StoreSession s, ComplianceEvent event, Instant now) {
        List<String> changes = new ArrayList<>();
        switch (event.getType()) {
            case DISPUTE -> move(s, event, DISPUTABLE, DebtStatus.DISPUTED, "dispute recorded"
                    + (event.isWritten() ? " (in writing)" : ""), now, changes);
            case DISPUTE_RESOLVED -> {
                for (Debt debt : concerned(s, event)) {
                    if (debt.getStatus() == DebtStatus.DISPUTED) {
                        DebtStatus back = s.plans().active(debt.getId()).isPresent() ? DebtStatus.PLAN : DebtStatus.ACTIVE;
                        moveOne(s, debt, back, "dispute resolved", now, changes);
                    }
                }
            }
            case CEASE -> move(s, event, CEASABLE, DebtStatus.CEASED, "cease request received", now, changes);
            case EMPLOYER_PROHIBITS -> {
                Debtor debtor = Work.debtor(s, event.getDebtorId());
                if (!debtor.isEmployerProhibitsContact()) {
                    debtor.setEmployerProhibitsContact(true);
                    debtor.touch(now);
                    s.debtors().save(debtor);
                }
            }
            default -> {
                // the event itself is what the rules read
            }
        }
        return changes;
    }

    private static void move(StoreSession s, ComplianceEvent event, Set<DebtStatus> from, DebtStatus to, String reason,
                             Instant now, List<String> changes) {
        for (Debt debt : concerned(s, event)) {
            if (from.contains(debt.getStatus())) {
                moveOne(s, debt, to, reason, now, changes);
            }
        }
    }

    private static void moveOne(StoreSession s, Debt debt, DebtStatus to, String reason, Instant now, List<String> changes) {
        DebtStatus before = debt.getStatus();
        s.audit().append(debt.moveTo(to, reason, now));
        s.debts().save(debt);
        changes.add(debt.getReference() + ": " + before + " → " + to);
    }

    private static List<Debt> concerned(StoreSession s, ComplianceEvent event) {
        Set<Long> named = event.getDebtIds();
        return s.debts().forDebtor(event.getDebtorId()).stream()
                .filter(d -> named.isEmpty() || named.contains(d.getId())).toList();
    }

    /** The debtor's events, oldest first. */
    public List<EventView> forDebtor(long debtorId) {
        return database.read(s -> s.events().forDebtor(debtorId).stream().map(e -> view(s, e)).toList());
    }

    static EventView view(StoreSession s, ComplianceEvent e) {
        Map<Long, String> references = new HashMap<>();
        s.debts().forDebtor(e.getDebtorId()).forEach(d -> references.put(d.getId(), d.getReference()));
        String location = null;
        if (e.getLocationId() != null) {
            location = s.debtors().find(e.getDebtorId()).flatMap(d -> d.getLocations().stream()
                    .filter(l -> e.getLocationId().equals(l.getId())).findFirst()).map(Location::describe).orElse(null);
        }
        String thirdParty = e.getThirdPartyId() == null ? null
                : s.thirdParties().find(e.getThirdPartyId()).map(ThirdParty::getName).orElse(null);
        return new EventView(e.getId(), e.getType(), e.getAt(),
                e.getDebtIds().stream().map(references::get).filter(java.util.Objects::nonNull).sorted().toList(),
                e.isWritten(), e.getChannel(), location, thirdParty, e.getWindowFrom(), e.getWindowTo(), e.getNotes());
    }

    // ------------------------------------------------------------------ inconvenient times

    public InconvenientTimeView addInconvenientTime(long debtorId, LocalTime from, LocalTime to, Set<DayOfWeek> days) {
        Instant now = Instant.now(clock);
        return database.write(s -> {
            Work.debtor(s, debtorId);
            if (from != null && from.equals(to)) {
                throw new ValidationException("inconvenientTime.to", "must differ from the start");
            }
            InconvenientTime time = s.events().addInconvenientTime(new InconvenientTime(debtorId, from, to,
                    days == null ? Set.of() : days, now));
            return view(time);
        });
    }

    public void removeInconvenientTime(long debtorId, long id) {
        database.write(s -> {
            s.events().removeInconvenientTime(debtorId, id);
            return null;
        });
    }

    public List<InconvenientTimeView> inconvenientTimes(long debtorId) {
        return database.read(s -> s.events().inconvenientTimes(debtorId).stream().map(EventService::view).toList());
    }

    private static InconvenientTimeView view(InconvenientTime t) {
        return new InconvenientTimeView(t.getId(), t.getFrom(), t.getTo(), t.getDays());
    }

    // ------------------------------------------------------------------ third parties

    /**
     * Adds someone around the debtor.
     *
     * @param phone any common form; read as E.164 with the debtor's country when it has none
     */
    public ThirdPartyView addThirdParty(long debtorId, String name, ContactRelation relation, String phone,
                                        String email, String timeZone, String notes) {
        Instant now = Instant.now(clock);
        return database.write(s -> {
            Debtor debtor = Work.debtor(s, debtorId);
            String country = debtor.getLocations().stream().map(Location::getCountry)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            String e164 = phone == null || phone.isBlank() ? null : PhoneNumbers.toE164(phone, country, "thirdParty.phone");
            ThirdParty saved = s.thirdParties().save(new ThirdParty(debtorId, name, relation, e164, email, timeZone,
                    notes, now));
            return view(saved, false);
        });
    }

    public List<ThirdPartyView> thirdParties(long debtorId) {
        return database.read(s -> {
            Set<Long> objected = new java.util.HashSet<>();
            s.events().forDebtor(debtorId).stream().filter(e -> e.getType() == ComplianceEventType.OBJECTION)
                    .forEach(e -> objected.add(e.getThirdPartyId()));
            return s.thirdParties().forDebtor(debtorId).stream().map(t -> view(t, objected.contains(t.getId()))).toList();
        });
    }

    private static ThirdPartyView view(ThirdParty t, boolean objected) {
        return new ThirdPartyView(t.getId(), t.getName(), t.getRelation(), t.getPhone(), t.getEmail(), t.getTimeZone(),
                t.getNotes(), objected);
    }

    /**
     * The debtor's flags that events raise, as message keys: flag.cease, flag.attorney,
     * flag.dispute, flag.optOut.SMS, flag.inconvenientTimes, flag.consent, flag.objection,
     * flag.employerProhibits, flag.statuteBarred.
     */
    public static List<String> flags(StoreSession s, Debtor debtor, Instant now) {
        List<ComplianceEvent> events = s.events().forDebtor(debtor.getId());
        List<String> flags = new ArrayList<>();
        boolean cease = false;
        boolean attorney = false;
        boolean disputeOpen = false;
        boolean objection = false;
        boolean statuteBarred = false;
        boolean consent = false;
        Set<String> optOuts = new java.util.TreeSet<>();
        for (ComplianceEvent e : events) {
            switch (e.getType()) {
                case CEASE -> cease = true;
                case ATTORNEY -> attorney = true;
                case DISPUTE -> disputeOpen = true;
                case DISPUTE_RESOLVED -> disputeOpen = false;
                case OPT_OUT -> optOuts.add("flag.optOut." + e.getChannel().name());
                case OBJECTION -> objection = true;
                case STATUTE_BARRED_CLAIMED -> statuteBarred = true;
                case CONSENT -> consent |= e.getAt().isAfter(now.minus(java.time.Duration.ofDays(7)));
                default -> {
                }
            }
        }
        if (cease) {
            flags.add("flag.cease");
        }
        if (attorney) {
            flags.add("flag.attorney");
        }
        if (disputeOpen) {
            flags.add("flag.dispute");
        }
        flags.addAll(optOuts);
        if (!s.events().inconvenientTimes(debtor.getId()).isEmpty()) {
            flags.add("flag.inconvenientTimes");
        }
        if (consent) {
            flags.add("flag.consent");
        }
        if (objection) {
            flags.add("flag.objection");
        }
        if (debtor.isEmployerProhibitsContact()) {
            flags.add("flag.employerProhibits");
        }
        if (statuteBarred) {
            flags.add("flag.statuteBarred");
        }
        return flags;
    }
}
