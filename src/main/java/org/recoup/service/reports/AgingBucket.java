package org.recoup.service.reports;

/**
 * Days past due, counted from a debt's delinquency date (or, without one, the day it was placed)
 * to the day of the report: 0–30, 31–60, 61–90, 91–180 and over 180. A debt whose delinquency
 * date is still ahead counts as 0 days past due.
 */
public enum AgingBucket {
    DAYS_0_30(0, 30), DAYS_31_60(31, 60), DAYS_61_90(61, 90), DAYS_91_180(91, 180), OVER_180(181, Integer.MAX_VALUE);

    private final int fromDays;
    private final int toDays;

    AgingBucket(int fromDays, int toDays) {
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    /** The first day past due in the bucket. */
    public int fromDays() {
        return fromDays;
    }

    /** The last day past due in the bucket ({@link Integer#MAX_VALUE} for the last one). */
    public int toDays() {
        return toDays;
    }

    /** "0–30", "over 180" is left to the caller's words; this gives "0–30" or "181+". */
    public String label() {
        return toDays == Integer.MAX_VALUE ? fromDays + "+" : fromDays + "–" + toDays;
    }

    /** The bucket of a number of days past due (negative counts as 0). */
    public static AgingBucket of(long daysPastDue) {
        for (AgingBucket bucket : values()) {
            if (daysPastDue <= bucket.toDays) {
                return bucket;
            }
        }
        return OVER_180;
    }
}
