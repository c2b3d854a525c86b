package org.recoup.domain;

/** What moved a debt's money; each movement is one ledger row (DESIGN.md, "Data"). */
public enum LedgerEntryType {
    /** The amounts handed over for collection. */
    PLACEMENT,
    INTEREST,
    FEE,
    PAYMENT,
    /** A correction, up or down, with its reason in the memo. */
    ADJUSTMENT,
    /** A payment undone (returned cheque, chargeback): the exact opposite of that payment's row. */
    REVERSAL,
    WRITE_OFF
}
