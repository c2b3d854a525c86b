package org.recoup.store;

import java.util.Optional;

import org.recoup.domain.AllocationOrder;
import org.recoup.domain.ClientTerms;
import org.recoup.domain.InterestTerms;

/** The settings money is computed with: a debt's interest terms, a client's allocation order. */
public final class MoneyTerms {

    private final StoreSession store;

    MoneyTerms(StoreSession store) {
        this.store = store;
    }

    public Optional<InterestTerms> interest(long debtId) {
        return Optional.ofNullable(store.hibernate().find(InterestTerms.class, debtId));
    }

    /** Saves new terms, or the changes made to terms read in this session. */
    public InterestTerms saveInterest(InterestTerms terms) {
        if (!store.hibernate().contains(terms)) {
            store.hibernate().persist(terms);
        }
        store.hibernate().flush();
        return terms;
    }

    /** Removes the debt's interest terms; it earns no interest from then on. */
    public void removeInterest(long debtId) {
        interest(debtId).ifPresent(terms -> store.hibernate().remove(terms));
    }

    /** The client's allocation order, or the default when it has none of its own. */
    public AllocationOrder allocationOrder(long clientId) {
        ClientTerms terms = store.hibernate().find(ClientTerms.class, clientId);
        return terms == null ? AllocationOrder.DEFAULT : terms.getAllocationOrder();
    }

    public void setAllocationOrder(long clientId, AllocationOrder order) {
        ClientTerms terms = store.hibernate().find(ClientTerms.class, clientId);
        if (terms == null) {
            store.hibernate().persist(new ClientTerms(clientId, order));
        } else {
            terms.setAllocationOrder(order);
        }
        store.hibernate().flush();
    }
}
