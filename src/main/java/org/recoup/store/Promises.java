package org.recoup.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.recoup.domain.Promise;
import org.recoup.domain.PromiseStatus;

/** Promises to pay. */
public final class Promises {

    private final StoreSession store;

    Promises(StoreSession store) {
        this.store = store;
    }

    public Promise save(Promise promise) {
        Promise saved;
        if (promise.getId() == null) {
            store.hibernate().persist(promise);
            saved = promise;
        } else {
            saved = store.hibernate().merge(promise);
        }
        store.touchDebtor(saved.getDebtorId());
        return saved;
    }

    public Optional<Promise> find(long id) {
        return Optional.ofNullable(store.hibernate().find(Promise.class, id));
    }

    public List<Promise> forDebtor(long debtorId) {
        return store.hibernate()
                .createSelectionQuery("from Promise where debtorId = :debtor order by dueDate desc, id desc", Promise.class)
                .setParameter("debtor", debtorId)
                .getResultList();
    }

    /** Promises not yet kept or broken, earliest due first. */
    public List<Promise> open() {
        return store.hibernate()
                .createSelectionQuery("from Promise where status = :status order by dueDate, id", Promise.class)
                .setParameter("status", PromiseStatus.OPEN)
                .getResultList();
    }

    /**
     * Lets go of promises this transaction read and will not change, so that Hibernate no longer
     * checks them for changes before each of the transaction's later queries.
     */
    public void forget(java.util.Collection<Promise> unchanged) {
        unchanged.forEach(store.hibernate()::detach);
    }

    /** The open promises of one debtor, earliest due first. */
    public List<Promise> openForDebtor(long debtorId) {
        return store.hibernate()
                .createSelectionQuery("from Promise where debtorId = :debtor and status = :status order by dueDate, id",
                        Promise.class)
                .setParameter("debtor", debtorId)
                .setParameter("status", PromiseStatus.OPEN)
                .getResultList();
    }

    /**
     * Payments not reversed, with a value date on or after {@code from}, on every debt that has an
     * open promise, by debt: one indexed pass instead of a query per debtor.
     */
    public Map<Long, List<QueueFacts.Payment>> paymentsOnOpenPromises(java.time.LocalDate from) {
        return store.jdbc(connection -> {
            Map<Long, List<QueueFacts.Payment>> result = new java.util.HashMap<>();
            try (java.sql.PreparedStatement ps = connection.prepareStatement("SELECT p.debt_id, p.value_date,"
                    + " p.credit - p.principal - p.interest - p.fees FROM ledger_entry p WHERE p.type = 'PAYMENT'"
                    + " AND p.value_date >= ? AND p.debt_id IN (SELECT o.debt_id FROM promise o WHERE o.status = 'OPEN')"
                    + " AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses_id = p.id)")) {
                ps.setObject(1, from);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long debtId = rs.getLong(1);
                        result.computeIfAbsent(debtId, k -> new java.util.ArrayList<>()).add(new QueueFacts.Payment(
                                debtId, rs.getObject(2, java.time.LocalDate.class), rs.getBigDecimal(3)));
                    }
                }
            }
            return result;
        });
    }

    /** Payments not reversed on these debts with a value date on or after {@code from}. */
    public List<QueueFacts.Payment> payments(java.util.Collection<Long> debtIds, java.time.LocalDate from) {
        if (debtIds.isEmpty()) {
            return List.of();
        }
        return store.jdbc(connection -> {
            List<QueueFacts.Payment> result = new java.util.ArrayList<>();
            try (java.sql.PreparedStatement ps = connection.prepareStatement("SELECT p.debt_id, p.value_date,"
                    + " p.credit - p.principal - p.interest - p.fees FROM ledger_entry p WHERE p.type = 'PAYMENT'"
                    + " AND p.value_date >= ? AND p.debt_id = ANY(?)"
                    + " AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses_id = p.id)")) {
                ps.setObject(1, from);
                ps.setObject(2, debtIds.toArray(Long[]::new));
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new QueueFacts.Payment(rs.getLong(1), rs.getObject(2, java.time.LocalDate.class),
                                rs.getBigDecimal(3)));
                    }
                }
            }
            return result;
        });
    }
}
