package org.recoup.compliance;

import java.time.ZoneId;

import org.recoup.domain.ContactRelation;

/** A person other than the debtor; {@code zone} may be null (then the debtor's home zone is read). */
public record ThirdPartyContact(String id, ContactRelation relation, ZoneId zone) {
}
