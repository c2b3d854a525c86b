package org.recoup.service.work;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.recoup.service.compliance.ComplianceService;
import org.recoup.service.money.MoneyService;
import org.recoup.store.Database;

/**
 * The collector's daily work: the contact log, events, scheduling, promises to pay, collection
 * strategies and the work queue. What {@code Workspace.daily()} offers the window and the commands.
 */
public final class DailyWork {

    private final Clock clock;
    private final MoneyService money;
    private final ComplianceService compliance;
    private final org.recoup.service.debtors.DebtorService debtors;
    private final org.recoup.service.debts.DebtService debtService;
    private final ContactLogService contacts;
    private final EventService events;
    private final SchedulingService scheduling;
    private final PromiseService promises;
    private final StrategyService strategies;
    private final WorkQueueService queue;

    public DailyWork(Database database, Clock clock, ComplianceService compliance, MoneyService money,
                     org.recoup.service.debtors.DebtorService debtors, org.recoup.service.debts.DebtService debtService) {
        this.clock = clock;
        this.money = money;
        this.compliance = compliance;
        this.debtors = debtors;
        this.debtService = debtService;
        this.contacts = new ContactLogService(database, clock, compliance);
        this.events = new EventService(database, clock);
        this.scheduling = new SchedulingService(database, clock, compliance);
        this.promises = new PromiseService(database, clock, compliance);
        this.strategies = new StrategyService(database, clock);
        this.queue = new WorkQueueService(database, clock, compliance);
    }

    public ContactLogService contacts() {
        return contacts;
    }

    public EventService events() {
        return events;
    }

    public SchedulingService scheduling() {
        return scheduling;
    }

    public PromiseService promises() {
        return promises;
    }

    public StrategyService strategies() {
        return strategies;
    }

    public WorkQueueService queue() {
        return queue;
    }

    /** Loads what a dialog about the debtor needs (see {@link Desk}). */
    public Desk desk(long debtorId) {
        var detail = debtors.detail(debtorId).orElseThrow(() -> new org.recoup.domain.ValidationException("debtor",
                "no debtor with id " + debtorId));
        var debts = debtService.forDebtor(debtorId);
        java.util.Map<Long, org.recoup.domain.Money> defaults = new java.util.LinkedHashMap<>();
        for (var debt : debts) {
            if (debt.status().isClosed()) {
                continue;
            }
            var next = money.plan(debt.id()).map(p -> p.next()).orElse(null);
            defaults.put(debt.id(), next != null ? next.remaining() : debt.balance().owed());
        }
        java.util.Set<String> zones = new java.util.LinkedHashSet<>();
        detail.locations().forEach(l -> zones.add(l.timeZone()));
        String home = detail.homeZone() == null ? "UTC" : detail.homeZone();
        return new Desk(detail, debts, events.thirdParties(debtorId), defaults, compliance.snapshot(debtorId), home,
                List.copyOf(zones));
    }

    /** What deciding promises and plans from the ledger changed before a queue was built. */
    public record Evaluation(List<PromiseService.PromiseChange> promises, int plansChanged) {
    }

    /**
     * Records what the ledger says of open promises and active plans today (kept, broken, with
     * follow-ups), as the window does before it shows the queue.
     */
    public Evaluation evaluate() {
        List<PromiseService.PromiseChange> changed = promises.evaluate();
        int plans = money.evaluatePlans(LocalDate.now(clock)).size();
        return new Evaluation(changed, plans);
    }
}
