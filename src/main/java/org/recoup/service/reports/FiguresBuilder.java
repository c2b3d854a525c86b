package org.recoup.service.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.recoup.domain.DebtStatus;
import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.Money;
import org.recoup.domain.PromiseStatus;
import org.recoup.store.ReportQueries;

/**
 * Adds up the grouped rows of {@link ReportQueries} into the {@link Figures} of one selection of
 * clients (all of them, or one). A few hundred rows per dashboard: the work per debt was done by
 * the database.
 */
final class FiguresBuilder {

    private static final int BUCKETS = AgingBucket.values().length;

    private final YearMonth thisMonth;
    private final List<YearMonth> months;
    private final Map<String, Sums> currencies = new TreeMap<>();
    private long promisesKept;
    private long promisesBroken;
    private long plansActive;
    private long plansBroken;
    private final Map<String, long[]> rules = new HashMap<>();
    private long blockedActions;
    private long overriddenActions;
    private final Map<DebtStatus, Map<String, Long>> byStatus = new java.util.EnumMap<>(DebtStatus.class);

    /** The money of one currency. */
    private static final class Sums {
        long openDebts;
        BigDecimal outstanding = BigDecimal.ZERO;
        BigDecimal placed = BigDecimal.ZERO;
        BigDecimal collected = BigDecimal.ZERO;
        BigDecimal collectedThisMonth = BigDecimal.ZERO;
        final Map<YearMonth, BigDecimal> byMonth = new HashMap<>();
        final long[] agingDebts = new long[BUCKETS];
        final BigDecimal[] agingOwed = new BigDecimal[BUCKETS];

        Sums() {
            Arrays.fill(agingOwed, BigDecimal.ZERO);
        }
    }

    /**
     * @param asOf        the day of the dashboard
     * @param firstMonth  the first of the months collected-by-month shows (through {@code asOf}'s month)
     */
    FiguresBuilder(LocalDate asOf, YearMonth firstMonth) {
        this.thisMonth = YearMonth.from(asOf);
        List<YearMonth> list = new ArrayList<>();
        for (YearMonth m = firstMonth; !m.isAfter(thisMonth); m = m.plusMonths(1)) {
            list.add(m);
        }
        this.months = List.copyOf(list);
    }

    private Sums sums(String currency) {
        return currencies.computeIfAbsent(currency, c -> new Sums());
    }

    void add(ReportQueries.LedgerSum sum) {
        Sums s = sums(sum.currency());
        BigDecimal change = sum.owedChange();
        if (!sum.ended()) {
            s.outstanding = s.outstanding.add(change);
            s.agingOwed[sum.bucket()] = s.agingOwed[sum.bucket()].add(change);
        }
        if (sum.type() == LedgerEntryType.PLACEMENT) {
            s.placed = s.placed.add(change);
        } else if (sum.type() == LedgerEntryType.PAYMENT || sum.type() == LedgerEntryType.REVERSAL) {
            BigDecimal collected = change.negate();
            s.collected = s.collected.add(collected);
            if (sum.month() != null) {
                s.byMonth.merge(sum.month(), collected, BigDecimal::add);
                if (sum.month().equals(thisMonth)) {
                    s.collectedThisMonth = s.collectedThisMonth.add(collected);
                }
            }
        }
    }

    void add(ReportQueries.DebtCount count) {
        Sums s = sums(count.currency());
        byStatus.computeIfAbsent(count.status(), k -> new TreeMap<>()).merge(count.currency(), count.debts(), Long::sum);
        if (count.bucket() >= 0) {
            s.openDebts += count.debts();
            s.agingDebts[count.bucket()] += count.debts();
        }
    }

    void add(ReportQueries.PromiseCount count) {
        if (count.status() == PromiseStatus.KEPT) {
            promisesKept += count.promises();
        } else if (count.status() == PromiseStatus.BROKEN) {
            promisesBroken += count.promises();
        }
    }

    void add(ReportQueries.PlanCount count) {
        plansActive += count.active();
        plansBroken += count.broken();
    }

    void add(ReportQueries.RuleCount count) {
        boolean blocked = "BLOCK".equals(count.verdict());
        if (blocked) {
            blockedActions += count.lines();
        }
        if (count.overridden()) {
            overriddenActions += count.lines();
        }
        for (String rule : splitRules(count.rules())) {
            long[] c = rules.computeIfAbsent(rule, r -> new long[2]);
            if (blocked) {
                c[0] += count.lines();
            }
            if (count.overridden()) {
                c[1] += count.lines();
            }
        }
    }

    /** "US-TIME-1,US-FREQ-1" → both ids; an empty list of rules counts under "—". */
    static List<String> splitRules(String rules) {
        List<String> ids = new ArrayList<>();
        if (rules != null) {
            for (String id : rules.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.trim());
                }
            }
        }
        return ids.isEmpty() ? List.of("—") : ids;
    }

    Figures build() {
        List<CurrencyFigures> money = new ArrayList<>();
        List<MonthAmount> byMonth = new ArrayList<>();
        List<AgingRow> aging = new ArrayList<>();
        for (Map.Entry<String, Sums> e : currencies.entrySet()) {
            String c = e.getKey();
            Sums s = e.getValue();
            money.add(new CurrencyFigures(c, s.openDebts, money(s.outstanding, c), money(s.placed, c),
                    money(s.collected, c), money(s.collectedThisMonth, c)));
            for (YearMonth month : months) {
                byMonth.add(new MonthAmount(month, money(s.byMonth.getOrDefault(month, BigDecimal.ZERO), c)));
            }
            if (s.openDebts > 0 || s.outstanding.signum() != 0) {
                for (AgingBucket bucket : AgingBucket.values()) {
                    aging.add(new AgingRow(bucket, c, s.agingDebts[bucket.ordinal()],
                            money(s.agingOwed[bucket.ordinal()], c)));
                }
            }
        }
        byMonth.sort(Comparator.comparing(MonthAmount::month));
        Map<String, long[]> sortedRules = new LinkedHashMap<>();
        rules.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0])
                        .thenComparingLong(e -> -e.getValue()[1]).thenComparing(Map.Entry::getKey))
                .forEach(e -> sortedRules.put(e.getKey(), e.getValue()));
        List<RuleCount> compliance = new ArrayList<>();
        sortedRules.forEach((rule, c) -> compliance.add(new RuleCount(rule, c[0], c[1])));
        List<StatusCount> statuses = new ArrayList<>();
        byStatus.forEach((status, counts) -> counts.forEach((currency, n) -> statuses.add(new StatusCount(status, currency, n))));
        return new Figures(money, byMonth, aging, promisesKept, promisesBroken, plansActive, plansBroken, compliance,
                blockedActions, overriddenActions, statuses);
    }

    private static Money money(BigDecimal amount, String currency) {
        return Money.of(amount.stripTrailingZeros().scale() > Money.scaleOf(currency)
                ? amount.setScale(Money.scaleOf(currency), java.math.RoundingMode.HALF_EVEN) : amount, currency);
    }
}
