package org.recoup.service.debtors;

import java.time.Instant;
import java.util.List;

import org.recoup.domain.DebtorKind;
import org.recoup.domain.Language;

/** Everything the debtor's Overview shows, and what its edit dialog starts from. */
public record DebtorDetail(long id, long version, DebtorKind kind, String name, String nativeName,
                           Language preferredLanguage, String notes, List<LocationView> locations,
                           List<String> flags, Instant createdAt, Instant updatedAt) {

    public DebtorForm toForm() {
        return new DebtorForm(kind, name, nativeName, preferredLanguage, notes,
                locations.stream().map(LocationView::form).toList());
    }

    /** The zone days are counted in (the first location's). */
    public String homeZone() {
        return locations.isEmpty() ? null : locations.get(0).timeZone();
    }
}
