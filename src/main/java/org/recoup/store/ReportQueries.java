package org.recoup.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.recoup.domain.Channel;
import org.recoup.domain.ContactOutcome;
import org.recoup.domain.Debt;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.Direction;
import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.PaymentMethod;
import org.recoup.domain.PromiseStatus;

/**
 * The read side of the dashboard and the PDF reports: set-based SQL, a handful of GROUP BY
 * queries over the whole portfolio, grouped by client so that one reading serves "all clients"
 * and every single client. Definitions: docs/decisions/0070-reports-definitions.md; speed:
 * 0072-reports-dashboard-speed.md.
 */
public final class ReportQueries {

    /** The statuses in which collection has ended: they owe nothing to the portfolio. */
    private static final String ENDED = Arrays.stream(DebtStatus.values()).filter(DebtStatus::isClosed)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    /** The day a debt's days past due count from: its delinquency date, else the (UTC) day it was placed. */
    private static final String DUE_FROM = "COALESCE(d.delinquency_date, CAST(d.placed_at AS DATE))";

    /** The aging bucket (0..4) of an open debt, given the four boundary days as parameters. */
    private static final String BUCKET = "CASE WHEN " + DUE_FROM + " >= ? THEN 0 WHEN " + DUE_FROM + " >= ? THEN 1"
            + " WHEN " + DUE_FROM + " >= ? THEN 2 WHEN " + DUE_FROM + " >= ? THEN 3 ELSE 4 END";

    /** What a payment or reversal row did to the amount owed, negated: the money it collected (or took back). */
    private static final String COLLECTED = "-(l.principal + l.interest + l.fees)";

    /** The upper bounds, in days past due, of the aging buckets but the last (0–30, 31–60, 61–90, 91–180, over 180). */
    public static final int[] BUCKET_LIMITS = {30, 60, 90, 180};

    private final StoreSession store;

    ReportQueries(StoreSession store) {
        this.store = store;
    }

    /**
     * A sum of ledger rows: those of one type, on the debts of one client in one currency that
     * have ended or not (and, when open, are in one aging bucket), in one month for payments and
     * reversals valued in the months asked for (else {@code month} is null).
     *
     * @param bucket    0..4 for open debts, -1 for debts that have ended
     * @param owedChange the sum of the rows' changes to what is owed (principal + interest + fees)
     */
    public record LedgerSum(long clientId, String currency, boolean ended, int bucket, LedgerEntryType type,
                            YearMonth month, BigDecimal owedChange) {
    }

    /**
     * The whole ledger in one pass, joined to its debts and grouped: enough for what is
     * outstanding, aged, placed, collected in total and collected by month.
     *
     * @param asOf       the day days past due are counted to
     * @param monthsFrom the first day of the first month whose payments are kept apart (to {@code asOf})
     */
    public List<LedgerSum> ledgerSums(LocalDate asOf, LocalDate monthsFrom) {
        String sql = "SELECT d.client_id, l.currency, d.status IN " + ENDED + " AS ended,"
                + " CASE WHEN d.status IN " + ENDED + " THEN -1 ELSE " + BUCKET + " END AS bucket, l.type,"
                + " CASE WHEN l.type IN ('PAYMENT', 'REVERSAL') AND l.value_date >= ? AND l.value_date <= ?"
                + " THEN EXTRACT(YEAR FROM l.value_date) * 100 + EXTRACT(MONTH FROM l.value_date) END AS pay_month,"
                + " SUM(l.principal + l.interest + l.fees)"
                // LEFT JOIN keeps the ledger as the outer table: one scan of it, one key lookup per row
                + " FROM ledger_entry l LEFT JOIN debt d ON d.id = l.debt_id"
                + " GROUP BY d.client_id, l.currency, ended, bucket, l.type, pay_month";
        return store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                int next = bindBuckets(ps, 1, asOf);
                ps.setObject(next, monthsFrom);
                ps.setObject(next + 1, asOf);
                List<LedgerSum> sums = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Number month = (Number) rs.getObject(6);
                        sums.add(new LedgerSum(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4),
                                LedgerEntryType.valueOf(rs.getString(5)),
                                month == null ? null : YearMonth.of(month.intValue() / 100, month.intValue() % 100),
                                rs.getBigDecimal(7)));
                    }
                }
                return sums;
            }
        });
    }

    /** How many debts of a client, in a currency and a status, are in an aging bucket (-1 once ended). */
    public record DebtCount(long clientId, String currency, DebtStatus status, int bucket, long debts) {
    }

    public List<DebtCount> debtCounts(LocalDate asOf) {
        String sql = "SELECT d.client_id, d.currency, d.status,"
                + " CASE WHEN d.status IN " + ENDED + " THEN -1 ELSE " + BUCKET + " END AS bucket, COUNT(*)"
                + " FROM debt d GROUP BY d.client_id, d.currency, d.status, bucket";
        return store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                bindBuckets(ps, 1, asOf);
                List<DebtCount> counts = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.add(new DebtCount(rs.getLong(1), rs.getString(2), DebtStatus.valueOf(rs.getString(3)),
                                rs.getInt(4), rs.getLong(5)));
                    }
                }
                return counts;
            }
        });
    }

    /** Sets the four boundary days of the aging buckets, from {@code index}; returns the next index. */
    private static int bindBuckets(PreparedStatement ps, int index, LocalDate asOf) throws SQLException {
        for (int limit : BUCKET_LIMITS) {
            ps.setObject(index++, asOf.minusDays(limit));
        }
        return index;
    }

    /** How many promises on a client's debts were decided (kept or broken) in a period. */
    public record PromiseCount(long clientId, PromiseStatus status, long promises) {
    }

    /** Promises decided in {@code [from, to)}. */
    public List<PromiseCount> promisesDecided(Instant from, Instant to) {
        String sql = "SELECT d.client_id, p.status, COUNT(*) FROM promise p JOIN debt d ON d.id = p.debt_id"
                + " WHERE p.status IN ('KEPT', 'BROKEN') AND p.decided_at >= ? AND p.decided_at < ?"
                + " GROUP BY d.client_id, p.status";
        return store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                Jdbc.setInstant(ps, 1, from);
                Jdbc.setInstant(ps, 2, to);
                List<PromiseCount> counts = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.add(new PromiseCount(rs.getLong(1), PromiseStatus.valueOf(rs.getString(2)), rs.getLong(3)));
                    }
                }
                return counts;
            }
        });
    }

    /** A client's repayment plans: active now, and broken on a day of a period. */
    public record PlanCount(long clientId, long active, long broken) {
    }

    /** Plans active now, and plans that broke on a day from {@code from} to {@code to} (both included). */
    public List<PlanCount> plans(LocalDate from, LocalDate to) {
        String sql = "SELECT d.client_id, SUM(CASE WHEN p.status = 'ACTIVE' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN p.status = 'BROKEN' THEN 1 ELSE 0 END)"
                + " FROM repayment_plan p JOIN debt d ON d.id = p.debt_id"
                + " WHERE p.status = 'ACTIVE' OR (p.status = 'BROKEN' AND p.ended_on >= ? AND p.ended_on <= ?)"
                + " GROUP BY d.client_id";
        return store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setObject(1, from);
                ps.setObject(2, to);
                List<PlanCount> counts = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.add(new PlanCount(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
                    }
                }
                return counts;
            }
        });
    }

    /**
     * How many lines of the compliance log with the same blocking rules (comma-separated, as
     * stored), verdict and override were recorded in a period: for every client together
     * ({@code clientId} null), and for each client whose debts the checked action was about (the
     * debtor's debts when it named none). One line about two clients' debts counts for both.
     */
    public record RuleCount(Long clientId, String rules, String verdict, boolean overridden, long lines) {
    }

    /** Compliance log lines recorded in {@code [from, to)}, grouped; all clients first, then per client. */
    public List<RuleCount> complianceByRules(Instant from, Instant to) {
        String all = "SELECT rules, verdict, overridden, COUNT(*) FROM compliance_log WHERE at >= ? AND at < ?"
                + " GROUP BY rules, verdict, overridden";
        String perClient = "SELECT x.client_id, x.rules, x.verdict, x.overridden, COUNT(*) FROM ("
                + " SELECT DISTINCT d.client_id, c.id, c.rules, c.verdict, c.overridden"
                + " FROM compliance_log c JOIN debt d ON d.debtor_id = c.debtor_id"
                + " WHERE c.at >= ? AND c.at < ? AND (CARDINALITY(c.debt_ids) = 0 OR ARRAY_CONTAINS(c.debt_ids, d.id))"
                + ") x GROUP BY x.client_id, x.rules, x.verdict, x.overridden";
        return store.jdbc(connection -> {
            List<RuleCount> counts = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(all)) {
                Jdbc.setInstant(ps, 1, from);
                Jdbc.setInstant(ps, 2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.add(new RuleCount(null, rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getLong(4)));
                    }
                }
            }
            try (PreparedStatement ps = connection.prepareStatement(perClient)) {
                Jdbc.setInstant(ps, 1, from);
                Jdbc.setInstant(ps, 2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.add(new RuleCount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                                rs.getLong(5)));
                    }
                }
            }
            return counts;
        });
    }

    /** A client as reports name it, with its commission rate in percent (null when none is set). */
    public record ClientRow(long id, String name, BigDecimal commissionRate) {
    }

    /** Every client, by name. */
    public List<ClientRow> clients() {
        return store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT id, name, commission_rate FROM client ORDER BY name, id");
                 ResultSet rs = ps.executeQuery()) {
                List<ClientRow> clients = new ArrayList<>();
                while (rs.next()) {
                    BigDecimal rate = rs.getBigDecimal(3);
                    clients.add(new ClientRow(rs.getLong(1), rs.getString(2), rate == null ? null : rate.stripTrailingZeros()));
                }
                return clients;
            }
        });
    }

    /** Sets (or, with null, clears) a client's commission rate; false when there is no such client. */
    public boolean setCommissionRate(long clientId, BigDecimal rate) {
        return store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE client SET commission_rate = ?, version = version + 1 WHERE id = ?")) {
                Jdbc.setDecimal(ps, 1, rate);
                ps.setLong(2, clientId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** A debtor as a report line names him: his name, and his name in Chinese characters when he has one. */
    public record DebtorName(long id, String name, String nativeName) {
    }

    /** A payment or a reversal, with the money it collected (negative for a reversal). */
    public record PaymentLine(long entryId, LocalDate valueDate, LedgerEntryType type, String currency, BigDecimal amount,
                              PaymentMethod method, String paymentReference, String debtReference, long clientId,
                              String clientName, DebtorName debtor) {
    }

    /** Payments and reversals valued from {@code from} to {@code to} (both included), of one client or all. */
    public List<PaymentLine> payments(LocalDate from, LocalDate to, Long clientId) {
        String sql = "SELECT l.id, l.value_date, l.type, l.currency, " + COLLECTED + ", l.payment_method,"
                + " l.payment_reference, x.reference, x.client_id, c.name, r.id, r.name, r.native_name"
                + " FROM ledger_entry l JOIN debt x ON x.id = l.debt_id JOIN client c ON c.id = x.client_id"
                + " JOIN debtor r ON r.id = x.debtor_id"
                + " WHERE l.type IN ('PAYMENT', 'REVERSAL') AND l.value_date >= ? AND l.value_date <= ?"
                + (clientId == null ? "" : " AND x.client_id = ?")
                + " ORDER BY l.value_date, l.id";
        return periodLines(sql, from, to, clientId, rs -> {
            String method = rs.getString(6);
            return new PaymentLine(rs.getLong(1), rs.getObject(2, LocalDate.class),
                    LedgerEntryType.valueOf(rs.getString(3)), rs.getString(4), rs.getBigDecimal(5),
                    method == null ? null : PaymentMethod.valueOf(method), rs.getString(7), rs.getString(8),
                    rs.getLong(9), rs.getString(10), new DebtorName(rs.getLong(11), rs.getString(12),
                    rs.getString(13)));
        });
    }

    /** A logged contact. */
    public record ContactLine(Instant at, Channel channel, Direction direction, ContactOutcome outcome, String notes,
                              DebtorName debtor) {
    }

    /** Contacts made in {@code [from, to)}, about the debts of one client or of all. */
    public List<ContactLine> contacts(Instant from, Instant to, Long clientId) {
        String sql = "SELECT k.at, k.channel, k.direction, k.outcome, k.notes, r.id, r.name, r.native_name"
                + " FROM contact k JOIN debtor r ON r.id = k.debtor_id WHERE k.at >= ? AND k.at < ?"
                + (clientId == null ? "" : " AND " + aboutClient("k"))
                + " ORDER BY k.at, k.id";
        return periodLines(sql, from, to, clientId, rs -> {
            String outcome = rs.getString(4);
            return new ContactLine(Jdbc.getInstant(rs, "at"), Channel.valueOf(rs.getString(2)),
                    Direction.valueOf(rs.getString(3)), outcome == null ? null : ContactOutcome.valueOf(outcome),
                    rs.getString(5), new DebtorName(rs.getLong(6), rs.getString(7), rs.getString(8)));
        });
    }

    /** A debt's change of status, from the audit trail. */
    public record StatusLine(Instant at, String fromStatus, String toStatus, String reason, String debtReference,
                             String clientName, DebtorName debtor) {
    }

    /** Changes of debts' statuses made in {@code [from, to)}, of one client's debts or of all. */
    public List<StatusLine> statusChanges(Instant from, Instant to, Long clientId) {
        String sql = "SELECT a.at, a.from_value, a.to_value, a.reason, x.reference, c.name, r.id, r.name, r.native_name"
                + " FROM audit_entry a JOIN debt x ON x.id = a.subject_id JOIN client c ON c.id = x.client_id"
                + " JOIN debtor r ON r.id = x.debtor_id"
                + " WHERE a.subject = 'DEBT' AND a.action = '" + Debt.STATUS_CHANGE + "' AND a.at >= ? AND a.at < ?"
                + (clientId == null ? "" : " AND x.client_id = ?")
                + " ORDER BY a.at, a.id";
        return periodLines(sql, from, to, clientId, rs -> {
            return new StatusLine(Jdbc.getInstant(rs, "at"), rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6),
                    new DebtorName(rs.getLong(7), rs.getString(8), rs.getString(9)));
        });
    }

    /** A line of the compliance log: an action the rules blocked, and whether it was taken anyway. */
    public record LogLine(long id, Instant at, Channel channel, Instant proposedAt, String verdict, String rules,
                          String codes, String summary, boolean overridden, String overrideReason, String source,
                          DebtorName debtor) {
    }

    /** The compliance log's lines recorded in {@code [from, to)}, about one client's debts or all. */
    public List<LogLine> complianceLog(Instant from, Instant to, Long clientId) {
        String sql = "SELECT c.id, c.at, c.channel, c.proposed_at, c.verdict, c.rules, c.codes, c.summary, c.overridden,"
                + " c.override_reason, c.source, c.debtor_id, r.name, r.native_name"
                + " FROM compliance_log c LEFT JOIN debtor r ON r.id = c.debtor_id WHERE c.at >= ? AND c.at < ?"
                + (clientId == null ? "" : " AND " + aboutClient("c"))
                + " ORDER BY c.at, c.id";
        return periodLines(sql, from, to, clientId, rs -> {
            return new LogLine(rs.getLong(1), Jdbc.getInstant(rs, "at"), Channel.valueOf(rs.getString(3)),
                    Jdbc.getInstant(rs, "proposed_at"), rs.getString(5), rs.getString(6), rs.getString(7),
                    rs.getString(8), rs.getBoolean(9), rs.getString(10), rs.getString(11),
                    new DebtorName(rs.getLong(12), rs.getString(13), rs.getString(14)));
        });
    }

    /**
     * One line per row of {@code sql}, whose parameters are the period's two ends (dates or
     * instants) and then, when given, the client.
     */
    private <T> List<T> periodLines(String sql, Object from, Object to, Long clientId,
                                    StoreSession.SqlFunction<ResultSet, T> line) {
        return store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                bindPeriodEnd(ps, 1, from);
                bindPeriodEnd(ps, 2, to);
                if (clientId != null) {
                    ps.setLong(3, clientId);
                }
                List<T> lines = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(line.apply(rs));
                    }
                }
                return lines;
            }
        });
    }

    private static void bindPeriodEnd(PreparedStatement ps, int index, Object end) throws SQLException {
        if (end instanceof Instant instant) {
            Jdbc.setInstant(ps, index, instant);
        } else {
            ps.setObject(index, end);
        }
    }

    /**
     * The condition that a row with {@code debtor_id} and {@code debt_ids} (contact, compliance
     * log) concerns a debt of the client given as the next parameter: one of its debts is named,
     * or it names none and the debtor has a debt of that client.
     */
    private static String aboutClient(String alias) {
        return "EXISTS (SELECT 1 FROM debt x WHERE x.debtor_id = " + alias + ".debtor_id AND x.client_id = ?"
                + " AND (CARDINALITY(" + alias + ".debt_ids) = 0 OR ARRAY_CONTAINS(" + alias + ".debt_ids, x.id)))";
    }
}
