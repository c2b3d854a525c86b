package org.recoup.domain;

/**
 * How days are counted for simple interest. The arithmetic lives in {@code org.recoup.money}.
 */
public enum DayCount {
    /** Actual days over a fixed 365-day year, leap years included. */
    ACT_365F,
    /** Actual days over a 360-day year. */
    ACT_360,
    /** 30-day months over a 360-day year: the ISDA 2006 "30/360" (Bond Basis) rule. */
    THIRTY_360
}
