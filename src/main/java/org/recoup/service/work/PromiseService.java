package org.recoup.service.work;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.recoup.domain.ActionPurpose;
import org.recoup.domain.Channel;
import org.recoup.domain.Client;
import org.recoup.domain.Debt;
import org.recoup.domain.Debtor;
import org.recoup.domain.LocationKind;
import org.recoup.domain.Money;
import org.recoup.domain.Party;
import org.recoup.domain.Promise;
import org.recoup.domain.PromiseStatus;
import org.recoup.domain.ScheduledAction;
import org.recoup.service.compliance.ComplianceService;
import org.recoup.store.Database;
import org.recoup.store.QueueFacts;
import org.recoup.store.StoreSession;

/**
 * Promises to pay, kept or broken as the ledger says (with the client's grace days, as for plans).
 * A broken promise gets a follow-up call at the earliest compliant time.
 */
public final class PromiseService {

    private final Database database;
    private final Clock clock;
    private final ComplianceService compliance;

    PromiseService(Database database, Clock clock, ComplianceService compliance) {
        this.database = database;
        this.clock = clock;
        this.compliance = compliance;
    }

    /** A promise whose status an evaluation decided. */
    public record PromiseChange(long promiseId, long debtorId, String debtReference, PromiseStatus status,
                                Long followUpId, Instant followUpAt) {
    }

    /** The debtor's promises, newest first, each with what was paid towards it. */
    public List<PromiseView> forDebtor(long debtorId) {
        LocalDate today = LocalDate.now(clock);
        return database.read(s -> {
            Debtor debtor = Work.debtor(s, debtorId);
            ZoneId home = Work.home(debtor);
            Map<Long, Debt> debts = new HashMap<>();
            s.debts().forDebtor(debtorId).forEach(d -> debts.put(d.getId(), d));
            List<Promise> promises = s.promises().forDebtor(debtorId);
            LocalDate from = promises.stream().map(p -> p.getPromisedAt().atZone(home).toLocalDate())
                    .min(LocalDate::compareTo).orElse(today);
            List<QueueFacts.Payment> payments = s.promises().payments(debts.keySet(), from);
            List<PromiseView> views = new ArrayList<>();
            for (Promise p : promises) {
                Debt debt = debts.get(p.getDebtId());
                int grace = grace(s, debt);
                BigDecimal paid = PromiseRules.paid(p, payments, home, grace);
                PromiseRules.State state = p.getStatus() == PromiseStatus.KEPT ? PromiseRules.State.KEPT
                        : p.getStatus() == PromiseStatus.BROKEN ? PromiseRules.State.BROKEN
                        : PromiseRules.state(p, paid, today(home), grace);
                views.add(new PromiseView(p.getId(), p.getDebtId(), debt.getReference(), p.getAmount(), p.getDueDate(),
                        p.getPromisedAt(), p.getStatus(), Money.of(paid, p.getAmount().currency()), state,
                        p.getFollowUpId()));
            }
            return views;
        });
    }

    private LocalDate today(ZoneId zone) {
        return Instant.now(clock).atZone(zone).toLocalDate();
    }

    /**
     * Decides every open promise the ledger has decided by now: KEPT once paid, BROKEN once its
     * grace days ran out unpaid (with a follow-up call scheduled at the earliest compliant time).
     * Synchronized for the same reason as {@code MoneyService.evaluatePlans}.
     */
    public synchronized List<PromiseChange> evaluate() {
        Instant now = Instant.now(clock);
        return database.write(s -> {
            List<PromiseChange> changes = new ArrayList<>();
            List<Promise> open = s.promises().open();
            if (open.isEmpty()) {
                return changes;
            }
            // A day before the earliest promise in UTC covers its first local day in every zone.
            LocalDate earliest = open.stream().map(p -> p.getPromisedAt().atZone(ZoneOffset.UTC).toLocalDate())
                    .min(LocalDate::compareTo).orElseThrow().minusDays(1);
            Map<Long, List<QueueFacts.Payment>> paymentsByDebt = s.promises().paymentsOnOpenPromises(earliest);
            int leastGrace = s.clients().all().stream().mapToInt(Client::getGraceDays)
                    .min().orElse(Client.DEFAULT_GRACE_DAYS);
            LocalDate latestLocalToday = now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1);
            Map<Long, List<Promise>> byDebtor = new HashMap<>();
            List<Promise> undecided = new ArrayList<>();
            for (Promise p : open) {
                boolean unpaid = !paymentsByDebt.containsKey(p.getDebtId());
                boolean graceLeftEverywhere = !latestLocalToday.isAfter(p.getDueDate().plusDays(leastGrace));
                if (unpaid && graceLeftEverywhere) {
                    undecided.add(p); // neither kept nor broken today, whatever the debtor's zone or client
                    continue;
                }
                byDebtor.computeIfAbsent(p.getDebtorId(), k -> new ArrayList<>()).add(p);
            }
            // thousands of open promises would otherwise be checked for changes before every query below
            s.promises().forget(undecided);
            for (Map.Entry<Long, List<Promise>> entry : byDebtor.entrySet()) {
                Debtor debtor = Work.debtor(s, entry.getKey());
                ZoneId home = Work.home(debtor);
                LocalDate today = now.atZone(home).toLocalDate();
                for (Promise p : entry.getValue()) {
                    Debt debt = s.debts().find(p.getDebtId()).orElseThrow();
                    int grace = grace(s, debt);
                    BigDecimal paid = PromiseRules.paid(p, paymentsByDebt.getOrDefault(p.getDebtId(), List.of()),
                            home, grace);
                    PromiseRules.State state = PromiseRules.state(p, paid, today, grace);
                    if (state == PromiseRules.State.KEPT) {
                        p.kept(now);
                        s.promises().save(p);
                        changes.add(new PromiseChange(p.getId(), debtor.getId(), debt.getReference(), PromiseStatus.KEPT,
                                null, null));
                    } else if (state == PromiseRules.State.BROKEN) {
                        ScheduledAction followUp = followUp(s, debtor, p, now);
                        p.broken(now, followUp == null ? null : followUp.getId());
                        s.promises().save(p);
                        changes.add(new PromiseChange(p.getId(), debtor.getId(), debt.getReference(),
                                PromiseStatus.BROKEN, followUp == null ? null : followUp.getId(),
                                followUp == null ? null : followUp.getAt()));
                    }
                }
            }
            return changes;
        });
    }

    private ScheduledAction followUp(StoreSession s, Debtor debtor, Promise p, Instant now) {
        Long phone = debtor.getLocations().stream().filter(l -> l.getKind() == LocationKind.PHONE)
                .map(org.recoup.domain.Location::getId).findFirst().orElse(null);
        ScheduledAction action = new ScheduledAction(debtor.getId(), Channel.CALL, now, Party.DEBTOR, phone, null,
                java.util.Set.of(p.getDebtId()), null, ActionPurpose.PROMISE_FOLLOW_UP,
                "promise of " + p.getAmount() + " due " + p.getDueDate() + " was not kept", now);
        Instant at = SchedulingService.placeCompliant(s, compliance, action, new ArrayList<>());
        if (at == null) {
            return null;
        }
        action.reschedule(at);
        return s.scheduled().save(action);
    }

    static int grace(StoreSession s, Debt debt) {
        return s.clients().find(debt.getClientId()).map(Client::getGraceDays).orElse(Client.DEFAULT_GRACE_DAYS);
    }
}
