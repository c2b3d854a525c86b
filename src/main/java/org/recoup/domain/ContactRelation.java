package org.recoup.domain;

/** How a third-party contact relates to the debtor. */
public enum ContactRelation {
    ATTORNEY, FAMILY, EMPLOYER, EMERGENCY_CONTACT, UNRELATED
}
