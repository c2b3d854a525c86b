package org.recoup.service.work;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;

import org.recoup.domain.ActionPurpose;
import org.recoup.domain.Channel;
import org.recoup.domain.Client;
import org.recoup.domain.ComplianceEvent;
import org.recoup.domain.ComplianceEventType;
import org.recoup.domain.Contact;
import org.recoup.domain.Debt;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.Debtor;
import org.recoup.domain.Direction;
import org.recoup.domain.LetterKind;
import org.recoup.domain.Location;
import org.recoup.domain.LocationKind;
import org.recoup.domain.Party;
import org.recoup.domain.PhoneType;
import org.recoup.domain.Promise;
import org.recoup.domain.ScheduledAction;
import org.recoup.domain.StrategyAction;
import org.recoup.domain.ValidationException;
import org.recoup.service.compliance.CheckResult;
import org.recoup.service.compliance.ComplianceContexts;
import org.recoup.service.compliance.ComplianceService;
import org.recoup.service.compliance.DebtorFacts;
import org.recoup.service.compliance.Proposal;
import org.recoup.store.Database;
import org.recoup.store.QueueFacts;

/**
 * The work queue: today's actions for every debtor still worked, each compliant at its time or
 * moved to its earliest compliant time that same day (in the debtor's home zone), in priority
 * order: promises due, broken promises, broken plans, new placements, scheduled follow-ups, the
 * next strategy step; within each, the larger balance first. One action per debtor: his most
 * urgent one that the rules allow today.
 *
 * <p>The portfolio is read in a few set-based queries, each debtor's facts are turned into the
 * engine's context by {@link ComplianceContexts} (the one mapping), and debtors are evaluated in
 * parallel; only then is the queue sorted.
 */
public final class WorkQueueService {

    /** Why an item is in the queue, most urgent first. */
    public enum Priority { PROMISE_DUE, BROKEN_PROMISE, BROKEN_PLAN, NEW_PLACEMENT, FOLLOW_UP, STRATEGY }

    private static final Set<DebtStatus> WORKED = EnumSet.of(DebtStatus.NEW, DebtStatus.ACTIVE, DebtStatus.PLAN,
            DebtStatus.DISPUTED, DebtStatus.LEGAL);
    private static final Set<DebtStatus> LADDER = EnumSet.of(DebtStatus.NEW, DebtStatus.ACTIVE);
    private static final Set<DebtStatus> CHASED = EnumSet.of(DebtStatus.NEW, DebtStatus.ACTIVE, DebtStatus.PLAN);

    private final Database database;
    private final Clock clock;
    private final ComplianceService compliance;
    private final int parallelism;

    WorkQueueService(Database database, Clock clock, ComplianceService compliance) {
        this.database = database;
        this.clock = clock;
        this.compliance = compliance;
        this.parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** The queue at an instant, as recorded (promises and plans as the ledger says at that instant). */
    public Queue at(Instant at) {
        return build(null, at);
    }

    /** The queue now. */
    public Queue now() {
        return at(Instant.now(clock));
    }

    /** The one debtor's part of the queue at an instant (empty or one item). */
    public Queue forDebtor(long debtorId, Instant at) {
        return build(debtorId, at);
    }

    private Queue build(Long only, Instant at) {
        long t0 = System.nanoTime();
        long cpu0 = cpu();
        Instant before = at.plus(Duration.ofDays(2));
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            QueueFacts.Loaded data;
            if (only != null) {
                data = database.read(s -> s.queueFacts().load(only, before));
            } else {
                // two transactions read the two halves at once
                var people = pool.submit(() -> database.read(s -> s.queueFacts().load(null, before,
                        QueueFacts.Part.PEOPLE)));
                QueueFacts.Loaded accounts = database.read(s -> s.queueFacts().load(null, before, QueueFacts.Part.ACCOUNTS));
                data = QueueFacts.merge(people.get(), accounts);
            }
            long cpuLoaded = cpu();
            if (DEBUG) {
                System.err.println("queue: loaded in " + (System.nanoTime() - t0) / 1_000_000 + " ms, cpu "
                        + (cpuLoaded - cpu0) / 1_000_000 + " ms");
            }
            Map<Long, List<StepView>> ladders = new HashMap<>();
            data.clients().keySet().forEach(id -> ladders.put(id, ladder(data, id)));
            List<Long> ids = new ArrayList<>(data.debtors().keySet());
            AtomicLong checks = new AtomicLong();
            List<QueueItem> items;
            if (ids.size() < 64) {
                items = ids.stream().map(id -> evaluate(data, ladders, id, at, checks))
                        .filter(java.util.Objects::nonNull).toList();
            } else {
                items = pool.submit(() -> ids.parallelStream().map(id -> evaluate(data, ladders, id, at, checks))
                        .filter(java.util.Objects::nonNull).toList()).get();
            }
            List<QueueItem> sorted = sort(items);
            if (DEBUG) {
                System.err.println("queue: built in " + (System.nanoTime() - t0) / 1_000_000 + " ms, cpu "
                        + (cpu() - cpu0) / 1_000_000 + " ms");
            }
            return new Queue(at, sorted, ids.size(), checks.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the work queue", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static final boolean DEBUG = Boolean.getBoolean("recoup.queue.debug");

    private static long cpu() {
        if (DEBUG && java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Priority, then (for follow-ups) time, then the balance's rank within its currency, largest first. */
    static List<QueueItem> sort(List<QueueItem> items) {
        Map<String, List<BigDecimal>> byCurrency = new HashMap<>();
        for (QueueItem i : items) {
            if (i.balance() != null) {
                byCurrency.computeIfAbsent(i.currency(), k -> new ArrayList<>()).add(i.balance());
            }
        }
        Map<String, BigDecimal[]> sorted = new HashMap<>();
        byCurrency.forEach((currency, list) -> {
            BigDecimal[] values = list.toArray(BigDecimal[]::new);
            Arrays.sort(values);
            sorted.put(currency, values);
        });
        Map<QueueItem, Double> rank = new java.util.IdentityHashMap<>();
        for (QueueItem i : items) {
            double r = 0;
            if (i.balance() != null) {
                BigDecimal[] values = sorted.get(i.currency());
                int index = Arrays.binarySearch(values, i.balance());
                r = values.length <= 1 ? 1 : (double) Math.max(index, 0) / (values.length - 1);
            }
            rank.put(i, r);
        }
        Comparator<QueueItem> order = Comparator.comparing(QueueItem::priority)
                .thenComparing(i -> i.priority() == Priority.FOLLOW_UP ? i.at() : Instant.EPOCH)
                .thenComparing(i -> -rank.get(i))
                .thenComparing(QueueItem::at)
                .thenComparingLong(QueueItem::debtorId);
        List<QueueItem> result = new ArrayList<>(items);
        result.sort(order);
        return List.copyOf(result);
    }

    /** A possible action for a debtor, before the rules are asked. */
    private record Candidate(Priority priority, Channel channel, String action, String letterTemplate, Debt debt,
                             Set<Long> debtIds, Instant at, ScheduledAction scheduled, String reasonKey,
                             List<String> reasonArgs, String reason) {
    }

    private QueueItem evaluate(QueueFacts.Loaded data, Map<Long, List<StepView>> ladders, long debtorId, Instant at,
                               AtomicLong checks) {
        Debtor debtor = data.debtors().get(debtorId);
        if (debtor.getLocations().isEmpty()) {
            return null;
        }
        ZoneId home = ZoneId.of(debtor.homeZone().orElseThrow());
        LocalDate today = at.atZone(home).toLocalDate();
        Instant endOfToday = today.plusDays(1).atStartOfDay(home).toInstant();
        List<Debt> debts = data.debts().getOrDefault(debtorId, List.of());
        List<Contact> contacts = data.contacts().getOrDefault(debtorId, List.of());
        List<ComplianceEvent> events = data.events().getOrDefault(debtorId, List.of());
        List<String> packs = ComplianceContexts.packs(debtor);
        List<Candidate> candidates = candidates(data, ladders, packs, debtor, debts, contacts, events, home, today,
                endOfToday, at);
        if (candidates.isEmpty()) {
            return null;
        }
        candidates.sort(Comparator.comparing(Candidate::priority)
                .thenComparing(c -> c.debt().getPlacedAt()));
        ComplianceService.Snapshot snapshot = null;
        for (Candidate c : candidates) {
            if (c.channel() == null) {
                return item(debtor, home, c, c.at(), c.at(), null, null);
            }
            if (snapshot == null) {
                DebtorFacts facts = new DebtorFacts(debtor, data.thirdParties().getOrDefault(debtorId, List.of()),
                        data.inconvenientTimes().getOrDefault(debtorId, List.of()), debts, contacts, events,
                        data.lastPayments());
                snapshot = ComplianceService.Snapshot.of(facts, packs);
            }
            Proposal proposal = proposal(debtor, c);
            CheckResult result = check(snapshot, proposal, checks);
            if (!result.blocks()) {
                Instant better = result.earliestCompliant();
                if (result.level() == CheckResult.Level.WARN && better != null && better.isAfter(c.at())) {
                    // a warning that a later time clears (UK-TIME's evening hours): that time today,
                    // or not today at all, as for a block
                    if (!better.isBefore(endOfToday)) {
                        continue;
                    }
                    Proposal moved = proposal.at(better);
                    CheckResult again = check(snapshot, moved, checks);
                    if (again.level() == CheckResult.Level.PASS) {
                        return item(debtor, home, c, better, c.at(), again, moved);
                    }
                }
                return item(debtor, home, c, c.at(), c.at(), result, proposal);
            }
            Instant earliest = result.earliestCompliant();
            if (earliest != null && earliest.isBefore(endOfToday)) {
                Proposal moved = proposal.at(earliest);
                CheckResult again = check(snapshot, moved, checks);
                if (!again.blocks()) {
                    return item(debtor, home, c, earliest, c.at(), again, moved);
                }
            }
        }
        return null;
    }

    private CheckResult check(ComplianceService.Snapshot snapshot, Proposal proposal, AtomicLong checks) {
        checks.incrementAndGet();
        return compliance.check(snapshot, proposal);
    }

    private List<Candidate> candidates(QueueFacts.Loaded data, Map<Long, List<StepView>> ladders, List<String> packs,
                                       Debtor debtor, List<Debt> debts, List<Contact> contacts,
                                       List<ComplianceEvent> events, ZoneId home, LocalDate today, Instant endOfToday,
                                       Instant at) {
        List<Candidate> out = new ArrayList<>();
        Map<Long, Debt> byId = new HashMap<>();
        debts.forEach(d -> byId.put(d.getId(), d));
        long debtorId = debtor.getId();
        Set<Long> promised = new java.util.HashSet<>();
        for (Promise p : data.openPromises().getOrDefault(debtorId, List.of())) {
            Debt debt = byId.get(p.getDebtId());
            if (debt == null || !CHASED.contains(debt.getStatus()) || p.getPromisedAt().isAfter(at)) {
                continue;
            }
            int grace = grace(data, debt);
            BigDecimal paid = PromiseRules.paid(p, data.promisePayments().getOrDefault(debt.getId(), List.of()), home, grace);
            PromiseRules.State state = PromiseRules.state(p, paid, today, grace);
            if (state == PromiseRules.State.OPEN || state == PromiseRules.State.DUE) {
                promised.add(debt.getId());
            }
            if (state == PromiseRules.State.DUE) {
                List<String> args = List.of(p.getAmount().toString(), p.getDueDate().toString(), paid.toPlainString());
                out.add(new Candidate(Priority.PROMISE_DUE, Channel.CALL, "CALL", null, debt, Set.of(debt.getId()), at,
                        null, "promiseDue", args, "Promise of " + args.get(0) + " due " + args.get(1) + " ("
                        + args.get(2) + " paid so far)"));
            } else if (state == PromiseRules.State.BROKEN) {
                List<String> args = List.of(p.getAmount().toString(), p.getDueDate().toString());
                out.add(new Candidate(Priority.BROKEN_PROMISE, Channel.CALL, "CALL", null, debt, Set.of(debt.getId()), at,
                        null, "promiseBroken", args, "Promise of " + args.get(0) + " due " + args.get(1)
                        + " was not kept"));
            }
        }
        for (Debt debt : debts) {
            LocalDate broke = data.brokenPlans().get(debt.getId());
            if (broke == null || !CHASED.contains(debt.getStatus()) || data.activePlanDebts().contains(debt.getId())) {
                continue;
            }
            Instant since = broke.atStartOfDay(home).toInstant();
            boolean followedUp = contacts.stream().anyMatch(c -> concerns(c, debt.getId()) && !c.getAt().isBefore(since)
                    && !c.getAt().isAfter(at) && (c.getDirection() == Direction.OUTBOUND
                    || (c.getOutcome() != null && c.getOutcome().isConversation())));
            if (!followedUp) {
                out.add(new Candidate(Priority.BROKEN_PLAN, Channel.CALL, "CALL", null, debt, Set.of(debt.getId()), at,
                        null, "planBroken", List.of(broke.toString()), "Repayment plan broke on " + broke));
            }
        }
        boolean us = packs.contains("US-FED");
        for (Debt debt : debts) {
            if (debt.getStatus() != DebtStatus.NEW || debt.getPlacedAt().isAfter(at)
                    || contacts.stream().anyMatch(c -> concerns(c, debt.getId()) && c.getAt().isBefore(at))) {
                continue;
            }
            List<StepView> ladder = ladders.getOrDefault(debt.getClientId(), List.of());
            if (us) {
                out.add(new Candidate(Priority.NEW_PLACEMENT, Channel.LETTER, "LETTER", LetterTemplates.VALIDATION_NOTICE,
                        debt, Set.of(debt.getId()), at, null, "newPlacementUs", List.of(),
                        "New placement: first contact; the validation notice is not mailed yet"));
            } else {
                StepView first = ladder.stream().filter(st -> Ladders.channel(st.action()) != null).findFirst()
                        .orElse(StepView.at(0, StrategyAction.CALL));
                Channel channel = Ladders.channel(first.action());
                out.add(new Candidate(Priority.NEW_PLACEMENT, channel, channel.name(), first.letterTemplate(), debt,
                        Set.of(debt.getId()), at, null, "newPlacement", List.of(), "New placement: first contact"));
            }
        }
        for (ScheduledAction a : data.planned().getOrDefault(debtorId, List.of())) {
            if (!a.getAt().isBefore(endOfToday)) {
                continue;
            }
            Set<Long> ids = a.getDebtIds();
            List<Debt> concerned = ids.isEmpty() ? debts : ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
            Debt first = concerned.stream().filter(d -> WORKED.contains(d.getStatus())).findFirst().orElse(null);
            if (first == null) {
                continue;
            }
            Priority priority = a.getPurpose() == ActionPurpose.PROMISE_FOLLOW_UP ? Priority.BROKEN_PROMISE
                    : a.getPurpose() == ActionPurpose.PLAN_FOLLOW_UP ? Priority.BROKEN_PLAN : Priority.FOLLOW_UP;
            String note = a.getNote() == null ? "" : a.getNote();
            out.add(new Candidate(priority, a.getChannel(), a.getChannel().name(), a.getLetterTemplate(), first,
                    ids.isEmpty() ? Set.copyOf(byId.keySet()) : ids, a.getAt().isBefore(at) ? at : a.getAt(), a,
                    "scheduled", List.of(a.getPurpose().name(), note), "Scheduled " + a.getPurpose()
                    + (note.isEmpty() ? "" : ": " + note)));
        }
        boolean ceased = events.stream().anyMatch(e -> e.getType() == ComplianceEventType.CEASE && e.getAt().isBefore(at));
        if (!ceased) {
            for (Debt debt : debts) {
                if (!LADDER.contains(debt.getStatus()) || data.activePlanDebts().contains(debt.getId())
                        || promised.contains(debt.getId()) || disputeOpen(events, debt.getId(), at)
                        || debt.getPlacedAt().isAfter(at)) {
                    continue;
                }
                if (debt.getStatus() == DebtStatus.NEW
                        && contacts.stream().noneMatch(c -> concerns(c, debt.getId()) && c.getAt().isBefore(at))) {
                    continue; // a new placement, proposed above
                }
                List<Contact> before = contacts.stream().filter(c -> c.getAt().isBefore(at)).toList();
                Ladders.next(ladders.getOrDefault(debt.getClientId(), List.of()), debt, home, before).ifPresent(next -> {
                    if (!next.due().isAfter(today)) {
                        StepView step = next.step();
                        Channel channel = Ladders.channel(step.action());
                        List<String> args = List.of(step.describe(), next.due().toString());
                        out.add(new Candidate(Priority.STRATEGY, channel, step.action().name(), step.letterTemplate(),
                                debt, Set.of(debt.getId()), at, null, "strategyStep", args,
                                "Strategy step " + args.get(0) + " (due " + args.get(1) + ")"));
                    }
                });
            }
        }
        return out;
    }

    private static boolean disputeOpen(List<ComplianceEvent> events, long debtId, Instant at) {
        boolean open = false;
        List<ComplianceEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(ComplianceEvent::getAt));
        for (ComplianceEvent e : sorted) {
            if (!e.getAt().isBefore(at) || !e.concerns(debtId)) {
                continue;
            }
            if (e.getType() == ComplianceEventType.DISPUTE) {
                open = true;
            } else if (e.getType() == ComplianceEventType.DISPUTE_RESOLVED) {
                open = false;
            }
        }
        return open;
    }

    private static boolean concerns(Contact c, long debtId) {
        return c.concerns(debtId);
    }

    private static int grace(QueueFacts.Loaded data, Debt debt) {
        Client client = data.clients().get(debt.getClientId());
        return client == null ? Client.DEFAULT_GRACE_DAYS : client.getGraceDays();
    }

    private static List<StepView> ladder(QueueFacts.Loaded data, long clientId) {
        List<org.recoup.domain.StrategyStep> stored = data.strategies().get(clientId);
        if (stored != null && !stored.isEmpty()) {
            return StrategyService.steps(stored);
        }
        Client client = data.clients().get(clientId);
        return Ladders.defaults(client == null ? null : client.getDefaultCountry());
    }

    private static Proposal proposal(Debtor debtor, Candidate c) {
        ScheduledAction a = c.scheduled();
        if (a != null) {
            LetterKind kind = a.getChannel() == Channel.LETTER ? LetterTemplates.kind(a.getLetterTemplate()) : null;
            return Proposals.of(a.getChannel(), c.at(), a.getParty(), a.getLocationId(), a.getThirdPartyId(),
                    a.getDebtIds(), false, kind);
        }
        LetterKind kind = c.channel() == Channel.LETTER
                ? LetterTemplates.kind(c.letterTemplate() == null ? LetterTemplates.DEMAND : c.letterTemplate()) : null;
        return Proposals.of(c.channel(), c.at(), Party.DEBTOR, target(debtor, c.channel()), null, c.debtIds(), false,
                kind);
    }

    /** The debtor's location an action goes to: a phone for a call, a mobile for an SMS, an address for a letter. */
    static Long target(Debtor debtor, Channel channel) {
        Location found = null;
        for (Location l : debtor.getLocations()) {
            boolean fits = switch (channel) {
                case CALL -> l.getKind() == LocationKind.PHONE;
                case SMS -> l.getKind() == LocationKind.PHONE && l.getPhoneType() == PhoneType.MOBILE;
                case EMAIL -> l.getKind() == LocationKind.EMAIL && !l.isEmployerProvided();
                case LETTER, VISIT -> l.getKind() == LocationKind.ADDRESS;
                case CREDIT_REPORT -> false;
            };
            if (fits) {
                found = l;
                break;
            }
        }
        return found == null ? null : found.getId();
    }

    private static QueueItem item(Debtor debtor, ZoneId home, Candidate c, Instant at, Instant proposedAt,
                                  CheckResult result, Proposal proposal) {
        Long locationId = proposal == null ? null : proposal.locationId();
        String target = null;
        if (c.scheduled() != null && c.scheduled().getThirdPartyId() != null) {
            target = "third party " + c.scheduled().getThirdPartyId();
        } else if (locationId != null) {
            target = debtor.getLocations().stream().filter(l -> locationId.equals(l.getId())).findFirst()
                    .map(WorkQueueService::shortTarget).orElse(null);
        }
        Set<String> zones = new LinkedHashSet<>();
        zones.add(home.getId());
        debtor.getLocations().forEach(l -> zones.add(l.getTimeZone()));
        CheckResult.Level level = result == null ? CheckResult.Level.PASS : result.level();
        return new QueueItem(debtor.getId(), debtor.getName(), debtor.getNativeName(), c.debt().getId(),
                c.debt().getReference(), c.debtIds(), c.action(), c.channel(), c.letterTemplate(), locationId, target, at,
                proposedAt, c.priority(), c.reasonKey(), c.reasonArgs(), c.reason(), level, result, proposal,
                c.scheduled() == null ? null : c.scheduled().getId(), home.getId(), List.copyOf(zones),
                debtor.getSummaryBalance(), debtor.getSummaryCurrency());
    }

    /** A location in a few words, cheaply (no phone formatting): the number, the e-mail, the town. */
    private static String shortTarget(Location l) {
        return switch (l.getKind()) {
            case PHONE -> l.getPhone();
            case EMAIL -> l.getEmail();
            case ADDRESS -> l.getCity() == null ? l.getCountry() : l.getCity() + ", " + l.getCountry();
        };
    }

    /** Refuses an instant the queue cannot be built for. */
    static Instant requireInstant(Instant at) {
        if (at == null) {
            throw new ValidationException("queue.at", "is required");
        }
        return at;
    }
}
