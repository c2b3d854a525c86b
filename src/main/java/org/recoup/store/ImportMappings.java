package org.recoup.store;

import java.time.Instant;
import java.util.Optional;

import org.recoup.domain.ImportMapping;

/** The import mapping kept per client. */
public final class ImportMappings {

    private final StoreSession store;

    ImportMappings(StoreSession store) {
        this.store = store;
    }

    public Optional<ImportMapping> forClient(long clientId) {
        return store.hibernate()
                .createSelectionQuery("from ImportMapping where clientId = :client", ImportMapping.class)
                .setParameter("client", clientId)
                .uniqueResultOptional();
    }

    /** Keeps {@code json} as the client's mapping, replacing the one kept before. */
    public ImportMapping save(long clientId, String json, Instant at) {
        Optional<ImportMapping> existing = forClient(clientId);
        if (existing.isPresent()) {
            existing.get().replace(json, at);
            return existing.get();
        }
        ImportMapping mapping = new ImportMapping(clientId, json, at);
        store.hibernate().persist(mapping);
        return mapping;
    }
}
