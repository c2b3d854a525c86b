package org.recoup.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.recoup.domain.DebtStatus;

/**
 * The debtors list's projection (balance, headline status, last contact) derived from debts,
 * ledger rows and contacts. Kept current in the transaction that changes its sources, and
 * rebuildable from them at any time; never the truth itself.
 */
final class DebtorSummaries {

    private DebtorSummaries() {
    }

    static void refresh(Connection connection, Collection<Long> debtorIds) throws SQLException {
        try (PreparedStatement debts = connection.prepareStatement(
                "SELECT d.status, d.currency, COALESCE(SUM(l.principal + l.interest + l.fees), 0) AS owed"
                        + " FROM debt d LEFT JOIN ledger_entry l ON l.debt_id = d.id"
                        + " WHERE d.debtor_id = ? GROUP BY d.id, d.status, d.currency");
             PreparedStatement contact = connection.prepareStatement(
                     "SELECT MAX(at) AS last_at FROM contact WHERE debtor_id = ?");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE debtor SET summary_balance = ?, summary_currency = ?, summary_status = ?,"
                             + " last_contact_at = ? WHERE id = ?")) {
            for (long debtorId : debtorIds) {
                Set<DebtStatus> statuses = EnumSet.noneOf(DebtStatus.class);
                BigDecimal balance = BigDecimal.ZERO;
                String currency = null;
                boolean mixed = false;
                debts.setLong(1, debtorId);
                try (ResultSet rs = debts.executeQuery()) {
                    while (rs.next()) {
                        DebtStatus status = DebtStatus.valueOf(rs.getString("status"));
                        statuses.add(status);
                        if (!status.countsInBalance()) {
                            continue;
                        }
                        String debtCurrency = rs.getString("currency");
                        if (currency == null) {
                            currency = debtCurrency;
                        } else if (!currency.equals(debtCurrency)) {
                            mixed = true;
                        }
                        balance = balance.add(rs.getBigDecimal("owed"));
                    }
                }
                contact.setLong(1, debtorId);
                Instant lastContact;
                try (ResultSet rs = contact.executeQuery()) {
                    rs.next();
                    lastContact = Jdbc.getInstant(rs, "last_at");
                }
                DebtStatus headline = DebtStatus.headline(statuses);
                Jdbc.setDecimal(update, 1, mixed || currency == null ? null : balance);
                update.setString(2, mixed ? null : currency);
                update.setString(3, headline == null ? null : headline.name());
                Jdbc.setInstant(update, 4, lastContact);
                update.setLong(5, debtorId);
                update.executeUpdate();
            }
        }
    }
}
