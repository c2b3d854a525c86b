package org.recoup.store;

import java.util.List;

import org.recoup.domain.StrategyStep;

/** Clients' collection strategies: ordered ladders of steps. */
public final class Strategies {

    private final StoreSession store;

    Strategies(StoreSession store) {
        this.store = store;
    }

    /** The client's ladder in order; empty when the client has none of its own. */
    public List<StrategyStep> forClient(long clientId) {
        return store.hibernate()
                .createSelectionQuery("from StrategyStep where clientId = :client order by position", StrategyStep.class)
                .setParameter("client", clientId)
                .getResultList();
    }

    /** Replaces the client's ladder with {@code steps} (positions 0..n-1 in order). */
    public List<StrategyStep> replace(long clientId, List<StrategyStep> steps) {
        store.hibernate().createMutationQuery("delete from StrategyStep where clientId = :client")
                .setParameter("client", clientId)
                .executeUpdate();
        store.hibernate().flush();
        steps.forEach(store.hibernate()::persist);
        return steps;
    }
}
