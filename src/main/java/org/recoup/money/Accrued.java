package org.recoup.money;

import java.time.LocalDate;

import org.recoup.domain.Money;

/**
 * Interest accrued and not yet posted, over the days from {@code from} (included) to {@code to}
 * (excluded).
 *
 * @param days        days that earned interest (paused days and days without principal excluded)
 * @param uncapped    the interest before the cap was applied
 * @param amount      the interest to post: {@code uncapped}, limited by what the cap leaves
 * @param capped      true when the cap cut the amount
 */
public record Accrued(LocalDate from, LocalDate to, long days, Money uncapped, Money amount, boolean capped) {

    public boolean isZero() {
        return amount.isZero();
    }
}
