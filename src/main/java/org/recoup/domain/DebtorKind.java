package org.recoup.domain;

public enum DebtorKind {
    PERSON, COMPANY
}
