package org.recoup.service.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.recoup.domain.Channel;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.Money;
import org.recoup.domain.PaymentMethod;
import org.recoup.reports.ReportDocument;
import org.recoup.reports.ReportLine;
import org.recoup.reports.ReportSection;
import org.recoup.reports.ReportSection.Layout;
import org.recoup.store.ReportQueries;

/**
 * Writes what each PDF report says, in the words of one language: its title, the client and the
 * period, and its sections of table lines with totals per currency. Layout is the design's.
 */
final class ReportBuilder {

    private final ReportWords w;
    private final Instant now;
    private final List<ClientInfo> clients;
    private final Long clientId;
    private final ReportPeriod period;
    private final String agency;

    /** @param agency the agency's name printed above the title (from its letterhead), or null */
    ReportBuilder(ReportWords words, Instant now, String agency, List<ClientInfo> clients, Long clientId,
                  ReportPeriod period) {
        this.agency = agency;
        this.w = words;
        this.now = now;
        this.clients = clients;
        this.clientId = clientId;
        this.period = period;
    }

    private String clientName() {
        if (clientId == null) {
            return w.t("client.all");
        }
        return clients.stream().filter(c -> c.id() == clientId).map(ClientInfo::name).findFirst().orElse("#" + clientId);
    }

    private ReportDocument document(ReportKind kind, String subtitle, List<ReportSection> sections) {
        String version = ReportService.class.getPackage().getImplementationVersion();
        String title = w.t("kind", kind);
        return new ReportDocument(title, subtitle, agency,
                w.t("generated", w.dateTime(now), version == null ? w.t("generated.dev") : version),
                "Recoup · " + title + " · " + clientName(),
                List.of(w.t("page.before"), w.t("page.after"), w.t("total.before"), w.t("total.after")), sections);
    }

    private String periodLine() {
        return w.t("period", ReportWords.date(period.from()), ReportWords.date(period.to()));
    }

    // --- portfolio summary -------------------------------------------------------------------

    ReportDocument portfolio(Dashboard dashboard) {
        Figures f = dashboard.figures(clientId);
        String subtitle = w.t("client", clientName()) + "\n" + w.t("asOf", ReportWords.date(dashboard.asOf())) + "\n"
                + w.t("periodFor", ReportWords.date(period.from()), ReportWords.date(period.to()));
        List<ReportSection> sections = new ArrayList<>();
        sections.add(keyFigures(f));
        sections.add(byClient(dashboard));
        sections.add(aging(f));
        sections.add(months(f));
        sections.add(statuses(f));
        sections.add(rules(w.t("portfolio.compliance"), f.compliance(), f.blockedActions(), f.overriddenActions(),
                List.of(ReportLine.note(w.t("portfolio.definitions")))));
        return document(ReportKind.PORTFOLIO, subtitle, sections);
    }

    private ReportSection keyFigures(Figures f) {
        List<ReportLine> lines = new ArrayList<>();
        lines.add(ReportLine.row(w.t("key.openDebts"),
                ReportWords.count(f.currencies().stream().mapToLong(CurrencyFigures::openDebts).sum())));
        for (CurrencyFigures c : f.currencies()) {
            lines.add(ReportLine.row(w.t("key.outstanding", c.currency()), ReportWords.money(c.outstanding())));
            lines.add(ReportLine.row(w.t("key.collectedThisMonth", c.currency()), ReportWords.money(c.collectedThisMonth())));
            lines.add(ReportLine.row(w.t("key.recovery", c.currency()), ReportWords.percent(c.recoveryPercent())));
        }
        long decided = f.promisesKept() + f.promisesBroken();
        lines.add(ReportLine.row(w.t("key.promisesKept"), decided == 0 ? w.t("key.promisesKept.none")
                : w.t("key.promisesKept.value", ReportWords.count(f.promisesKept()), ReportWords.count(decided),
                ReportWords.percent(f.promisesKeptPercent()))));
        lines.add(ReportLine.row(w.t("key.plansActive"), ReportWords.count(f.plansActive())));
        lines.add(ReportLine.row(w.t("key.plansBroken"), ReportWords.count(f.plansBroken())));
        lines.add(ReportLine.row(w.t("key.blocked"), ReportWords.count(f.blockedActions())));
        lines.add(ReportLine.row(w.t("key.overridden"), ReportWords.count(f.overriddenActions())));
        return new ReportSection(w.t("portfolio.keys"), Layout.KEYS, List.of(), lines);
    }

    private ReportSection byClient(Dashboard dashboard) {
        List<ReportLine> lines = new ArrayList<>();
        for (Dashboard.ClientLine line : dashboard.byClientLines()) {
            if (clientId == null || line.client().id() == clientId) {
                lines.add(moneyLine(false, line.client().name(), line.figures()));
            }
        }
        if (clientId == null) {
            for (CurrencyFigures c : dashboard.all().currencies()) {
                lines.add(moneyLine(true, w.t("portfolio.total"), c));
            }
        }
        if (lines.isEmpty()) {
            lines.add(ReportLine.note(w.t("none.debts")));
        }
        return new ReportSection(w.t("portfolio.byClient"), Layout.SUMMARY, List.of(w.t("col.client"), w.t("col.currency"),
                w.t("col.openDebts"), w.t("col.outstanding"), w.t("col.placed"), w.t("col.collected"), w.t("col.recovery")),
                lines);
    }

    private static ReportLine moneyLine(boolean total, String label, CurrencyFigures c) {
        String[] cells = {label, c.currency(), ReportWords.count(c.openDebts()), ReportWords.amount(c.outstanding()),
                ReportWords.amount(c.placed()), ReportWords.amount(c.collected()), ReportWords.percent(c.recoveryPercent())};
        return total ? ReportLine.total(cells) : ReportLine.row(cells);
    }

    private ReportSection aging(Figures f) {
        List<ReportLine> lines = new ArrayList<>();
        Map<String, List<AgingRow>> byCurrency = f.aging().stream()
                .collect(Collectors.groupingBy(AgingRow::currency, TreeMap::new, Collectors.toList()));
        byCurrency.forEach((currency, rows) -> {
            BigDecimal owed = rows.stream().map(r -> r.owed().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            long debts = rows.stream().mapToLong(AgingRow::debts).sum();
            for (AgingRow r : rows) {
                lines.add(ReportLine.row(w.t("bucket", r.bucket()), currency, ReportWords.count(r.debts()),
                        ReportWords.amount(r.owed()), ReportWords.percent(CurrencyFigures.percent(r.owed().amount(), owed))));
            }
            lines.add(ReportLine.total(w.t("total"), currency, ReportWords.count(debts),
                    ReportWords.amount(owed, currency), owed.signum() == 0 ? "" : "100.0%"));
        });
        if (lines.isEmpty()) {
            lines.add(ReportLine.note(w.t("none.debts")));
        }
        return new ReportSection(w.t("portfolio.aging"), Layout.SUMMARY, List.of(w.t("col.daysPastDue"),
                w.t("col.currency"), w.t("col.debts"), w.t("col.owed"), w.t("col.share")), lines);
    }

    private ReportSection months(Figures f) {
        List<String> currencies = f.currencies().stream().map(CurrencyFigures::currency).toList();
        Map<YearMonth, Map<String, Money>> byMonth = new TreeMap<>();
        for (MonthAmount m : f.collectedByMonth()) {
            byMonth.computeIfAbsent(m.month(), k -> new LinkedHashMap<>()).put(m.collected().currency(), m.collected());
        }
        List<ReportLine> lines = new ArrayList<>();
        if (currencies.isEmpty()) {
            lines.add(ReportLine.note(w.t("none.debts")));
            return new ReportSection(w.t("portfolio.months"), Layout.SUMMARY, List.of(), lines);
        }
        if (currencies.size() <= 4) {
            // one column per currency, in the four amount columns
            List<String> headers = new ArrayList<>(List.of(w.t("col.month"), "", ""));
            headers.addAll(currencies);
            Map<String, BigDecimal> totals = new LinkedHashMap<>();
            byMonth.forEach((month, amounts) -> {
                List<String> cells = new ArrayList<>(List.of(ReportWords.month(month), "", ""));
                for (String c : currencies) {
                    Money m = amounts.getOrDefault(c, Money.zero(c));
                    cells.add(ReportWords.amount(m));
                    totals.merge(c, m.amount(), BigDecimal::add);
                }
                lines.add(new ReportLine(ReportLine.Kind.ROW, cells));
            });
            List<String> total = new ArrayList<>(List.of(w.t("total"), "", ""));
            currencies.forEach(c -> total.add(ReportWords.amount(totals.getOrDefault(c, BigDecimal.ZERO), c)));
            lines.add(new ReportLine(ReportLine.Kind.TOTAL, total));
            return new ReportSection(w.t("portfolio.months"), Layout.SUMMARY, headers, lines);
        }
        byMonth.forEach((month, amounts) -> amounts.values().forEach(m ->
                lines.add(ReportLine.row(ReportWords.month(month), m.currency(), "", ReportWords.amount(m)))));
        return new ReportSection(w.t("portfolio.months"), Layout.SUMMARY,
                List.of(w.t("col.month"), w.t("col.currency"), "", w.t("col.collected")), lines);
    }

    private ReportSection statuses(Figures f) {
        List<ReportLine> lines = new ArrayList<>();
        List<String> currencies = f.byStatus().stream().map(StatusCount::currency).distinct().sorted().toList();
        if (currencies.isEmpty()) {
            lines.add(ReportLine.note(w.t("none.debts")));
            return new ReportSection(w.t("portfolio.status"), Layout.SUMMARY, List.of(), lines);
        }
        if (currencies.size() <= 3) {
            // one column per currency and one for all of them (counts of debts add up, amounts would not)
            Map<DebtStatus, Map<String, Long>> table = new EnumMap<>(DebtStatus.class);
            f.byStatus().forEach(c -> table.computeIfAbsent(c.status(), k -> new TreeMap<>()).put(c.currency(), c.debts()));
            Map<String, Long> totals = new TreeMap<>();
            table.forEach((status, counts) -> {
                List<String> cells = new ArrayList<>(List.of(w.t("status", status), "", ""));
                currencies.forEach(c -> cells.add(ReportWords.count(counts.getOrDefault(c, 0L))));
                cells.add(ReportWords.count(counts.values().stream().mapToLong(Long::longValue).sum()));
                lines.add(new ReportLine(ReportLine.Kind.ROW, cells));
                counts.forEach((c, n) -> totals.merge(c, n, Long::sum));
            });
            List<String> total = new ArrayList<>(List.of(w.t("total"), "", ""));
            currencies.forEach(c -> total.add(ReportWords.count(totals.getOrDefault(c, 0L))));
            total.add(ReportWords.count(totals.values().stream().mapToLong(Long::longValue).sum()));
            lines.add(new ReportLine(ReportLine.Kind.TOTAL, total));
            List<String> headers = new ArrayList<>(List.of(w.t("col.status"), "", ""));
            headers.addAll(currencies);
            headers.add(w.t("total"));
            return new ReportSection(w.t("portfolio.status"), Layout.SUMMARY, headers, lines);
        }
        Map<String, Long> totals = new TreeMap<>();
        for (StatusCount c : f.byStatus()) {
            lines.add(ReportLine.row(w.t("status", c.status()), c.currency(), ReportWords.count(c.debts())));
            totals.merge(c.currency(), c.debts(), Long::sum);
        }
        totals.forEach((currency, n) -> lines.add(ReportLine.total(w.t("total"), currency, ReportWords.count(n))));
        return new ReportSection(w.t("portfolio.status"), Layout.SUMMARY,
                List.of(w.t("col.status"), w.t("col.currency"), w.t("col.debts")), lines);
    }

    private ReportSection rules(String title, List<RuleCount> rules, long blocked, long overridden, List<ReportLine> after) {
        List<ReportLine> lines = new ArrayList<>();
        for (RuleCount r : rules) {
            lines.add(ReportLine.row(r.rule(), "", "", ReportWords.count(r.blocks()), ReportWords.count(r.overrides())));
        }
        if (rules.isEmpty()) {
            lines.add(ReportLine.note(w.t("none")));
        } else {
            lines.add(ReportLine.total(w.t("compliance.total"), "", "", ReportWords.count(blocked), ReportWords.count(overridden)));
        }
        lines.addAll(after);
        return new ReportSection(title, Layout.SUMMARY,
                List.of(w.t("col.rule"), "", "", w.t("col.blocks"), w.t("col.overrides")), lines);
    }

    // --- activity ----------------------------------------------------------------------------

    ReportDocument activity(List<PaymentItem> payments, List<ReportQueries.ContactLine> contacts,
                            List<ReportQueries.StatusLine> statuses) {
        String subtitle = w.t("client", clientName()) + "\n" + periodLine();
        List<ReportSection> sections = new ArrayList<>();
        List<ReportLine> summary = new ArrayList<>();
        for (StatementTotal t : ReportService.totals(payments, null)) {
            summary.add(ReportLine.row(w.t("activity.row.payments"), t.currency(), ReportWords.count(t.payments()),
                    ReportWords.amount(t.paid())));
            summary.add(ReportLine.row(w.t("activity.row.reversals"), t.currency(), ReportWords.count(t.reversals()),
                    ReportWords.amount(t.reversed())));
            summary.add(ReportLine.total(w.t("activity.row.net"), t.currency(), "", ReportWords.amount(t.collected())));
        }
        Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        contacts.forEach(c -> byChannel.merge(c.channel(), 1L, Long::sum));
        summary.add(ReportLine.row(w.t("activity.key.contacts"), "", ReportWords.count(contacts.size())));
        byChannel.forEach((channel, n) -> summary.add(ReportLine.row("   " + w.t("channel", channel), "", ReportWords.count(n))));
        summary.add(ReportLine.row(w.t("activity.key.statuses"), "", ReportWords.count(statuses.size())));
        sections.add(new ReportSection(w.t("activity.summary"), Layout.SUMMARY,
                List.of("", w.t("col.currency"), w.t("col.number"), w.t("col.amount")), summary));
        sections.add(paymentList(w.t("activity.payments"), payments, true));

        List<ReportLine> contactLines = new ArrayList<>();
        for (ReportQueries.ContactLine c : contacts) {
            contactLines.add(ReportLine.row(w.dateTime(c.at()), ReportService.name(c.debtor()), w.t("channel", c.channel()),
                    w.t("direction", c.direction()), "", c.outcome() == null ? "" : w.t("outcome", c.outcome())));
            if (c.notes() != null && !c.notes().isBlank()) {
                contactLines.add(ReportLine.detail(c.notes()));
            }
        }
        if (contactLines.isEmpty()) {
            contactLines.add(ReportLine.note(w.t("none")));
        }
        sections.add(new ReportSection(w.t("activity.contacts"), Layout.TEXT, List.of(w.t("col.time"), w.t("col.debtor"),
                w.t("col.channel"), w.t("col.direction"), "", w.t("col.outcome")), contactLines));

        List<ReportLine> statusLines = new ArrayList<>();
        for (ReportQueries.StatusLine s : statuses) {
            statusLines.add(ReportLine.row(w.dateTime(s.at()), ReportService.name(s.debtor()), s.debtReference(),
                    s.clientName(), status(s.fromStatus()), status(s.toStatus())));
            if (s.reason() != null && !s.reason().isBlank()) {
                statusLines.add(ReportLine.detail(s.reason()));
            }
        }
        if (statusLines.isEmpty()) {
            statusLines.add(ReportLine.note(w.t("none")));
        }
        sections.add(new ReportSection(w.t("activity.statuses"), Layout.TEXT, List.of(w.t("col.time"), w.t("col.debtor"),
                w.t("col.debt"), w.t("col.client"), w.t("col.from"), w.t("col.to")), statusLines));
        return document(ReportKind.ACTIVITY, subtitle, sections);
    }

    private String status(String name) {
        if (name == null) {
            return "–";
        }
        try {
            return w.t("status", DebtStatus.valueOf(name));
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    private ReportSection paymentList(String title, List<PaymentItem> payments, boolean withClient) {
        List<ReportLine> lines = new ArrayList<>();
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (PaymentItem p : payments) {
            String how = p.type() == LedgerEntryType.REVERSAL ? w.t("activity.reversal")
                    : w.t("method", p.method() == null ? PaymentMethod.OTHER : p.method());
            lines.add(ReportLine.row(ReportWords.date(p.valueDate()), p.debtor(), p.debtReference(),
                    withClient ? p.clientName() : "", how, ReportWords.money(p.amount())));
            totals.merge(p.amount().currency(), p.amount().amount(), BigDecimal::add);
        }
        totals.forEach((currency, sum) -> lines.add(ReportLine.total(w.t("total.currency", currency), "", "", "", "",
                ReportWords.money(Money.of(sum, currency)))));
        if (lines.isEmpty()) {
            lines.add(ReportLine.note(w.t("none")));
        }
        return new ReportSection(title, Layout.LIST, List.of(w.t("col.date"), w.t("col.debtor"), w.t("col.debt"),
                withClient ? w.t("col.client") : "", w.t("col.method"), w.t("col.amount")), lines);
    }

    // --- compliance log ----------------------------------------------------------------------

    ReportDocument compliance(List<ReportQueries.LogLine> log) {
        String subtitle = w.t("client", clientName()) + "\n" + periodLine();
        Map<String, long[]> byRule = new TreeMap<>();
        long blocked = 0;
        long overridden = 0;
        List<ReportLine> lines = new ArrayList<>();
        lines.add(ReportLine.note(w.t("compliance.explain")));
        for (ReportQueries.LogLine l : log) {
            boolean block = "BLOCK".equals(l.verdict());
            blocked += block ? 1 : 0;
            overridden += l.overridden() ? 1 : 0;
            for (String rule : FiguresBuilder.splitRules(l.rules())) {
                long[] c = byRule.computeIfAbsent(rule, r -> new long[2]);
                c[0] += block ? 1 : 0;
                c[1] += l.overridden() ? 1 : 0;
            }
            lines.add(ReportLine.row(w.dateTime(l.at()), ReportService.name(l.debtor()), w.t("channel", l.channel()),
                    String.join("\n", FiguresBuilder.splitRules(l.rules())), l.overridden() ? w.t("compliance.overridden") : w.t("compliance.blocked"),
                    source(l.source())));
            lines.add(ReportLine.detail(w.t("compliance.proposed", w.dateTime(l.proposedAt()),
                    l.summary() == null ? "" : l.summary())));
            if (l.overridden()) {
                lines.add(ReportLine.detail(w.t("compliance.reason", l.overrideReason())));
            }
        }
        if (log.isEmpty()) {
            lines.add(ReportLine.note(w.t("none")));
        }
        List<RuleCount> rules = byRule.entrySet().stream()
                .map(e -> new RuleCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(java.util.Comparator.comparingLong((RuleCount r) -> -r.blocks()).thenComparing(RuleCount::rule))
                .toList();
        List<ReportSection> sections = List.of(rules(w.t("compliance.byRule"), rules, blocked, overridden, List.of()),
                new ReportSection(w.t("compliance.lines"), Layout.TEXT, List.of(w.t("col.time"), w.t("col.debtor"),
                        w.t("col.channel"), w.t("col.rules"), w.t("col.verdict"), w.t("col.source")), lines));
        return document(ReportKind.COMPLIANCE, subtitle, sections);
    }

    private String source(String source) {
        try {
            return w.t("source." + org.recoup.domain.ComplianceLogEntry.Source.valueOf(source).name());
        } catch (IllegalArgumentException | NullPointerException e) {
            return source == null ? "" : source;
        }
    }

    // --- client statement --------------------------------------------------------------------

    ReportDocument statement(ClientStatement statement) {
        String subtitle = w.t("client", statement.client().name()) + "\n" + periodLine();
        BigDecimal rate = statement.client().commissionRate();
        List<ReportLine> keys = new ArrayList<>();
        keys.add(ReportLine.row(w.t("col.client"), statement.client().name()));
        keys.add(ReportLine.row(w.t("key.period"), ReportWords.date(period.from()) + " – " + ReportWords.date(period.to())));
        keys.add(ReportLine.row(w.t("key.commission"), rate == null ? w.t("key.commission.none") : ReportWords.percent(rate)));
        List<ReportLine> summary = new ArrayList<>();
        for (StatementTotal t : statement.totals()) {
            summary.add(ReportLine.row(w.t("activity.row.payments"), t.currency(), ReportWords.count(t.payments()),
                    ReportWords.amount(t.paid())));
            summary.add(ReportLine.row(w.t("activity.row.reversals"), t.currency(), ReportWords.count(t.reversals()),
                    ReportWords.amount(t.reversed())));
            summary.add(ReportLine.total(w.t("activity.row.net"), t.currency(), "", ReportWords.amount(t.collected())));
            summary.add(ReportLine.row(rate == null ? w.t("col.commission")
                    : w.t("statement.commission", ReportWords.percent(rate)), t.currency(), "", ReportWords.amount(t.commission())));
            summary.add(ReportLine.total(w.t("col.due"), t.currency(), "", ReportWords.amount(t.dueToClient())));
        }
        if (summary.isEmpty()) {
            summary.add(ReportLine.note(w.t("none")));
        }
        summary.add(ReportLine.note(w.t("statement.explain")));
        List<ReportSection> sections = List.of(
                new ReportSection(w.t("portfolio.keys"), Layout.KEYS, List.of(), keys),
                new ReportSection(w.t("statement.summary"), Layout.SUMMARY, List.of("", w.t("col.currency"),
                        w.t("col.number"), w.t("col.amount")), summary),
                paymentList(w.t("statement.payments"), statement.payments(), false));
        return document(ReportKind.STATEMENT, subtitle, sections);
    }
}
