package org.recoup.domain;

/** The parts of what a debtor owes on a debt; a payment is allocated over them in a client's order. */
public enum Bucket {
    PRINCIPAL, INTEREST, FEES
}
