package org.recoup.store;

import java.time.Instant;
import java.util.List;

import org.recoup.domain.ComplianceLogEntry;

/** The append-only log of blocked checks and overrides. */
public final class ComplianceLog {

    private final StoreSession store;

    ComplianceLog(StoreSession store) {
        this.store = store;
    }

    public ComplianceLogEntry append(ComplianceLogEntry entry) {
        store.hibernate().persist(entry);
        return entry;
    }

    /** Entries recorded in [from, to), oldest first. */
    public List<ComplianceLogEntry> between(Instant from, Instant to) {
        return store.hibernate()
                .createSelectionQuery("from ComplianceLogEntry where at >= :from and at < :to order by at, id",
                        ComplianceLogEntry.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    public List<ComplianceLogEntry> forDebtor(long debtorId) {
        return store.hibernate()
                .createSelectionQuery("from ComplianceLogEntry where debtorId = :debtor order by at desc, id desc",
                        ComplianceLogEntry.class)
                .setParameter("debtor", debtorId)
                .getResultList();
    }
}
