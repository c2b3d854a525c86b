package org.recoup.service.work;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.recoup.domain.ActionPurpose;
import org.recoup.domain.ActionStatus;
import org.recoup.domain.Channel;
import org.recoup.domain.ComplianceEvent;
import org.recoup.domain.ComplianceEventType;
import org.recoup.domain.ComplianceLogEntry;
import org.recoup.domain.Contact;
import org.recoup.domain.ContactOutcome;
import org.recoup.domain.Debt;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.Debtor;
import org.recoup.domain.Direction;
import org.recoup.domain.LetterKind;
import org.recoup.domain.Location;
import org.recoup.domain.LocationKind;
import org.recoup.domain.Money;
import org.recoup.domain.Party;
import org.recoup.domain.Promise;
import org.recoup.domain.ScheduledAction;
import org.recoup.domain.ValidationException;
import org.recoup.service.compliance.CheckResult;
import org.recoup.service.compliance.ComplianceService;
import org.recoup.service.compliance.Proposal;
import org.recoup.store.Database;
import org.recoup.store.StoreSession;

/**
 * Logs contacts. An outbound contact is checked against the debtor's latest events just before it
 * is saved; one the rules block is refused unless a written override reason is given (then kept
 * in the compliance log and the audit trail). The outcome does the rest: a promise to pay is
 * recorded, a dispute or cease request becomes an event that changes the debts' status, a callback
 * is scheduled, and a NEW debt becomes ACTIVE on its first contact.
 */
public final class ContactLogService {

    /** How long a callback's consent window lasts from the time the debtor asked for. */
    static final Duration CALLBACK_WINDOW = Duration.ofMinutes(30);

    private final Database database;
    private final Clock clock;
    private final ComplianceService compliance;

    ContactLogService(Database database, Clock clock, ComplianceService compliance) {
        this.database = database;
        this.clock = clock;
        this.compliance = compliance;
    }

    /** The compliance proposal of the contact: null for an inbound one, which is not checked. */
    public Proposal proposal(ContactRequest r, Set<Long> debtIds, Instant at) {
        if (r.direction() == Direction.INBOUND) {
            return null;
        }
        LetterKind kind = r.channel() == Channel.LETTER
                ? LetterTemplates.kind(r.letterTemplate() == null ? LetterTemplates.DEMAND : r.letterTemplate()) : null;
        return Proposals.of(r.channel(), at, r.party(), r.locationId(), r.thirdPartyId(), debtIds, false, kind);
    }

    /** Checks the contact against the latest events without logging it. */
    public CheckResult check(ContactRequest r) {
        Instant at = r.at() == null ? Instant.now(clock) : r.at();
        Set<Long> debtIds = database.read(s -> debtIds(s, r));
        Proposal proposal = proposal(r, debtIds, at);
        return proposal == null ? null : compliance.check(r.debtorId(), proposal);
    }

    /**
     * Logs the contact and what its outcome does, in one transaction.
     *
     * @throws ComplianceBlockedException when the rules block it and no override reason was given
     *                                    (the attempt is kept in the compliance log)
     * @throws ValidationException        for a field at fault; nothing is saved then
     */
    public ContactReceipt log(ContactRequest r) {
        Instant now = Instant.now(clock);
        Instant at = r.at() == null ? now : r.at();
        if (r.channel() == null) {
            throw new ValidationException("contact.channel", "is required");
        }
        if (at.isAfter(now.plusSeconds(60))) {
            throw new ValidationException("contact.at", "is in the future; log a contact once it happened (schedule it instead)");
        }
        Long location = database.read(s -> r.locationId() != null || r.party() != Party.DEBTOR
                || r.direction() == Direction.INBOUND ? r.locationId()
                : WorkQueueService.target(Work.debtor(s, r.debtorId()), r.channel()));
        ContactRequest request = location == null || location.equals(r.locationId()) ? r : r.withLocation(location);
        return logResolved(request, at, now);
    }

    private ContactReceipt logResolved(ContactRequest r, Instant at, Instant now) {
        Set<Long> debtIds = database.read(s -> debtIds(s, r));
        Proposal proposal = proposal(r, debtIds, at);
        String override = r.overrideReason() == null || r.overrideReason().isBlank() ? null : r.overrideReason().trim();
        CheckResult result = null;
        if (proposal != null) {
            // against the latest events, just before saving
            ComplianceService.Snapshot snapshot = compliance.snapshot(r.debtorId());
            result = compliance.check(snapshot, proposal);
            if (result.blocks() && override == null) {
                compliance.logBlocked(r.debtorId(), proposal, result, null, ComplianceLogEntry.Source.LOG);
                throw new ComplianceBlockedException(r.channel(), at, result, homeOf(snapshot));
            }
        }
        CheckResult check = result;
        return database.write(s -> write(s, r, at, now, debtIds, proposal, check, override));
    }

    private static ZoneId homeOf(ComplianceService.Snapshot snapshot) {
        return snapshot.context().locations().stream().filter(l -> !l.zones().isEmpty()).findFirst()
                .map(l -> l.zones().get(0)).orElse(null);
    }

    private ContactReceipt write(StoreSession s, ContactRequest r, Instant at, Instant now, Set<Long> debtIds,
                                 Proposal proposal, CheckResult result, String override) {
        Debtor debtor = Work.debtor(s, r.debtorId());
        if (r.locationId() != null) {
            Work.location(debtor, r.locationId());
        }
        if (r.thirdPartyId() != null) {
            Work.thirdParty(s, debtor.getId(), r.thirdPartyId());
        }
        List<Debt> debts = Work.ownDebts(s, debtor.getId(), debtIds);
        boolean overridden = result != null && result.blocks();
        if (overridden) {
            compliance.logBlocked(s, debtor.getId(), proposal, result, override, ComplianceLogEntry.Source.LOG);
        }
        Contact contact = new Contact(debtor.getId(), at, r.channel(), r.direction(), r.party(), r.locationId(),
                r.outcome(), r.notes(), debtIds, now);
        if (r.thirdPartyId() != null) {
            contact.withThirdParty(r.thirdPartyId());
        }
        if (r.channel() == Channel.LETTER) {
            contact.asLetter(LetterTemplates.kind(r.letterTemplate() == null ? LetterTemplates.DEMAND : r.letterTemplate()),
                    null);
        }
        if (r.direction() == Direction.OUTBOUND && (r.channel() == Channel.SMS || r.channel() == Channel.EMAIL)) {
            contact.withMessage(true, r.party() == Party.DEBTOR);
        }
        if (r.locationId() != null) {
            Location location = Work.location(debtor, r.locationId());
            contact.atWorkplace(location.getKind() == LocationKind.PHONE
                    && location.getPhoneType() == org.recoup.domain.PhoneType.WORK);
        }
        if (overridden) {
            contact.overridden(override);
        }
        s.contacts().append(contact);
        long contactId = contact.getId();
        List<String> effects = new ArrayList<>();
        Long promiseId = null;
        Long callbackId = null;
        Instant callbackAt = null;
        ContactOutcome outcome = r.outcome();
        if (outcome == ContactOutcome.PROMISE_TO_PAY) {
            promiseId = promise(s, debtor, debts, r, at, contactId, effects);
        } else if (outcome == ContactOutcome.DISPUTE) {
            boolean written = r.direction() == Direction.INBOUND
                    && (r.channel() == Channel.LETTER || r.channel() == Channel.EMAIL);
            ComplianceEvent event = s.events().append(ComplianceEvent.dispute(debtor.getId(), at, debtIds, written,
                    "from contact " + contactId, now));
            effects.addAll(EventService.apply(s, event, now));
        } else if (outcome == ContactOutcome.CEASE_REQUEST) {
            ComplianceEvent event = s.events().append(ComplianceEvent.of(debtor.getId(), ComplianceEventType.CEASE, at,
                    Set.of(), "from contact " + contactId, now));
            effects.addAll(EventService.apply(s, event, now));
        }
        for (Debt debt : debts) {
            if (debt.getStatus() == DebtStatus.NEW) {
                s.audit().append(debt.moveTo(DebtStatus.ACTIVE, "first contact (" + r.channel() + ")", now));
                s.debts().save(debt);
                effects.add(debt.getReference() + ": NEW → ACTIVE");
            }
        }
        if (outcome == ContactOutcome.CALLBACK_REQUESTED) {
            if (r.callbackAt() == null) {
                throw new ValidationException("contact.callbackAt", "is required: when did he ask to be called?");
            }
            if (!r.callbackAt().isAfter(at)) {
                throw new ValidationException("contact.callbackAt", "must be after the contact");
            }
            if (r.callbackAt().isBefore(at.plus(Duration.ofDays(7)))) {
                // asking to be called at a time is his direct prior consent to a call then (RULES.md, "Consent")
                s.events().append(ComplianceEvent.consent(debtor.getId(), at, r.callbackAt(),
                        r.callbackAt().plus(CALLBACK_WINDOW), "callback asked for in contact " + contactId, now));
            }
            Long phone = r.locationId() != null && Work.location(debtor, r.locationId()).getKind() == LocationKind.PHONE
                    ? r.locationId() : firstPhone(debtor);
            ScheduledAction callback = new ScheduledAction(debtor.getId(), Channel.CALL, r.callbackAt(),
                    r.thirdPartyId() == null ? Party.DEBTOR : r.party(), phone, r.thirdPartyId(), debtIds, null,
                    ActionPurpose.CALLBACK, "asked for in contact " + contactId, now);
            Instant wanted = r.callbackAt();
            Instant placed = SchedulingService.placeCompliant(s, compliance, callback, effects);
            if (placed != null) {
                callback.reschedule(placed);
                s.scheduled().save(callback);
                callbackId = callback.getId();
                callbackAt = placed;
                if (!placed.equals(wanted)) {
                    effects.add("callback moved from " + wanted + " to the earliest compliant time " + placed);
                }
            }
        }
        if (r.scheduledActionId() != null) {
            ScheduledAction action = s.scheduled().find(r.scheduledActionId())
                    .orElseThrow(() -> new ValidationException("scheduledAction", "no scheduled action with id "
                            + r.scheduledActionId()));
            if (action.getDebtorId() != debtor.getId()) {
                throw new ValidationException("scheduledAction", "is not one of this debtor's");
            }
            if (action.getStatus() == ActionStatus.PLANNED) {
                action.done(contactId);
                s.scheduled().save(action);
            }
        }
        return new ContactReceipt(contactId, result, overridden, promiseId, callbackId, callbackAt, List.copyOf(effects));
    }

    private static Long firstPhone(Debtor debtor) {
        return debtor.getLocations().stream().filter(l -> l.getKind() == LocationKind.PHONE).map(Location::getId)
                .findFirst().orElse(null);
    }

    private static Long promise(StoreSession s, Debtor debtor, List<Debt> debts, ContactRequest r, Instant at,
                                long contactId, List<String> effects) {
        ContactRequest.PromiseTerms terms = r.promise();
        if (terms == null || terms.amount() == null) {
            throw new ValidationException("promise.amount", "is required for a promise to pay");
        }
        if (terms.dueDate() == null) {
            throw new ValidationException("promise.dueDate", "is required for a promise to pay");
        }
        Debt debt;
        if (terms.debtId() != null) {
            debt = Work.ownDebts(s, debtor.getId(), Set.of(terms.debtId())).get(0);
        } else if (!debts.isEmpty()) {
            debt = debts.get(0);
        } else {
            throw new ValidationException("promise.debt", "the debtor has no open debt to promise on");
        }
        LocalDate contactDay = at.atZone(Work.home(debtor)).toLocalDate();
        if (terms.dueDate().isBefore(contactDay)) {
            throw new ValidationException("promise.dueDate", "is before the day of the promise (" + contactDay + ")");
        }
        BigDecimal amount = terms.amount();
        if (amount.stripTrailingZeros().scale() > Money.scaleOf(debt.getCurrency())) {
            throw new ValidationException("promise.amount", amount.toPlainString() + " has more decimals than "
                    + debt.getCurrency() + " allows");
        }
        Promise promise = s.promises().save(new Promise(debtor.getId(), debt.getId(), Money.of(amount, debt.getCurrency()),
                terms.dueDate(), at, contactId));
        effects.add(debt.getReference() + ": promise of " + promise.getAmount() + " by " + terms.dueDate());
        return promise.getId();
    }

    /** The debtor's debts with these references, refusing one he does not have. */
    public Set<Long> debtsByReference(long debtorId, java.util.Collection<String> references) {
        return database.read(s -> {
            List<Debt> debts = s.debts().forDebtor(debtorId);
            Set<Long> ids = new LinkedHashSet<>();
            for (String reference : references) {
                String ref = reference.trim();
                if (ref.isEmpty()) {
                    continue;
                }
                ids.add(debts.stream().filter(d -> d.getReference().equalsIgnoreCase(ref)).map(Debt::getId).findFirst()
                        .orElseThrow(() -> new ValidationException("debts", "debtor " + debtorId + " has no debt '" + ref
                                + "'; his debts: " + String.join(", ", debts.stream().map(Debt::getReference).toList()))));
            }
            return ids;
        });
    }

    /** The debts a contact is about: those named, else the debtor's open ones (all if none is open). */
    static Set<Long> debtIds(StoreSession s, ContactRequest r) {
        Work.debtor(s, r.debtorId());
        if (!r.debtIds().isEmpty()) {
            Work.ownDebts(s, r.debtorId(), r.debtIds());
            return r.debtIds();
        }
        List<Debt> all = s.debts().forDebtor(r.debtorId());
        Set<Long> open = new LinkedHashSet<>();
        all.stream().filter(d -> !d.getStatus().isClosed()).forEach(d -> open.add(d.getId()));
        if (open.isEmpty()) {
            all.forEach(d -> open.add(d.getId()));
        }
        return open;
    }

    /** The facts of a debtor in an open transaction (for checks after this transaction's own writes). */
    static ComplianceService.Snapshot snapshot(StoreSession s, long debtorId) {
        return ComplianceService.Snapshot.of(ComplianceService.facts(s, debtorId));
    }
}
