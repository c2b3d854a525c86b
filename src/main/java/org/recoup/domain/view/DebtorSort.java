package org.recoup.domain.view;

/** The orders the debtors list can be sorted in. */
public enum DebtorSort {
    NAME, STATUS, BALANCE, LAST_CONTACT
}
