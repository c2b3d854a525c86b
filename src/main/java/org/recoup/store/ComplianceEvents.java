package org.recoup.store;

import java.util.List;

import org.recoup.domain.ComplianceEvent;
import org.recoup.domain.InconvenientTime;

/** Events that change what is allowed, and the times a debtor said are inconvenient. */
public final class ComplianceEvents {

    private final StoreSession store;

    ComplianceEvents(StoreSession store) {
        this.store = store;
    }

    public ComplianceEvent append(ComplianceEvent event) {
        store.hibernate().persist(event);
        return event;
    }

    /** The debtor's events, oldest first. */
    public List<ComplianceEvent> forDebtor(long debtorId) {
        return store.hibernate()
                .createSelectionQuery("from ComplianceEvent where debtorId = :debtor order by at, id", ComplianceEvent.class)
                .setParameter("debtor", debtorId)
                .getResultList();
    }

    public InconvenientTime addInconvenientTime(InconvenientTime time) {
        store.hibernate().persist(time);
        return time;
    }

    /** Removes one of the debtor's inconvenient times (he said it no longer holds). */
    public void removeInconvenientTime(long debtorId, long id) {
        InconvenientTime time = store.hibernate().find(InconvenientTime.class, id);
        if (time != null && time.getDebtorId() == debtorId) {
            store.hibernate().remove(time);
        }
    }

    public List<InconvenientTime> inconvenientTimes(long debtorId) {
        return store.hibernate()
                .createSelectionQuery("from InconvenientTime where debtorId = :debtor order by fromTime, id",
                        InconvenientTime.class)
                .setParameter("debtor", debtorId)
                .getResultList();
    }
}
