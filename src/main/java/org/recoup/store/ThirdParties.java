package org.recoup.store;

import java.util.List;
import java.util.Optional;

import org.recoup.domain.ThirdParty;

/** The people around a debtor: attorney, family, employer, emergency contacts. */
public final class ThirdParties {

    private final StoreSession store;

    ThirdParties(StoreSession store) {
        this.store = store;
    }

    public ThirdParty save(ThirdParty thirdParty) {
        if (thirdParty.getId() == null) {
            store.hibernate().persist(thirdParty);
            return thirdParty;
        }
        return store.hibernate().merge(thirdParty);
    }

    public Optional<ThirdParty> find(long id) {
        return Optional.ofNullable(store.hibernate().find(ThirdParty.class, id));
    }

    public List<ThirdParty> forDebtor(long debtorId) {
        return store.hibernate()
                .createSelectionQuery("from ThirdParty where debtorId = :debtor order by id", ThirdParty.class)
                .setParameter("debtor", debtorId)
                .getResultList();
    }
}
