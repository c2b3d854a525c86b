package org.recoup.service.money;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.recoup.domain.AllocationOrder;
import org.recoup.domain.AuditEntry;
import org.recoup.domain.Bucket;
import org.recoup.domain.Client;
import org.recoup.domain.DayCount;
import org.recoup.domain.Debt;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.Frequency;
import org.recoup.domain.InterestTerms;
import org.recoup.domain.LedgerEntry;
import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.Money;
import org.recoup.domain.PaymentMethod;
import org.recoup.domain.PlanKind;
import org.recoup.domain.PlanStatus;
import org.recoup.domain.RepaymentPlan;
import org.recoup.domain.UserInputException;
import org.recoup.domain.Validate;
import org.recoup.domain.ValidationException;
import org.recoup.domain.view.LedgerLine;
import org.recoup.money.Allocation;
import org.recoup.money.Buckets;
import org.recoup.money.Itemization;
import org.recoup.money.PlanProgress;
import org.recoup.money.PlanSimulation;
import org.recoup.money.PlanTerms;
import org.recoup.money.ScheduledInstalment;
import org.recoup.money.Schedules;
import org.recoup.money.SimulatedInstalment;
import org.recoup.store.Database;
import org.recoup.store.DatabaseFile;
import org.recoup.store.StoreSession;

/**
 * The money use cases of a debt: what the "Plan and payments" tab and {@code recoup pay} call.
 * Every public method is one transaction; a {@link ValidationException} naming the field means
 * nothing was saved. "Today" is read from the clock.
 */
public final class MoneyService implements AutoCloseable {

    private final Database database;
    private final Clock clock;
    private final boolean ownsDatabase;

    /** A service on a database someone else opened and will close. */
    public MoneyService(Database database, Clock clock) {
        this(database, clock, false);
    }

    private MoneyService(Database database, Clock clock, boolean ownsDatabase) {
        this.database = database;
        this.clock = clock;
        this.ownsDatabase = ownsDatabase;
    }

    /**
     * Opens the existing database at {@code path} for this service alone; {@link #close} closes it.
     *
     * @throws UserInputException when there is no database there
     */
    public static MoneyService open(Path path, Clock clock) {
        DatabaseFile file = DatabaseFile.of(path);
        if (!Files.isRegularFile(file.file())) {
            throw new UserInputException("there is no Recoup database at " + file.file());
        }
        return new MoneyService(Database.open(path), clock, true);
    }

    @Override
    public void close() {
        if (ownsDatabase) {
            database.close();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant();
    }

    // ---------------------------------------------------------------- reading

    /** Everything the tab shows for a debt, as of today. */
    public MoneyOverview overview(long debtId) {
        LocalDate today = today();
        return database.read(s -> {
            DebtBook book = DebtBook.load(s, debtId, now());
            book.lines();
            RepaymentPlan plan = book.plans().isEmpty() ? null : book.activePlan().orElse(book.plans().get(0));
            return new MoneyOverview(Views.balance(book, today), Views.ledger(book),
                    plan == null ? null : Views.plan(book, plan, today, graceDays(s, book)),
                    book.limitation(today), Views.interest(book, today));
        });
    }

    /** The balance by bucket, with interest accrued up to today. */
    public BalanceView balance(long debtId) {
        LocalDate today = today();
        return database.read(s -> Views.balance(DebtBook.load(s, debtId, now()), today));
    }

    /** The ledger, oldest first, with a running balance. */
    public List<LedgerRow> ledger(long debtId) {
        return database.read(s -> Views.ledger(DebtBook.load(s, debtId, now())));
    }

    /** The validation notice's itemization as of today (docs/decisions/0012-money-itemization.md). */
    public ItemizationView itemization(long debtId) {
        LocalDate today = today();
        return database.read(s -> {
            DebtBook book = DebtBook.load(s, debtId, now());
            LocalDate from = book.debt.getItemizationDate();
            if (from == null) {
                from = book.lines().stream().filter(l -> l.type() == LedgerEntryType.PLACEMENT)
                        .map(LedgerLine::valueDate).min(LocalDate::compareTo)
                        .orElseThrow(() -> new ValidationException("debt.itemizationDate",
                                "is not set and the debt has no placement to start from"));
            }
            Itemization i = Itemization.of(book.lines(), from, today, book.currency());
            return new ItemizationView(debtId, i.itemizationDate(), i.asOf(), i.amountOnItemizationDate(), i.interest(),
                    i.fees(), i.paymentsAndCredits(), i.current(), i.creditOwedToDebtor());
        });
    }

    /** The statute of limitations as of today. */
    public LimitationView limitation(long debtId) {
        LocalDate today = today();
        return database.read(s -> DebtBook.load(s, debtId, now()).limitation(today));
    }

    /**
     * What {@link #recordPayment} would warn about for a payment valued on {@code date}, without
     * recording anything: the record payment dialog shows it as the date is chosen and asks the user
     * to acknowledge a revival before saving.
     */
    public List<MoneyWarning> paymentWarnings(long debtId, LocalDate date) {
        LocalDate on = notAfterToday(date, "payment.date", today());
        return database.read(s -> DebtBook.load(s, debtId, now()).revivalWarnings(on, "a payment"));
    }

    /** The interest terms with what is accrued up to today; empty when the debt earns no interest. */
    public Optional<InterestView> interest(long debtId) {
        return Optional.ofNullable(accruedInterest(debtId, today()));
    }

    /** Interest accrued and not posted up to {@code to} (any date, nothing is written); null without terms. */
    public InterestView accruedInterest(long debtId, LocalDate to) {
        Validate.required(to, "interest.to");
        return database.read(s -> Views.interest(DebtBook.load(s, debtId, now()), to));
    }

    /** The active plan, else the latest, with its progress as of today. */
    public Optional<PlanView> plan(long debtId) {
        LocalDate today = today();
        return database.read(s -> {
            DebtBook book = DebtBook.load(s, debtId, now());
            if (book.plans().isEmpty()) {
                return Optional.<PlanView>empty();
            }
            RepaymentPlan plan = book.activePlan().orElse(book.plans().get(0));
            return Optional.of(Views.plan(book, plan, today, graceDays(s, book)));
        });
    }

    /** Every plan of the debt, newest first. */
    public List<PlanView> plans(long debtId) {
        LocalDate today = today();
        return database.read(s -> {
            DebtBook book = DebtBook.load(s, debtId, now());
            int grace = graceDays(s, book);
            return book.plans().stream().map(p -> Views.plan(book, p, today, grace)).toList();
        });
    }

    /** Of these debtors, those with a debt whose latest plan is broken (for the list to mark). */
    public Set<Long> debtorsWithBrokenPlans(Collection<Long> debtorIds) {
        return database.read(s -> s.plans().debtorsWithBrokenPlans(debtorIds));
    }

    public AllocationOrder allocationOrder(long clientId) {
        return database.read(s -> s.moneyTerms().allocationOrder(clientId));
    }

    /** Debts with this reference, whichever their client. */
    public List<DebtRef> findDebts(String reference) {
        String ref = Validate.required(reference, "debt.reference");
        return database.read(s -> s.debts().findByReference(ref).stream().map(d -> ref(s, d)).toList());
    }

    /**
     * The one debt with this reference (of this client, when named).
     *
     * @throws AmbiguousReferenceException when several clients use it and none is named
     * @throws ValidationException         when there is no such debt or client
     */
    public DebtRef resolveDebt(String reference, String clientName) {
        String ref = Validate.required(reference, "debt.reference");
        return database.read(s -> {
            if (clientName != null && !clientName.isBlank()) {
                Client client = s.clients().findByName(clientName)
                        .orElseThrow(() -> new ValidationException("client", "there is no client named '" + clientName.trim() + "'"));
                Debt debt = s.debts().findByReference(client.getId(), ref)
                        .orElseThrow(() -> new ValidationException("debt", "client " + client.getName()
                                + " has no debt with reference '" + ref + "'"));
                return ref(s, debt);
            }
            List<Debt> debts = s.debts().findByReference(ref);
            if (debts.isEmpty()) {
                throw new ValidationException("debt", "there is no debt with reference '" + ref + "'");
            }
            if (debts.size() > 1) {
                throw new AmbiguousReferenceException(ref, debts.stream().map(d -> ref(s, d).clientName()).toList());
            }
            return ref(s, debts.get(0));
        });
    }

    private static DebtRef ref(StoreSession s, Debt debt) {
        String client = s.clients().find(debt.getClientId()).map(Client::getName).orElse("?");
        return new DebtRef(debt.getId(), debt.getReference(), debt.getClientId(), client, debt.getCurrency());
    }

    // ---------------------------------------------------------------- the ledger

    /**
     * Records a payment: posts interest up to its date, allocates it in the client's order (an
     * overpayment becomes credit), brings the plan up to date and moves the debt to PAID when
     * nothing is left owed. Warns when the payment may revive a time-barred debt.
     */
    public PostingReceipt recordPayment(PaymentRequest request) {
        Validate.required(request, "payment");
        LocalDate today = today();
        LocalDate date = notAfterToday(request.date(), "payment.date", today);
        PaymentMethod method = Validate.required(request.method(), "payment.method");
        String reference = Validate.optional(request.reference(), "payment.reference", 100);
        String memo = Validate.optional(request.memo(), "payment.memo", 500);
        return database.write(s -> {
            DebtBook book = DebtBook.load(s, request.debtId(), now());
            Money amount = positive(amount(request.amount(), book.currency(), "payment.amount"), "payment.amount");
            List<MoneyWarning> warnings = book.revivalWarnings(date, "a payment");
            DebtStatus before = book.debt.getStatus();
            LedgerLine interest = book.postInterest(date);
            AllocationOrder order = s.moneyTerms().allocationOrder(book.debt.getClientId());
            Buckets change = Allocation.ofPayment(book.balance(), amount, order);
            LedgerLine payment = book.append(new LedgerEntry(book.id(), LedgerEntryType.PAYMENT, date, book.now,
                    change.principal(), change.interest(), change.fees(), change.credit())
                    .withPayment(method, reference).withMemo(memo));
            RepaymentPlan plan = reconcile(s, book, today, true, "payment " + payment.id() + " of " + amount + " on " + date);
            return receipt(s, book, payment, interest, before, plan, warnings, today);
        });
    }

    /**
     * Reverses a payment (returned cheque, chargeback): a REVERSAL row that is the exact opposite
     * of the payment's row. A PAID or SETTLED debt that owes something again returns to ACTIVE.
     */
    public PostingReceipt reversePayment(long paymentEntryId, LocalDate date, String reason) {
        LocalDate today = today();
        LocalDate on = notAfterToday(date, "reversal.date", today);
        String why = Validate.required(reason, "reversal.reason", 500);
        return database.write(s -> {
            long debtId = s.ledgerLines().debtOf(paymentEntryId).orElseThrow(() ->
                    new ValidationException("reversal.payment", "there is no ledger entry " + paymentEntryId));
            DebtBook book = DebtBook.load(s, debtId, now());
            LedgerLine payment = book.lines().stream().filter(l -> l.id() == paymentEntryId).findFirst().orElseThrow();
            if (payment.type() != LedgerEntryType.PAYMENT) {
                throw new ValidationException("reversal.payment", "entry " + paymentEntryId + " is a " + payment.type()
                        + "; only payments can be reversed");
            }
            Optional<LedgerLine> earlier = book.lines().stream()
                    .filter(l -> Long.valueOf(paymentEntryId).equals(l.reversesId())).findFirst();
            if (earlier.isPresent()) {
                throw new ValidationException("reversal.payment", "payment " + paymentEntryId
                        + " was already reversed (entry " + earlier.get().id() + ")");
            }
            if (on.isBefore(payment.valueDate())) {
                throw new ValidationException("reversal.date", "is before the payment's date " + payment.valueDate());
            }
            DebtStatus before = book.debt.getStatus();
            Buckets undo = Buckets.of(payment).negate();
            LedgerLine reversal = book.append(new LedgerEntry(book.id(), LedgerEntryType.REVERSAL, on, book.now,
                    undo.principal(), undo.interest(), undo.fees(), undo.credit())
                    .withPayment(payment.paymentMethod(), payment.paymentReference())
                    .reversing(payment.id()).withMemo(why));
            Money paid = payment.credit().minus(payment.owedChange());
            RepaymentPlan plan = reconcile(s, book, today, false, "payment " + payment.id() + " of " + paid + " reversed: " + why);
            return receipt(s, book, reversal, null, before, plan, List.of(), today);
        });
    }

    /** Adds a fee (positive) with what it is for. Refused on a debt whose collection has ended. */
    public PostingReceipt addFee(long debtId, BigDecimal amount, LocalDate date, String description) {
        LocalDate today = today();
        LocalDate on = notAfterToday(date, "fee.date", today);
        String what = Validate.required(description, "fee.description", 500);
        return database.write(s -> {
            DebtBook book = DebtBook.load(s, debtId, now());
            Money fee = positive(amount(amount, book.currency(), "fee.amount"), "fee.amount");
            if (book.debt.getStatus().isClosed()) {
                throw new ValidationException("debt.status", "a " + book.debt.getStatus()
                        + " debt takes no fees; reopen it first");
            }
            DebtStatus before = book.debt.getStatus();
            Money zero = book.zero();
            LedgerLine row = book.append(new LedgerEntry(debtId, LedgerEntryType.FEE, on, book.now, zero, zero, fee, zero)
                    .withMemo(what));
            RepaymentPlan plan = reconcile(s, book, today, false, "fee " + fee + ": " + what);
            return receipt(s, book, row, null, before, plan, List.of(), today);
        });
    }

    /**
     * Corrects one bucket up (positive) or down (negative), with a reason; a bucket never goes
     * below zero.
     */
    public PostingReceipt adjust(long debtId, Bucket bucket, BigDecimal amount, LocalDate date, String reason) {
        LocalDate today = today();
        LocalDate on = notAfterToday(date, "adjustment.date", today);
        Validate.required(bucket, "adjustment.bucket");
        String why = Validate.required(reason, "adjustment.reason", 500);
        return database.write(s -> {
            DebtBook book = DebtBook.load(s, debtId, now());
            Money change = amount(amount, book.currency(), "adjustment.amount");
            if (change.isZero()) {
                throw new ValidationException("adjustment.amount", "must not be zero");
            }
            Money holds = book.balance().get(bucket);
            if (holds.plus(change).isNegative()) {
                throw new ValidationException("adjustment.amount", "would take " + bucket.name().toLowerCase(Locale.ROOT)
                        + " below zero (it holds " + holds + ")");
            }
            DebtStatus before = book.debt.getStatus();
            Buckets delta = Buckets.only(bucket, change);
            LedgerLine row = book.append(new LedgerEntry(debtId, LedgerEntryType.ADJUSTMENT, on, book.now,
                    delta.principal(), delta.interest(), delta.fees(), delta.credit()).withMemo(why));
            RepaymentPlan plan = reconcile(s, book, today, false, "adjustment of " + bucket.name().toLowerCase(Locale.ROOT)
                    + " by " + change + ": " + why);
            return receipt(s, book, row, null, before, plan, List.of(), today);
        });
    }

    /**
     * Writes off {@code amount} (spread in the client's allocation order), or with a null amount
     * everything owed, which also closes the debt. Interest is posted up to the date first.
     */
    public PostingReceipt writeOff(long debtId, BigDecimal amount, LocalDate date, String reason) {
        LocalDate today = today();
        LocalDate on = notAfterToday(date, "writeOff.date", today);
        String why = Validate.required(reason, "writeOff.reason", 500);
        return database.write(s -> {
            DebtBook book = DebtBook.load(s, debtId, now());
            DebtStatus before = book.debt.getStatus();
            boolean everything = amount == null;
            if (everything && book.activePlan().isPresent()) {
                throw new ValidationException("writeOff", "debt " + book.debt.getReference()
                        + " has an active plan; cancel it before writing everything off");
            }
            LedgerLine interest = book.postInterest(on);
            Buckets balance = book.balance();
            if (!balance.owed().isPositive()) {
                throw new ValidationException("writeOff", "nothing is owed on debt " + book.debt.getReference());
            }
            Buckets change;
            if (!everything && amount.compareTo(balance.owed().amount()) == 0 && book.activePlan().isEmpty()) {
                everything = true;
            }
            if (everything) {
                change = new Buckets(balance.principal(), balance.interest(), balance.fees(), book.zero()).negate();
            } else {
                Money part = positive(amount(amount, book.currency(), "writeOff.amount"), "writeOff.amount");
                if (part.compareTo(balance.owed()) > 0) {
                    throw new ValidationException("writeOff.amount", "is more than is owed (" + balance.owed() + ")");
                }
                if (part.compareTo(balance.owed()) == 0 && book.activePlan().isPresent()) {
                    throw new ValidationException("writeOff", "debt " + book.debt.getReference()
                            + " has an active plan; cancel it before writing everything off");
                }
                change = Allocation.ofPayment(balance, part, s.moneyTerms().allocationOrder(book.debt.getClientId()));
            }
            LedgerLine row = book.append(new LedgerEntry(debtId, LedgerEntryType.WRITE_OFF, on, book.now,
                    change.principal(), change.interest(), change.fees(), change.credit()).withMemo(why));
            if (everything) {
                moveIfAllowed(book, DebtStatus.CLOSED, "written off: " + why);
            }
            RepaymentPlan plan = reconcile(s, book, today, false, "write-off of " + change.owed().negate() + ": " + why);
            return receipt(s, book, row, interest, before, plan, List.of(), today);
        });
    }

    /**
     * Posts the interest accrued up to {@code upTo} (every day before it) as one INTEREST row.
     * Posting to the same date again adds nothing. Empty when there was nothing to post.
     */
    public Optional<PostingReceipt> postInterest(long debtId, LocalDate upTo) {
        LocalDate today = today();
        LocalDate through = notAfterToday(upTo, "interest.upTo", today);
        return database.write(s -> {
            DebtBook book = DebtBook.load(s, debtId, now());
            DebtStatus before = book.debt.getStatus();
            LedgerLine row = book.postInterest(through);
            if (row == null) {
                return Optional.<PostingReceipt>empty();
            }
            return Optional.of(receipt(s, book, row, null, before, book.activePlan().orElse(null), List.of(), today));
        });
    }

    // ---------------------------------------------------------------- settings

    /**
     * Sets the debt's interest terms. Interest due under the old terms is posted up to today
     * first, so the new ones count from today on (or from their start, for a debt without terms).
     *
     * @param annualRatePercent e.g. 18.5 for 18.5 % a year
     * @param cap               the most interest accrual may post in total; null for none
     */
    public InterestView setInterestTerms(long debtId, BigDecimal annualRatePercent, DayCount dayCount, LocalDate start,
                                         BigDecimal cap) {
        LocalDate today = today();
        return database.write(s -> {
            DebtBook book = DebtBook.load(s, debtId, now());
            Money capMoney = cap == null ? null : amount(cap, book.currency(), "interest.cap");
            Optional<InterestTerms> existing = book.terms();
            if (existing.isPresent()) {
                book.postInterest(today);
                existing.get().change(annualRatePercent, dayCount, start, capMoney, book.now);
                s.moneyTerms().saveInterest(existing.get());
            } else {
                s.moneyTerms().saveInterest(new InterestTerms(debtId, book.currency(), annualRatePercent, dayCount, start,
                        capMoney, book.now));
            }
            return Views.interest(DebtBook.load(s, debtId, now()), today);
        });
    }

    /** Stops interest on the debt, posting what was accrued up to today first. */
    public void removeInterestTerms(long debtId) {
        LocalDate today = today();
        database.write(s -> {
            DebtBook book = DebtBook.load(s, debtId, now());
            if (book.terms().isPresent()) {
                book.postInterest(today);
                s.moneyTerms().removeInterest(debtId);
            }
            return null;
        });
    }

    public void setAllocationOrder(long clientId, AllocationOrder order) {
        Validate.required(order, "allocationOrder");
        database.write(s -> {
            s.clients().find(clientId).orElseThrow(() -> new ValidationException("client", "there is no client with id " + clientId));
            s.moneyTerms().setAllocationOrder(clientId, order);
            return null;
        });
    }

    /** Sets the debt's limitation years (null for the jurisdiction's default). */
    public LimitationView setLimitationYears(long debtId, Integer years) {
        LocalDate today = today();
        return database.write(s -> {
            DebtBook book = DebtBook.load(s, debtId, now());
            book.debt.setLimitationYears(years);
            s.debts().save(book.debt);
            return book.limitation(today);
        });
    }

    // ---------------------------------------------------------------- plans

    /** The what-if of a plan, before it is agreed; nothing is written. */
    public PlanPreview previewPlan(long debtId, PlanRequest request) {
        LocalDate today = today();
        return database.read(s -> {
            DebtBook book = DebtBook.load(s, debtId, now());
            return preview(s, book, request, book.accrued(today).amount(), today);
        });
    }

    /**
     * Agrees a plan: posts interest up to today, saves the plan and its schedule, and moves the
     * debt to PLAN. Warns when the debt is, or within 90 days will be, time-barred, or when the
     * plan runs past that date.
     */
    public PlanAgreement agreePlan(long debtId, PlanRequest request) {
        LocalDate today = today();
        return database.write(s -> {
            DebtBook book = DebtBook.load(s, debtId, now());
            checkCanTakePlan(book);
            book.postInterest(today);
            PlanPreview preview = preview(s, book, request, book.zero(), today);
            RepaymentPlan plan = new RepaymentPlan(debtId, request.kind(), preview.total(),
                    request.downPayment() == null ? null : amount(request.downPayment(), book.currency(), "plan.downPayment"),
                    request.count(), request.frequency(), request.start(), request.pauseInterest(), book.now, today);
            for (PlanPreview.Line line : preview.lines()) {
                plan.addInstalment(line.number(), line.due(), line.amount());
            }
            s.plans().save(book.debt, plan);
            book.forgetPlans();
            String what = describe(plan);
            s.audit().append(new AuditEntry(book.now, AuditEntry.Subject.PLAN, plan.getId(), "PLAN_AGREED", null,
                    PlanStatus.ACTIVE.name(), what));
            book.moveTo(DebtStatus.PLAN, what);
            return new PlanAgreement(Views.plan(book, plan, today, graceDays(s, book)), preview.warnings());
        });
    }

    /** Cancels an active plan; the debt returns from PLAN to ACTIVE. */
    public PlanView cancelPlan(long planId, String reason) {
        LocalDate today = today();
        String why = Validate.required(reason, "plan.reason", 2000);
        return database.write(s -> {
            RepaymentPlan plan = s.plans().find(planId)
                    .orElseThrow(() -> new ValidationException("plan", "there is no plan " + planId));
            DebtBook book = DebtBook.load(s, plan.getDebtId(), now());
            s.audit().append(plan.end(PlanStatus.CANCELLED, today, why, book.now));
            s.plans().save(book.debt, plan);
            if (book.debt.getStatus() == DebtStatus.PLAN) {
                book.moveTo(DebtStatus.ACTIVE, "plan " + planId + " cancelled: " + why);
            }
            return Views.plan(book, plan, today, graceDays(s, book));
        });
    }

    /**
     * Records what the payments say of every active plan on {@code asOf} (not after today):
     * COMPLETED, or BROKEN when an instalment went unpaid past the client's grace days, which
     * returns the debt to ACTIVE. Synchronized: the window's start-up and the work queue may
     * both ask at once, and two transactions settling the same plan would collide.
     */
    public synchronized List<PlanChange> evaluatePlans(LocalDate asOf) {
        LocalDate on = notAfterToday(asOf, "plans.asOf", today());
        // Most days few plans end: find them in a reading transaction (nothing held for writing,
        // nothing to check at its end), then end just those in a writing one, which decides again.
        List<Long> ending = database.read(s -> {
            List<Long> ids = new ArrayList<>();
            for (RepaymentPlan plan : s.plans().allActive()) {
                DebtBook book = DebtBook.load(s, plan.getDebtId(), now());
                if (ending(Views.progress(book, plan, on, graceDays(s, book)), book) != PlanStatus.ACTIVE) {
                    ids.add(plan.getId());
                }
            }
            return ids;
        });
        if (ending.isEmpty()) {
            return List.of();
        }
        return database.write(s -> {
            List<PlanChange> changes = new ArrayList<>();
            for (long planId : ending) {
                RepaymentPlan plan = s.plans().find(planId).orElse(null);
                if (plan == null || plan.getStatus() != PlanStatus.ACTIVE) {
                    continue;
                }
                DebtBook book = DebtBook.load(s, plan.getDebtId(), now());
                RepaymentPlan ended = settlePlan(s, book, plan, on, null);
                if (ended != null) {
                    changes.add(new PlanChange(plan.getId(), book.id(), book.debt.getReference(), ended.getStatus(),
                            ended.getEndedOn(), ended.getEndReason()));
                }
            }
            return changes;
        });
    }

    /**
     * How a plan with this progress ends now: COMPLETED when all is paid or nothing is owed on the
     * debt any more (unless it broke first), BROKEN, or ACTIVE when it runs on.
     */
    private static PlanStatus ending(PlanProgress progress, DebtBook book) {
        if (progress.status() == PlanStatus.BROKEN) {
            return PlanStatus.BROKEN;
        }
        boolean nothingOwed = !book.balance().owed().isPositive();
        return progress.status() == PlanStatus.COMPLETED || nothingOwed ? PlanStatus.COMPLETED : PlanStatus.ACTIVE;
    }

    // ---------------------------------------------------------------- without a database

    /**
     * A plan's schedule from the command line's text: no debt, no database. Checks the currency,
     * then the amounts against its decimals, then the plan's rules.
     *
     * @param downPayment null for none
     * @param frequency   WEEKLY, FORTNIGHTLY or MONTHLY (any case)
     */
    public static ScheduleView schedule(String currency, String total, String downPayment, int count, String frequency,
                                        LocalDate start) {
        String code = Money.currencyOf(currency).getCurrencyCode();
        Money sum = amount(Money.parseAmount(total, "plan.total"), code, "plan.total");
        Money down = downPayment == null ? null
                : amount(Money.parseAmount(downPayment, "plan.downPayment"), code, "plan.downPayment");
        List<ScheduledInstalment> lines = Schedules.build(new PlanTerms(sum, down, count, frequency(frequency), start));
        return new ScheduleView(code, sum,
                lines.stream().map(l -> new ScheduleView.Line(l.number(), l.due(), l.amount())).toList());
    }

    /** WEEKLY, FORTNIGHTLY or MONTHLY, in any case. */
    public static Frequency frequency(String text) {
        String value = Validate.required(text, "plan.frequency");
        try {
            return Frequency.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("plan.frequency", "'" + value + "' is not one of WEEKLY, FORTNIGHTLY, MONTHLY");
        }
    }

    /** A payment method by name in any case, with '-' or ' ' for '_' (e.g. wechat-pay). */
    public static PaymentMethod paymentMethod(String text) {
        String value = Validate.required(text, "payment.method");
        try {
            return PaymentMethod.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("payment.method", "'" + value + "' is not one of "
                    + String.join(", ", java.util.Arrays.stream(PaymentMethod.values()).map(Enum::name).toList()));
        }
    }

    // ---------------------------------------------------------------- inside

    /** The preview on today's balance plus {@code accrued} interest not yet posted. */
    private PlanPreview preview(StoreSession s, DebtBook book, PlanRequest request, Money accrued, LocalDate today) {
        Validate.required(request, "plan");
        Validate.required(request.kind(), "plan.kind");
        LocalDate start = Validate.required(request.start(), "plan.start");
        if (start.isBefore(today)) {
            throw new ValidationException("plan.start", "is before today (" + today + ")");
        }
        checkCanTakePlan(book);
        Buckets balance = book.balance().plus(Buckets.only(Bucket.INTEREST, accrued));
        Money owed = balance.owed();
        if (!owed.isPositive()) {
            throw new ValidationException("plan", "nothing is owed on debt " + book.debt.getReference());
        }
        Money total;
        if (request.kind() == PlanKind.SETTLEMENT) {
            total = amount(Validate.required(request.total(), "plan.total"), book.currency(), "plan.total");
            if (total.compareTo(owed) >= 0) {
                throw new ValidationException("plan.total", "a settlement must be below the balance (" + owed
                        + "); for the whole balance agree an instalment plan");
            }
        } else {
            total = request.total() == null ? owed : amount(request.total(), book.currency(), "plan.total");
            if (total.compareTo(owed) > 0) {
                throw new ValidationException("plan.total", "is more than the balance (" + owed + ")");
            }
        }
        Money down = request.downPayment() == null ? null
                : amount(request.downPayment(), book.currency(), "plan.downPayment");
        List<ScheduledInstalment> schedule = Schedules.build(
                new PlanTerms(total, down, request.count(), request.frequency(), start));
        Money interestSoFar = book.lines().stream().filter(l -> l.type() == LedgerEntryType.INTEREST)
                .map(LedgerLine::interest).reduce(book.zero(), Money::plus).plus(accrued);
        List<SimulatedInstalment> simulated = PlanSimulation.run(balance, today, schedule,
                s.moneyTerms().allocationOrder(book.debt.getClientId()),
                request.pauseInterest() ? null : book.accrualTerms(), interestSoFar,
                request.kind() == PlanKind.SETTLEMENT);
        List<PlanPreview.Line> lines = simulated.stream().map(l -> new PlanPreview.Line(l.number(), l.due(), l.amount(),
                l.interest(), l.balanceAfter(), l.writtenOff())).toList();
        LimitationView limitation = book.limitation(today);
        LocalDate lastDue = schedule.get(schedule.size() - 1).due();
        boolean pastLimitation = limitation.expiry() != null && !lastDue.isBefore(limitation.expiry());
        Money discount = request.kind() == PlanKind.SETTLEMENT ? owed.minus(total) : book.zero();
        List<MoneyWarning> warnings = new ArrayList<>(book.revivalWarnings(today, "payments under this plan"));
        if (pastLimitation && warnings.isEmpty()) {
            warnings.add(pastLimitation(limitation.expiry()));
        }
        return new PlanPreview(book.id(), request.kind(), book.currency(), owed, total, discount, lines,
                limitation.expiry(), pastLimitation, List.copyOf(warnings));
    }

    private static MoneyWarning pastLimitation(LocalDate expiry) {
        return new MoneyWarning(MoneyWarning.PLAN_PAST_LIMITATION, "The plan's last instalment is due on or after "
                + expiry + ", when the debt's limitation period runs out; its payments may revive it.");
    }

    private static void checkCanTakePlan(DebtBook book) {
        book.activePlan().ifPresent(p -> {
            throw new ValidationException("plan", "debt " + book.debt.getReference() + " already has an active plan ("
                    + p.getId() + "); cancel it first");
        });
        if (!book.debt.getStatus().canMoveTo(DebtStatus.PLAN)) {
            throw new ValidationException("debt.status", "a " + book.debt.getStatus() + " debt cannot take a plan");
        }
    }

    private static String describe(RepaymentPlan plan) {
        StringBuilder text = new StringBuilder(plan.getKind() == PlanKind.SETTLEMENT ? "settlement" : "instalment plan");
        text.append(' ').append(plan.getId()).append(" agreed: ").append(plan.getTotal());
        if (plan.getDownPayment() != null) {
            text.append(", ").append(plan.getDownPayment()).append(" down");
        }
        text.append(", ").append(plan.getInstalmentCount()).append(' ')
                .append(plan.getFrequency().name().toLowerCase(Locale.ROOT)).append(" from ").append(plan.getStartDate());
        return text.toString();
    }

    /**
     * After a change of money: brings the active plan up to date (completed, broken) and the
     * debt's status in line with its balance. Returns the plan that was active, if any.
     */
    private RepaymentPlan reconcile(StoreSession s, DebtBook book, LocalDate today, boolean payment, String why) {
        RepaymentPlan active = book.activePlan().orElse(null);
        if (active != null) {
            settlePlan(s, book, active, today, why);
        }
        Money owed = book.balance().owed();
        DebtStatus status = book.debt.getStatus();
        if (payment && !owed.isPositive() && !status.isClosed() && status != DebtStatus.PLAN) {
            moveIfAllowed(book, DebtStatus.PAID, "paid in full: " + why);
        } else if (owed.isPositive() && (status == DebtStatus.PAID || status == DebtStatus.SETTLED)) {
            moveIfAllowed(book, DebtStatus.ACTIVE, "owed again: " + why);
        }
        return active;
    }

    /**
     * Ends {@code plan} when its payments say so on {@code on}: COMPLETED (a settlement then
     * writes off the rest and settles the debt), or BROKEN. A plan of a debt with nothing left owed
     * is completed too. Returns the plan if it ended.
     */
    private RepaymentPlan settlePlan(StoreSession s, DebtBook book, RepaymentPlan plan, LocalDate on, String why) {
        PlanProgress progress = Views.progress(book, plan, on, graceDays(s, book));
        PlanStatus ending = ending(progress, book);
        if (ending == PlanStatus.COMPLETED) {
            LocalDate completedOn = progress.statusDate() != null ? progress.statusDate() : on;
            if (plan.getKind() == PlanKind.SETTLEMENT) {
                book.postInterest(completedOn);
                Buckets left = book.balance();
                if (left.owed().isPositive()) {
                    Buckets change = new Buckets(left.principal(), left.interest(), left.fees(), book.zero()).negate();
                    book.append(new LedgerEntry(book.id(), LedgerEntryType.WRITE_OFF, completedOn, book.now,
                            change.principal(), change.interest(), change.fees(), change.credit())
                            .withMemo("settlement " + plan.getId() + " completed: the rest written off"));
                }
            }
            String reason = (progress.status() == PlanStatus.COMPLETED ? "all " + progress.total() + " paid"
                    : "nothing is owed on the debt any more") + (why == null ? "" : " (" + why + ")");
            s.audit().append(plan.end(PlanStatus.COMPLETED, completedOn, reason, book.now));
            s.plans().save(book.debt, plan);
            if (plan.getKind() == PlanKind.SETTLEMENT) {
                moveIfAllowed(book, DebtStatus.SETTLED, "settled under plan " + plan.getId());
            } else if (!book.balance().owed().isPositive()) {
                moveIfAllowed(book, DebtStatus.PAID, "paid in full under plan " + plan.getId());
            } else if (book.debt.getStatus() == DebtStatus.PLAN) {
                moveIfAllowed(book, DebtStatus.ACTIVE, "plan " + plan.getId() + " completed with "
                        + book.balance().owed() + " still owed");
            }
            return plan;
        }
        if (ending == PlanStatus.BROKEN) {
            ScheduledInstalment missed = Views.schedule(plan).stream()
                    .filter(i -> i.number() == progress.brokenBy()).findFirst().orElseThrow();
            String reason = "instalment " + missed.number() + " of " + missed.amount() + " due " + missed.due()
                    + " was not paid within " + graceDays(s, book) + " grace days";
            s.audit().append(plan.end(PlanStatus.BROKEN, progress.statusDate(), reason, book.now));
            s.plans().save(book.debt, plan);
            if (book.debt.getStatus() == DebtStatus.PLAN) {
                book.moveTo(DebtStatus.ACTIVE, "plan " + plan.getId() + " broken: " + reason);
            }
            return plan;
        }
        return null;
    }

    private static void moveIfAllowed(DebtBook book, DebtStatus next, String reason) {
        DebtStatus status = book.debt.getStatus();
        if (status != next && status.canMoveTo(next)) {
            book.moveTo(next, reason);
        }
    }

    private PostingReceipt receipt(StoreSession s, DebtBook book, LedgerLine entry, LedgerLine interest,
                                   DebtStatus before, RepaymentPlan plan, List<MoneyWarning> warnings, LocalDate today) {
        List<LedgerRow> rows = Views.ledger(book);
        LedgerRow entryRow = rows.stream().filter(r -> r.id() == entry.id()).findFirst().orElseThrow();
        LedgerRow interestRow = interest == null ? null
                : rows.stream().filter(r -> r.id() == interest.id()).findFirst().orElseThrow();
        PlanView planView = plan == null ? null : Views.plan(book, plan, today, graceDays(s, book));
        return new PostingReceipt(entryRow, interestRow, Views.balance(book, today), before, book.debt.getStatus(),
                planView, List.copyOf(warnings));
    }

    private static int graceDays(StoreSession s, DebtBook book) {
        return s.clients().find(book.debt.getClientId()).map(Client::getGraceDays).orElse(Client.DEFAULT_GRACE_DAYS);
    }

    private static LocalDate notAfterToday(LocalDate date, String field, LocalDate today) {
        Validate.required(date, field);
        if (date.isAfter(today)) {
            throw new ValidationException(field, "is in the future (" + date + "; today is " + today + ")");
        }
        return date;
    }

    /** {@code value} as money of {@code currency}, naming {@code field} when it has too many decimals. */
    static Money amount(BigDecimal value, String currency, String field) {
        Validate.required(value, field);
        int scale = Money.scaleOf(currency);
        if (value.stripTrailingZeros().scale() > scale) {
            throw new ValidationException(field, value.toPlainString() + " has more decimals than " + currency
                    + " allows (" + scale + ")");
        }
        return Money.of(value, currency);
    }

    private static Money positive(Money money, String field) {
        if (!money.isPositive()) {
            throw new ValidationException(field, "must be above zero");
        }
        return money;
    }
}
