package org.recoup.service.reports;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.recoup.domain.AuditEntry;
import org.recoup.domain.Language;
import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.Money;
import org.recoup.domain.ValidationException;
import org.recoup.service.Progress;
import org.recoup.reports.ReportDocument;
import org.recoup.reports.ReportPaper;
import org.recoup.reports.ReportPdf;
import org.recoup.store.Database;
import org.recoup.store.ReportQueries;
import org.recoup.store.StoreSession;

/**
 * The dashboard and the PDF reports. Every figure comes from a few grouped queries over the whole
 * portfolio (docs/decisions/0070-reports-definitions.md, 0072-reports-dashboard-speed.md); the
 * figures of each client come with those of all clients, so choosing a client costs nothing.
 */
public final class ReportService {

    /** How many calendar months collected-by-month shows, this one included. */
    public static final int MONTHS = 12;

    /** The audit trail's action for a change of a client's commission rate. */
    public static final String COMMISSION_RATE = "COMMISSION_RATE";

    private final Database database;
    private final Clock clock;

    public ReportService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Today, in the zone of the computer Recoup runs on. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<ClientInfo> clients() {
        return database.read(s -> clients(s.reports()));
    }

    /** The client of that name (case ignored), if there is one. */
    public Optional<ClientInfo> client(String name) {
        String wanted = name == null ? "" : name.trim();
        return clients().stream().filter(c -> c.name().equalsIgnoreCase(wanted)).findFirst();
    }

    private static List<ClientInfo> clients(ReportQueries q) {
        return q.clients().stream().map(c -> new ClientInfo(c.id(), c.name(), c.commissionRate())).toList();
    }

    /** The dashboard as of today. */
    public Dashboard dashboard(ReportPeriod period) {
        return dashboard(today(), period);
    }

    /**
     * The dashboard as of {@code asOf}: outstanding and its aging (status and balances as they are
     * now, aged to {@code asOf}), collected in {@code asOf}'s month and the eleven before it, and
     * the promises, broken plans and compliance blocks of {@code period}.
     */
    public Dashboard dashboard(LocalDate asOf, ReportPeriod period) {
        ZoneId zone = clock.getZone();
        YearMonth firstMonth = YearMonth.from(asOf).minusMonths(MONTHS - 1L);
        return database.read(s -> {
            ReportQueries q = s.reports();
            List<ClientInfo> clients = clients(q);
            FiguresBuilder all = new FiguresBuilder(asOf, firstMonth);
            Map<Long, FiguresBuilder> byClient = new HashMap<>();
            for (ClientInfo client : clients) {
                byClient.put(client.id(), new FiguresBuilder(asOf, firstMonth));
            }
            for (ReportQueries.LedgerSum sum : q.ledgerSums(asOf, firstMonth.atDay(1))) {
                all.add(sum);
                byClient.get(sum.clientId()).add(sum);
            }
            for (ReportQueries.DebtCount count : q.debtCounts(asOf)) {
                all.add(count);
                byClient.get(count.clientId()).add(count);
            }
            for (ReportQueries.PromiseCount count : q.promisesDecided(period.start(zone), period.end(zone))) {
                all.add(count);
                byClient.get(count.clientId()).add(count);
            }
            for (ReportQueries.PlanCount count : q.plans(period.from(), period.to())) {
                all.add(count);
                byClient.get(count.clientId()).add(count);
            }
            for (ReportQueries.RuleCount count : q.complianceByRules(period.start(zone), period.end(zone))) {
                (count.clientId() == null ? all : byClient.get(count.clientId())).add(count);
            }
            Map<Long, Figures> figures = new HashMap<>();
            byClient.forEach((id, builder) -> figures.put(id, builder.build()));
            return new Dashboard(asOf, period, clients, all.build(), figures);
        });
    }

    /**
     * Sets a client's commission rate in percent of what is collected (0 to 100, up to four
     * decimals), or clears it with null; the change is kept in the audit trail.
     */
    public ClientInfo setCommissionRate(long clientId, BigDecimal percent) {
        checkCommissionRate(percent);
        return database.write(s -> {
            ReportQueries q = s.reports();
            ClientInfo before = clients(q).stream().filter(c -> c.id() == clientId).findFirst()
                    .orElseThrow(() -> new ValidationException("client", "no client with id " + clientId));
            q.setCommissionRate(clientId, percent);
            s.audit().append(new AuditEntry(Instant.now(clock), AuditEntry.Subject.SETTINGS, clientId, COMMISSION_RATE,
                    plain(before.commissionRate()), plain(percent), "commission rate of " + before.name()));
            return new ClientInfo(clientId, before.name(), percent == null ? null : percent.stripTrailingZeros());
        });
    }

    /**
     * A commission rate as a person types it ("12.5", "12,5", "12.5 %"), checked as
     * {@link #setCommissionRate} checks it; null when the text is blank (no rate).
     */
    public static BigDecimal parseCommissionRate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip();
        if (plain.endsWith("%")) {
            plain = plain.substring(0, plain.length() - 1).strip();
        }
        BigDecimal percent;
        try {
            percent = new BigDecimal(plain.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ValidationException("client.commissionRate", "'" + text.strip() + "' is not a number");
        }
        checkCommissionRate(percent);
        return percent;
    }

    private static void checkCommissionRate(BigDecimal percent) {
        if (percent != null && (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new ValidationException("client.commissionRate", "must be between 0 and 100 percent");
        }
        if (percent != null && percent.stripTrailingZeros().scale() > 4) {
            throw new ValidationException("client.commissionRate", "has more than four decimals");
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** What was collected for a client in a period, the commission on it and what is due to the client. */
    public ClientStatement statement(long clientId, ReportPeriod period) {
        return database.read(s -> statement(s, clientId, period));
    }

    private static ClientStatement statement(StoreSession s, long clientId, ReportPeriod period) {
        ReportQueries q = s.reports();
        ClientInfo client = clients(q).stream().filter(c -> c.id() == clientId).findFirst()
                .orElseThrow(() -> new ValidationException("client", "no client with id " + clientId));
        List<PaymentItem> payments = q.payments(period.from(), period.to(), clientId).stream()
                .map(ReportService::item).toList();
        return new ClientStatement(client, period, totals(payments, client.commissionRate()), payments);
    }

    /** The statement's figures per currency, by currency code. */
    static List<StatementTotal> totals(List<PaymentItem> payments, BigDecimal ratePercent) {
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        Map<String, long[]> counts = new TreeMap<>();
        for (PaymentItem p : payments) {
            BigDecimal[] sum = sums.computeIfAbsent(p.amount().currency(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            long[] count = counts.computeIfAbsent(p.amount().currency(), c -> new long[2]);
            int i = p.type() == LedgerEntryType.REVERSAL ? 1 : 0;
            sum[i] = sum[i].add(p.amount().amount());
            count[i]++;
        }
        List<StatementTotal> totals = new ArrayList<>();
        sums.forEach((currency, sum) -> {
            BigDecimal collected = sum[0].add(sum[1]);
            BigDecimal commission = ratePercent == null ? BigDecimal.ZERO
                    : collected.multiply(ratePercent).divide(BigDecimal.valueOf(100), Money.scaleOf(currency), RoundingMode.HALF_EVEN);
            long[] count = counts.get(currency);
            totals.add(new StatementTotal(currency, count[0], Money.of(sum[0], currency), count[1], Money.of(sum[1], currency),
                    Money.of(collected, currency), ratePercent, Money.of(commission, currency),
                    Money.of(collected.subtract(commission), currency)));
        });
        return totals;
    }

    static PaymentItem item(ReportQueries.PaymentLine line) {
        return new PaymentItem(line.valueDate(), line.type(), name(line.debtor()), line.debtReference(), line.clientName(),
                line.method(), Money.of(line.amount().stripTrailingZeros(), line.currency()));
    }

    /** The agency's name from its letterhead (with its Chinese name when it has one), or null without one. */
    private static String agency(StoreSession s) {
        return s.letterSettings().letterhead()
                .map(l -> l.nativeName() == null || l.nativeName().isBlank() ? l.name() : l.name() + " " + l.nativeName())
                .orElse(null);
    }

    /** "Zhang Wei 张伟", or the name alone. */
    static String name(ReportQueries.DebtorName debtor) {
        if (debtor == null || debtor.name() == null) {
            return debtor == null ? "" : "#" + debtor.id();
        }
        return debtor.nativeName() == null || debtor.nativeName().isBlank() ? debtor.name()
                : debtor.name() + " " + debtor.nativeName();
    }

    /**
     * A PDF report in {@code language}, on the paper of the computer's country (US Letter in the
     * United States, A4 elsewhere).
     *
     * @param clientId one client, or null for all (a client statement needs one)
     * @param period   the days it covers (the portfolio summary is as of today; the period counts
     *                 its promises, broken plans and compliance blocks)
     */
    public byte[] pdf(ReportKind kind, Long clientId, ReportPeriod period, Language language) {
        return pdf(kind, clientId, period, language, Progress.NONE);
    }

    /** The same, reporting its two steps and stopping (CancellationException) when {@code progress} is cancelled. */
    public byte[] pdf(ReportKind kind, Long clientId, ReportPeriod period, Language language, Progress progress) {
        if (kind == ReportKind.STATEMENT && clientId == null) {
            throw new ValidationException("client", "a client statement is for one client: choose the client");
        }
        progress.update(0, 2, null);
        ReportDocument document = document(kind, clientId, period, language);
        progress.update(1, 2, null);
        byte[] pdf = ReportPdf.render(document, ReportPaper.forCountry(Locale.getDefault().getCountry()),
                progress::isCancelled);
        progress.update(2, 2, null);
        return pdf;
    }

    /**
     * Writes the PDF report to {@code file}, whole or not at all: it goes to {@code file.part}
     * first and takes the file's name only when complete (an earlier file of that name stays as it
     * was until then).
     */
    public Path save(ReportKind kind, Long clientId, ReportPeriod period, Language language, Path file,
                     Progress progress) throws IOException {
        byte[] pdf = pdf(kind, clientId, period, language, progress);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.write(part, pdf);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
        return file;
    }

    /** What the PDF report says, without writing it (for tests and the PDF). */
    ReportDocument document(ReportKind kind, Long clientId, ReportPeriod period, Language language) {
        ZoneId zone = clock.getZone();
        Instant now = Instant.now(clock);
        ReportWords words = new ReportWords(language, zone);
        if (kind == ReportKind.PORTFOLIO) {
            Dashboard dashboard = dashboard(today(), period);
            String agency = database.read(ReportService::agency);
            return new ReportBuilder(words, now, agency, dashboard.clients(), clientId, period).portfolio(dashboard);
        }
        return database.read(s -> {
            ReportQueries q = s.reports();
            List<ClientInfo> clients = clients(q);
            if (clientId != null && clients.stream().noneMatch(c -> c.id() == clientId)) {
                throw new ValidationException("client", "no client with id " + clientId);
            }
            ReportBuilder builder = new ReportBuilder(words, now, agency(s), clients, clientId, period);
            Instant from = period.start(zone);
            Instant to = period.end(zone);
            return switch (kind) {
                case ACTIVITY -> builder.activity(
                        q.payments(period.from(), period.to(), clientId).stream().map(ReportService::item).toList(),
                        q.contacts(from, to, clientId), q.statusChanges(from, to, clientId));
                case COMPLIANCE -> builder.compliance(q.complianceLog(from, to, clientId));
                case STATEMENT -> builder.statement(statement(s, clientId, period));
                case PORTFOLIO -> throw new IllegalStateException();
            };
        });
    }
}
