package org.recoup.money;

import java.time.LocalDate;

import org.recoup.domain.Money;

/** A payment counted towards a plan (one not reversed), on its value date. */
public record PlanPayment(LocalDate valueDate, Money amount) {
}
