package org.recoup.store;

import java.util.List;
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
}
