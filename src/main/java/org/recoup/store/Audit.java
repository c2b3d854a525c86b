package org.recoup.store;

import java.util.List;

import org.recoup.domain.AuditEntry;

/** The append-only audit trail: entries are added, never changed. */
public final class Audit {

    private final StoreSession store;

    Audit(StoreSession store) {
        this.store = store;
    }

    public AuditEntry append(AuditEntry entry) {
        store.hibernate().persist(entry);
        return entry;
    }

    public List<AuditEntry> about(AuditEntry.Subject subject, long subjectId) {
        return store.hibernate()
                .createSelectionQuery("from AuditEntry where subject = :subject and subjectId = :id order by at, id",
                        AuditEntry.class)
                .setParameter("subject", subject)
                .setParameter("id", subjectId)
                .getResultList();
    }
}
