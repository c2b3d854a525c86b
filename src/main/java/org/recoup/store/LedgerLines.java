package org.recoup.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.Money;
import org.recoup.domain.PaymentMethod;
import org.recoup.domain.view.LedgerLine;

/**
 * The read side of the ledger for money arithmetic and the ledger view: plain rows in one ordered
 * scan, without loading entities.
 */
public final class LedgerLines {

    private static final String COLUMNS = "id, type, value_date, recorded_at, currency, principal, interest, fees,"
            + " credit, payment_method, payment_reference, reverses_id, memo";

    private final StoreSession store;

    LedgerLines(StoreSession store) {
        this.store = store;
    }

    /** The debt's rows in the order they count: by value date, then as recorded. */
    public List<LedgerLine> forDebt(long debtId) {
        return lines("SELECT " + COLUMNS + " FROM ledger_entry WHERE debt_id = ? ORDER BY value_date, id", debtId, null);
    }

    /** The debt's rows valued after {@code date} that change its principal, in order. */
    public List<LedgerLine> principalChangesAfter(long debtId, LocalDate date) {
        return lines("SELECT " + COLUMNS + " FROM ledger_entry WHERE debt_id = ? AND value_date > ? AND principal <> 0"
                + " ORDER BY value_date, id", debtId, date);
    }

    /**
     * A debt's rows summed in one pass: the balance by bucket, and the interest posted by accrual
     * (the latest INTEREST row's value date, null if none, and their total).
     */
    public record Summary(BigDecimal principal, BigDecimal interest, BigDecimal fees, BigDecimal credit,
                          LocalDate interestPostedThrough, BigDecimal interestPosted) {
    }

    public Summary summary(long debtId) {
        return store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT COALESCE(SUM(principal), 0),"
                    + " COALESCE(SUM(interest), 0), COALESCE(SUM(fees), 0), COALESCE(SUM(credit), 0),"
                    + " MAX(CASE WHEN type = 'INTEREST' THEN value_date END),"
                    + " COALESCE(SUM(CASE WHEN type = 'INTEREST' THEN interest END), 0)"
                    + " FROM ledger_entry WHERE debt_id = ?")) {
                ps.setLong(1, debtId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Summary(rs.getBigDecimal(1).stripTrailingZeros(), rs.getBigDecimal(2).stripTrailingZeros(),
                            rs.getBigDecimal(3).stripTrailingZeros(), rs.getBigDecimal(4).stripTrailingZeros(),
                            rs.getObject(5, LocalDate.class), rs.getBigDecimal(6).stripTrailingZeros());
                }
            }
        });
    }

    private List<LedgerLine> lines(String sql, long debtId, LocalDate date) {
        return store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setLong(1, debtId);
                if (date != null) {
                    ps.setObject(2, date);
                }
                List<LedgerLine> lines = new ArrayList<>();
                Reader reader = new Reader();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(reader.line(rs));
                    }
                }
                return lines;
            }
        });
    }

    /** The debt with the most ledger rows, if there is any debt with rows. */
    public Optional<Long> debtWithMostRows() {
        return store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT debt_id FROM ledger_entry GROUP BY debt_id ORDER BY COUNT(*) DESC, debt_id LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
            }
        });
    }

    /** The debt a ledger row belongs to, if the row exists. */
    public Optional<Long> debtOf(long entryId) {
        return store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT debt_id FROM ledger_entry WHERE id = ?")) {
                ps.setLong(1, entryId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    /** The id of the row that reverses payment {@code paymentId}, if there is one. */
    public Optional<Long> reversalOf(long paymentId) {
        return store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT id FROM ledger_entry WHERE reverses_id = ? ORDER BY id LIMIT 1")) {
                ps.setLong(1, paymentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    /** Reads rows by column position, sharing one zero per currency (most bucket changes are zero). */
    private static final class Reader {

        private String currency;
        private Money zero;

        LedgerLine line(ResultSet rs) throws SQLException {
            String rowCurrency = rs.getString(5);
            if (!rowCurrency.equals(currency)) {
                currency = rowCurrency;
                zero = Money.zero(rowCurrency);
            }
            String method = rs.getString(10);
            long reverses = rs.getLong(12);
            Long reversesId = rs.wasNull() ? null : reverses;
            java.time.OffsetDateTime recorded = rs.getObject(4, java.time.OffsetDateTime.class);
            return new LedgerLine(rs.getLong(1), LedgerEntryType.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
                    recorded.toInstant(), money(rs.getBigDecimal(6)), money(rs.getBigDecimal(7)), money(rs.getBigDecimal(8)),
                    money(rs.getBigDecimal(9)), method == null ? null : PaymentMethod.valueOf(method), rs.getString(11),
                    reversesId, rs.getString(13));
        }

        private Money money(BigDecimal value) {
            return value.signum() == 0 ? zero : Money.of(value.stripTrailingZeros(), currency);
        }
    }
}
