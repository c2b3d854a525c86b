package org.recoup.domain;

/** Whom a contact is with. */
public enum Party {
    DEBTOR, ATTORNEY, THIRD_PARTY
}
