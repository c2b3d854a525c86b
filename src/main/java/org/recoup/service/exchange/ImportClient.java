package org.recoup.service.exchange;

/**
 * The client an import is for: an existing one by id, or a new one by name, created with the
 * import (in the same transaction) when it runs.
 */
public record ImportClient(Long id, String name, String defaultCountry) {

    public static ImportClient existing(long id) {
        return new ImportClient(id, null, null);
    }

    public static ImportClient create(String name, String defaultCountry) {
        return new ImportClient(null, name, defaultCountry);
    }

    public boolean isNew() {
        return id == null;
    }
}
