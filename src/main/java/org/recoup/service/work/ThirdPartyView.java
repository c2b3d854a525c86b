package org.recoup.service.work;

import org.recoup.domain.ContactRelation;

/** Someone around a debtor: attorney, family, employer, emergency contact. */
public record ThirdPartyView(long id, String name, ContactRelation relation, String phone, String email,
                             String timeZone, String notes, boolean objected) {
}
