package org.recoup.domain;

/** How far apart a repayment plan's instalments fall. */
public enum Frequency {
    WEEKLY, FORTNIGHTLY, MONTHLY
}
