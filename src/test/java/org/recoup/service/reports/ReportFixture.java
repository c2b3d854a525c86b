package org.recoup.service.reports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.recoup.store.Database;

/**
 * A small portfolio written row by row with plain SQL, so that every figure of the dashboard and
 * the reports can be worked out by hand (see the comments; the expectations in the tests are those
 * sums, not the code's output). Today is 2026-06-15 (UTC); the period is 2026-06-01 to 2026-06-14.
 *
 * <pre>
 * Client A "Acme Bank" (USD, commission 25 %), client B "华夏消费金融" (CNY, no rate).
 * Debtors: 1 Zhang Wei 张伟, 2 Ann Lee, 3 Bob Stone.
 *
 * debt  client debtor cur status    delinquency  placed  rows after the placement                      owes
 * 1     A      1      USD ACTIVE    2026-05-16   1100    pay 200 (06-02), pay 50 (05-10) reversed 06-03  900   dpd 30  → 0–30
 * 2     A      2      USD ACTIVE    2026-05-15    500    interest +10 (06-01)                           510   dpd 31  → 31–60
 * 3     A      2      USD PLAN      2026-04-16    300    pay 100 (04-20)                                200   dpd 60  → 31–60
 * 4     A      3      USD LEGAL     2026-04-15    400    fee +25 (05-01)                                425   dpd 61  → 61–90
 * 9     A      3      USD ACTIVE    (none)        250    placed 2026-06-01 09:00 UTC                    250   dpd 14  → 0–30
 * 10    A      1      USD PAID      2025-01-01    150    pay 150 + 20 overpaid (credit) (2025-11-20)      0   ended
 * 12    A      2      USD SETTLED   2026-01-01   1000    pay 600.10 (06-05), write-off 399.90            0   ended
 * 5     B      1      CNY ACTIVE    2026-03-17  10000    pay 3000 (06-10)                              7000   dpd 90  → 61–90
 * 6     B      1      CNY ACTIVE    2026-03-16   2000                                                  2000   dpd 91  → 91–180
 * 7     B      3      CNY ACTIVE    2025-12-17    800                                                   800   dpd 180 → 91–180
 * 8     B      3      CNY ACTIVE    2025-12-16    600                                                   600   dpd 181 → over 180
 * 11    B      2      CNY RECALLED  2026-01-01   1000    pay 100 (2026-02-05)                           900   ended (recalled)
 * </pre>
 */
public final class ReportFixture implements AutoCloseable {

    public static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    public static final ReportPeriod PERIOD = new ReportPeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 14));
    public static final long ACME = 1;
    public static final long HUAXIA = 2;

    /** The database file's base path, to open it again as a workspace once this is closed. */
    public final Path path;
    final Database db;
    public final Clock clock = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    final ReportService reports;

    public ReportFixture(Path dir) throws SQLException {
        path = dir.resolve("reports-" + System.nanoTime());
        db = Database.open(path);
        reports = new ReportService(db, clock);
        try (Connection c = db.connection()) {
            write(c);
            c.commit();
        }
    }

    private void write(Connection c) throws SQLException {
        Instant created = Instant.parse("2025-01-01T00:00:00Z");
        update(c, "INSERT INTO client (id, name, default_country, created_at, commission_rate) VALUES (?, ?, ?, ?, ?)",
                ACME, "Acme Bank", "US", created, new BigDecimal("25"));
        update(c, "INSERT INTO client (id, name, default_country, created_at) VALUES (?, ?, ?, ?)",
                HUAXIA, "华夏消费金融", "CN", created);
        debtor(c, 1, "Zhang Wei", "张伟", created);
        debtor(c, 2, "Ann Lee", null, created);
        debtor(c, 3, "Bob Stone", null, created);

        debt(c, 1, ACME, 1, "USD", "ACTIVE", "2026-05-16", "2026-03-01T09:00:00Z");
        place(c, 101, 1, "USD", "1000.00", "100.00", "0.00");
        row(c, 102, 1, "PAYMENT", "2026-06-02", "USD", "-100.00", "-100.00", "0.00", "0.00", "CARD", null);
        row(c, 103, 1, "PAYMENT", "2026-05-10", "USD", "-50.00", "0.00", "0.00", "0.00", "CHEQUE", null);
        row(c, 104, 1, "REVERSAL", "2026-06-03", "USD", "50.00", "0.00", "0.00", "0.00", "CHEQUE", 103L);

        debt(c, 2, ACME, 2, "USD", "ACTIVE", "2026-05-15", "2026-03-01T09:00:00Z");
        place(c, 201, 2, "USD", "500.00", "0.00", "0.00");
        row(c, 202, 2, "INTEREST", "2026-06-01", "USD", "0.00", "10.00", "0.00", "0.00", null, null);

        debt(c, 3, ACME, 2, "USD", "PLAN", "2026-04-16", "2026-03-01T09:00:00Z");
        place(c, 301, 3, "USD", "300.00", "0.00", "0.00");
        row(c, 302, 3, "PAYMENT", "2026-04-20", "USD", "-100.00", "0.00", "0.00", "0.00", "CASH", null);

        debt(c, 4, ACME, 3, "USD", "LEGAL", "2026-04-15", "2026-03-01T09:00:00Z");
        place(c, 401, 4, "USD", "400.00", "0.00", "0.00");
        row(c, 402, 4, "FEE", "2026-05-01", "USD", "0.00", "0.00", "25.00", "0.00", null, null);

        debt(c, 9, ACME, 3, "USD", "ACTIVE", null, "2026-06-01T09:00:00Z");
        place(c, 901, 9, "USD", "250.00", "0.00", "0.00");

        debt(c, 10, ACME, 1, "USD", "PAID", "2025-01-01", "2025-06-01T09:00:00Z");
        place(c, 1001, 10, "USD", "150.00", "0.00", "0.00");
        row(c, 1002, 10, "PAYMENT", "2025-11-20", "USD", "-150.00", "0.00", "0.00", "20.00", "BANK_TRANSFER", null);

        debt(c, 12, ACME, 2, "USD", "SETTLED", "2026-01-01", "2026-02-01T09:00:00Z");
        place(c, 1201, 12, "USD", "1000.00", "0.00", "0.00");
        row(c, 1202, 12, "PAYMENT", "2026-06-05", "USD", "-600.10", "0.00", "0.00", "0.00", "BANK_TRANSFER", null);
        row(c, 1203, 12, "WRITE_OFF", "2026-06-05", "USD", "-399.90", "0.00", "0.00", "0.00", null, null);

        debt(c, 5, HUAXIA, 1, "CNY", "ACTIVE", "2026-03-17", "2026-04-01T09:00:00Z");
        place(c, 501, 5, "CNY", "10000.00", "0.00", "0.00");
        row(c, 502, 5, "PAYMENT", "2026-06-10", "CNY", "-3000.00", "0.00", "0.00", "0.00", "ALIPAY", null);

        debt(c, 6, HUAXIA, 1, "CNY", "ACTIVE", "2026-03-16", "2026-04-01T09:00:00Z");
        place(c, 601, 6, "CNY", "2000.00", "0.00", "0.00");

        debt(c, 7, HUAXIA, 3, "CNY", "ACTIVE", "2025-12-17", "2026-04-01T09:00:00Z");
        place(c, 701, 7, "CNY", "800.00", "0.00", "0.00");

        debt(c, 8, HUAXIA, 3, "CNY", "ACTIVE", "2025-12-16", "2026-04-01T09:00:00Z");
        place(c, 801, 8, "CNY", "600.00", "0.00", "0.00");

        debt(c, 11, HUAXIA, 2, "CNY", "RECALLED", "2026-01-01", "2026-01-10T09:00:00Z");
        place(c, 1101, 11, "CNY", "1000.00", "0.00", "0.00");
        row(c, 1102, 11, "PAYMENT", "2026-02-05", "CNY", "-100.00", "0.00", "0.00", "0.00", "WECHAT_PAY", null);

        // promises: decided in the period are 1 (kept), 2 (broken), 3 (kept, 23:30 on its last day)
        promise(c, 1, 1, 1, "KEPT", "2026-06-03T10:00:00Z");
        promise(c, 2, 2, 2, "BROKEN", "2026-06-10T10:00:00Z");
        promise(c, 3, 1, 5, "KEPT", "2026-06-14T23:30:00Z");
        promise(c, 4, 1, 6, "BROKEN", "2026-05-31T23:59:00Z");
        promise(c, 5, 3, 7, "OPEN", null);
        promise(c, 6, 2, 3, "KEPT", "2026-06-15T00:00:00Z");

        // plans: active on debts 3 (A) and 7 (B); broke in the period on debt 1 (A), before it on 5 (B)
        plan(c, 1, 3, "ACTIVE", "USD", null);
        plan(c, 2, 1, "BROKEN", "USD", "2026-06-05");
        plan(c, 3, 5, "BROKEN", "CNY", "2026-05-20");
        plan(c, 4, 6, "COMPLETED", "CNY", "2026-06-08");
        plan(c, 5, 7, "ACTIVE", "CNY", null);

        // compliance log: three lines in the period, one before it
        log(c, 1, "2026-06-02T20:00:00Z", 1, new Long[] {1L}, "BLOCK", "US-TIME-1", null,
                "Calls are allowed from 08:00 to 21:00 local time.");
        log(c, 2, "2026-06-03T21:30:00Z", 1, new Long[] {1L, 5L}, "BLOCK", "US-TIME-1,US-FREQ-1",
                "Debtor asked to be called at 22:00", "Too late and too often.");
        log(c, 3, "2026-06-04T13:00:00Z", 3, new Long[0], "BLOCK", "CN-TIME-1", "Agreed callback 张伟的律师",
                "Outside the allowed hours.");
        log(c, 4, "2026-05-20T13:00:00Z", 2, new Long[] {2L}, "BLOCK", "US-TIME-1", null, "Too late.");

        // activity: a contact with Zhang Wei and the settlement of debt 12
        update(c, "INSERT INTO contact (id, debtor_id, at, channel, direction, party, outcome, notes, recorded_at, debt_ids)"
                        + " VALUES (1, 1, ?, 'CALL', 'OUTBOUND', 'DEBTOR', 'CONVERSATION', '同意月底还款', ?, ARRAY[1])",
                Instant.parse("2026-06-02T09:30:00Z"), Instant.parse("2026-06-02T09:31:00Z"));
        update(c, "INSERT INTO audit_entry (id, at, subject, subject_id, action, from_value, to_value, reason)"
                        + " VALUES (1000000, ?, 'DEBT', 12, 'STATUS_CHANGE', 'PLAN', 'SETTLED', 'settlement 7 completed')",
                Instant.parse("2026-06-05T12:00:00Z"));
    }

    private static void debtor(Connection c, long id, String name, String nativeName, Instant created) throws SQLException {
        update(c, "INSERT INTO debtor (id, kind, name, native_name, preferred_language, search_name, search_name_rev,"
                        + " created_at, updated_at) VALUES (?, 'PERSON', ?, ?, 'EN', ?, ?, ?, ?)",
                id, name, nativeName, name.toLowerCase(), name.toLowerCase(), created, created);
        // an address with a time zone: the work queue places every debtor in his zone
        update(c, "INSERT INTO location (id, debtor_id, position, kind, address_line, city, country, time_zone)"
                        + " VALUES (?, ?, 0, 'ADDRESS', '1 Main Street', ?, ?, ?)",
                id, id, nativeName == null ? "Springfield" : "Shanghai", nativeName == null ? "US" : "CN",
                nativeName == null ? "America/Chicago" : "Asia/Shanghai");
    }

    private static void debt(Connection c, long id, long client, long debtor, String currency, String status,
                             String delinquency, String placedAt) throws SQLException {
        update(c, "INSERT INTO debt (id, client_id, debtor_id, reference, product, currency, status, delinquency_date,"
                        + " placed_at) VALUES (?, ?, ?, ?, 'LOAN', ?, ?, ?, ?)",
                id, client, debtor, (client == ACME ? "AC-" : "HX-") + id, currency, status,
                delinquency == null ? null : LocalDate.parse(delinquency), Instant.parse(placedAt));
    }

    private static void place(Connection c, long id, long debt, String currency, String principal, String interest,
                              String fees) throws SQLException {
        row(c, id, debt, "PLACEMENT", "2026-01-01", currency, principal, interest, fees, "0.00", null, null);
    }

    private static void row(Connection c, long id, long debt, String type, String valueDate, String currency,
                            String principal, String interest, String fees, String credit, String method, Long reverses)
            throws SQLException {
        update(c, "INSERT INTO ledger_entry (id, debt_id, type, value_date, recorded_at, currency, principal, interest,"
                        + " fees, credit, payment_method, reverses_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, debt, type, LocalDate.parse(valueDate), Instant.parse(valueDate + "T12:00:00Z"), currency,
                new BigDecimal(principal), new BigDecimal(interest), new BigDecimal(fees), new BigDecimal(credit),
                method, reverses);
    }

    private static void promise(Connection c, long id, long debtor, long debt, String status, String decidedAt)
            throws SQLException {
        update(c, "INSERT INTO promise (id, debtor_id, debt_id, currency, amount, due_date, promised_at, status, decided_at)"
                        + " VALUES (?, ?, ?, 'USD', 100, DATE '2026-06-01', TIMESTAMP WITH TIME ZONE '2026-05-20 10:00:00Z', ?, ?)",
                id, debtor, debt, status, decidedAt == null ? null : Instant.parse(decidedAt));
    }

    private static void plan(Connection c, long id, long debt, String status, String currency, String endedOn)
            throws SQLException {
        update(c, "INSERT INTO repayment_plan (id, debt_id, kind, status, currency, total, instalment_count, frequency,"
                        + " start_date, pause_interest, agreed_at, agreed_on, ended_on)"
                        + " VALUES (?, ?, 'INSTALMENT', ?, ?, 300, 3, 'MONTHLY', DATE '2026-04-01', FALSE,"
                        + " TIMESTAMP WITH TIME ZONE '2026-03-25 10:00:00Z', DATE '2026-03-25', ?)",
                id, debt, status, currency, endedOn == null ? null : LocalDate.parse(endedOn));
        for (int number = 1; number <= 3; number++) {
            update(c, "INSERT INTO instalment (id, plan_id, number, due_date, currency, amount) VALUES (?, ?, ?, ?, ?, 100)",
                    id * 10 + number, id, number, LocalDate.of(2026, 3 + number, 1), currency);
        }
    }

    private static void log(Connection c, long id, String at, long debtor, Long[] debts, String verdict, String rules,
                            String overrideReason, String summary) throws SQLException {
        update(c, "INSERT INTO compliance_log (id, at, debtor_id, debt_ids, channel, proposed_at, verdict, rules, codes,"
                        + " summary, overridden, override_reason, source) VALUES (?, ?, ?, ?, 'CALL', ?, ?, ?, '', ?, ?, ?, 'SCHEDULE')",
                id, Instant.parse(at), debtor, debts, Instant.parse(at), verdict, rules, summary, overrideReason != null,
                overrideReason);
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                ps.setObject(i + 1, v instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : v);
            }
            ps.executeUpdate();
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
