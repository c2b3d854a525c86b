package org.recoup.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import org.recoup.domain.Debt;
import org.recoup.domain.LedgerEntry;
import org.recoup.domain.Money;
import org.recoup.domain.view.Balance;

/** The rows of debts' money. Rows are appended, never changed. */
public final class Ledger {

    private final StoreSession store;

    Ledger(StoreSession store) {
        this.store = store;
    }

    public LedgerEntry append(Debt debt, LedgerEntry entry) {
        if (entry.getDebtId() != debt.getId()) {
            throw new IllegalArgumentException("ledger row of debt " + entry.getDebtId() + " given with debt " + debt.getId());
        }
        if (!entry.getCurrency().equals(debt.getCurrency())) {
            throw new org.recoup.domain.ValidationException("ledger.currency",
                    entry.getCurrency() + " on a " + debt.getCurrency() + " debt");
        }
        store.hibernate().persist(entry);
        store.touchDebtor(debt.getDebtorId());
        return entry;
    }

    /** The debt's rows in the order they count: by value date, then as recorded. */
    public List<LedgerEntry> forDebt(long debtId) {
        return store.hibernate()
                .createSelectionQuery("from LedgerEntry where debtId = :debt order by valueDate, id", LedgerEntry.class)
                .setParameter("debt", debtId)
                .getResultList();
    }

    /** The sum of the debt's rows, by bucket. */
    public Balance balance(Debt debt) {
        return store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT COALESCE(SUM(principal),0), COALESCE(SUM(interest),0), COALESCE(SUM(fees),0),"
                            + " COALESCE(SUM(credit),0) FROM ledger_entry WHERE debt_id = ?")) {
                ps.setLong(1, debt.getId());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    String c = debt.getCurrency();
                    return new Balance(money(rs.getBigDecimal(1), c), money(rs.getBigDecimal(2), c),
                            money(rs.getBigDecimal(3), c), money(rs.getBigDecimal(4), c));
                }
            }
        });
    }

    /**
     * The value date of each debt's latest payment that was not reversed; debts without one are
     * left out.
     */
    public java.util.Map<Long, java.time.LocalDate> lastPayments(java.util.Collection<Long> debtIds) {
        java.util.Map<Long, java.time.LocalDate> last = new java.util.HashMap<>();
        if (debtIds.isEmpty()) {
            return last;
        }
        return store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT p.debt_id, MAX(p.value_date) FROM ledger_entry p WHERE p.debt_id = ANY(?) AND p.type = 'PAYMENT'"
                            + " AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses_id = p.id) GROUP BY p.debt_id")) {
                ps.setObject(1, debtIds.toArray(Long[]::new));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        last.put(rs.getLong(1), rs.getObject(2, java.time.LocalDate.class));
                    }
                }
            }
            return last;
        });
    }

    private static Money money(BigDecimal value, String currency) {
        return Money.of(value.stripTrailingZeros(), currency);
    }
}
