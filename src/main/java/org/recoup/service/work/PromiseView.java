package org.recoup.service.work;

import java.time.Instant;
import java.time.LocalDate;

import org.recoup.domain.Money;
import org.recoup.domain.PromiseStatus;

/**
 * A promise to pay with what the ledger says of it today.
 *
 * @param status what is recorded (OPEN until an evaluation decides it)
 * @param state  what the payments say now: OPEN, DUE, KEPT or BROKEN
 */
public record PromiseView(long id, long debtId, String debtReference, Money amount, LocalDate dueDate,
                          Instant promisedAt, PromiseStatus status, Money paid, PromiseRules.State state,
                          Long followUpId) {
}
