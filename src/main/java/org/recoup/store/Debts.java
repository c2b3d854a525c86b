package org.recoup.store;

import java.util.List;
import java.util.Optional;

import org.recoup.domain.Debt;
import org.recoup.domain.ValidationException;

/** Debts; a reference is unique per client. */
public final class Debts {

    private final StoreSession store;

    Debts(StoreSession store) {
        this.store = store;
    }

    /**
     * Saves a new or changed debt.
     *
     * @throws ValidationException when the client already has a debt with this reference
     */
    public Debt save(Debt debt) {
        findByReference(debt.getClientId(), debt.getReference())
                .filter(other -> !other.getId().equals(debt.getId()))
                .ifPresent(other -> {
                    throw new ValidationException("debt.reference",
                            "'" + debt.getReference() + "' is already used by another debt of this client");
                });
        Debt saved;
        if (debt.getId() == null) {
            store.hibernate().persist(debt);
            saved = debt;
        } else {
            saved = store.hibernate().merge(debt);
        }
        store.hibernate().flush();
        store.touchDebtor(saved.getDebtorId());
        return saved;
    }

    public Optional<Debt> find(long id) {
        return Optional.ofNullable(store.hibernate().find(Debt.class, id));
    }

    public Optional<Debt> findByReference(long clientId, String reference) {
        return store.hibernate()
                .createSelectionQuery("from Debt where clientId = :client and reference = :reference", Debt.class)
                .setParameter("client", clientId)
                .setParameter("reference", reference.trim())
                .uniqueResultOptional();
    }

    /** Debts with this reference, whatever their client (references are unique per client only). */
    public List<Debt> findByReference(String reference) {
        return store.hibernate()
                .createSelectionQuery("from Debt where reference = :reference order by id", Debt.class)
                .setParameter("reference", reference.trim())
                .getResultList();
    }

    public List<Debt> forDebtor(long debtorId) {
        return store.hibernate()
                .createSelectionQuery("from Debt where debtorId = :debtor order by placedAt, id", Debt.class)
                .setParameter("debtor", debtorId)
                .getResultList();
    }

    public long count() {
        return store.hibernate().createSelectionQuery("select count(*) from Debt", Long.class).getSingleResult();
    }
}
