package org.recoup.service.money;

/**
 * Something the user should know before going on; the action itself went through.
 *
 * @param code    a stable key for translations, e.g. {@code limitation.expired}
 * @param message the English sentence
 */
public record MoneyWarning(String code, String message) {

    public static final String LIMITATION_EXPIRED = "limitation.expired";
    public static final String LIMITATION_EXPIRING = "limitation.expiring";
    public static final String PLAN_PAST_LIMITATION = "plan.pastLimitation";
}
