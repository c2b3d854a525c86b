package org.recoup.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
        return store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM ledger_entry WHERE debt_id = ? ORDER BY value_date, id")) {
                ps.setLong(1, debtId);
                List<LedgerLine> lines = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(line(rs));
                    }
                }
                return lines;
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

    private static LedgerLine line(ResultSet rs) throws SQLException {
        String currency = rs.getString("currency");
        String method = rs.getString("payment_method");
        long reverses = rs.getLong("reverses_id");
        Long reversesId = rs.wasNull() ? null : reverses;
        return new LedgerLine(rs.getLong("id"), LedgerEntryType.valueOf(rs.getString("type")),
                Jdbc.getDate(rs, "value_date"), Jdbc.getInstant(rs, "recorded_at"),
                money(rs.getBigDecimal("principal"), currency), money(rs.getBigDecimal("interest"), currency),
                money(rs.getBigDecimal("fees"), currency), money(rs.getBigDecimal("credit"), currency),
                method == null ? null : PaymentMethod.valueOf(method), rs.getString("payment_reference"),
                reversesId, rs.getString("memo"));
    }

    private static Money money(BigDecimal value, String currency) {
        return Money.of(value.stripTrailingZeros(), currency);
    }
}
