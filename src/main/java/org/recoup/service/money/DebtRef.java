package org.recoup.service.money;

/** A debt found by its reference, with its client. */
public record DebtRef(long debtId, String reference, long clientId, String clientName, String currency) {
}
