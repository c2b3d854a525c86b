package org.recoup.service.reports;

import org.recoup.domain.Money;

/** The open debts of one currency in one aging bucket: how many, and what they owe. */
public record AgingRow(AgingBucket bucket, String currency, long debts, Money owed) {
}
