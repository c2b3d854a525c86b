package org.recoup.service.reports;

import org.recoup.domain.DebtStatus;

/** How many debts of one currency are in one status. */
public record StatusCount(DebtStatus status, String currency, long debts) {
}
