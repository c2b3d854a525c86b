package org.recoup.service.debtors;

import java.util.List;

import org.recoup.domain.DebtorKind;
import org.recoup.domain.Language;

/** A debtor as the create and edit dialogs hold it. */
public record DebtorForm(DebtorKind kind, String name, String nativeName, Language preferredLanguage, String notes,
                         List<LocationForm> locations) {

    public DebtorForm {
        locations = locations == null ? List.of() : List.copyOf(locations);
    }
}
