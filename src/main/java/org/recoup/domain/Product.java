package org.recoup.domain;

public enum Product {
    CREDIT_CARD, LOAN, INVOICE, OTHER
}
