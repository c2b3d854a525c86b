package org.recoup.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.recoup.domain.ActionStatus;
import org.recoup.domain.ScheduledAction;

/** Actions planned for a time. */
public final class ScheduledActions {

    private final StoreSession store;

    ScheduledActions(StoreSession store) {
        this.store = store;
    }

    public ScheduledAction save(ScheduledAction action) {
        if (action.getId() == null) {
            store.hibernate().persist(action);
            return action;
        }
        return store.hibernate().merge(action);
    }

    public Optional<ScheduledAction> find(long id) {
        return Optional.ofNullable(store.hibernate().find(ScheduledAction.class, id));
    }

    /** The debtor's actions, soonest first. */
    public List<ScheduledAction> forDebtor(long debtorId) {
        return store.hibernate()
                .createSelectionQuery("from ScheduledAction where debtorId = :debtor order by at, id", ScheduledAction.class)
                .setParameter("debtor", debtorId)
                .getResultList();
    }

    /** Planned actions due in [from, to). */
    public List<ScheduledAction> planned(Instant from, Instant to) {
        return store.hibernate()
                .createSelectionQuery("from ScheduledAction where status = :status and at >= :from and at < :to"
                        + " order by at, id", ScheduledAction.class)
                .setParameter("status", ActionStatus.PLANNED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
