package org.recoup.store;

import java.util.Optional;

import org.recoup.domain.Debtor;

/** Debtors with their locations. */
public final class Debtors {

    private final StoreSession store;

    Debtors(StoreSession store) {
        this.store = store;
    }

    public Debtor save(Debtor debtor) {
        Debtor saved;
        if (debtor.getId() == null) {
            store.hibernate().persist(debtor);
            saved = debtor;
        } else {
            saved = store.hibernate().merge(debtor);
        }
        store.hibernate().flush();
        store.touchDebtor(saved.getId());
        return saved;
    }

    /** The debtor with its locations loaded. */
    public Optional<Debtor> find(long id) {
        // No flush first: a debtor is written when saved (see save), and a debtor this session holds
        // comes back as the very instance it holds. Flushing would check every entity of the
        // session for changes, at each call of a loop over many debtors.
        return store.hibernate()
                .createSelectionQuery("from Debtor d left join fetch d.locations where d.id = :id", Debtor.class)
                .setParameter("id", id)
                .setQueryFlushMode(org.hibernate.query.QueryFlushMode.NO_FLUSH)
                .uniqueResultOptional();
    }

    public long count() {
        return store.hibernate().createSelectionQuery("select count(*) from Debtor", Long.class).getSingleResult();
    }
}
