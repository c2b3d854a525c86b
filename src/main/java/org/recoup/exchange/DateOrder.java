package org.recoup.exchange;

/** How dates written with the day and the month both as numbers before the year are read. */
public enum DateOrder {
    /** 31/01/2026: day, month, year (most of the world). */
    DMY,
    /** 01/31/2026: month, day, year (the United States). */
    MDY
}
