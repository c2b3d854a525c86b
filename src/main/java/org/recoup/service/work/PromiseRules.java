package org.recoup.service.work;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.recoup.domain.Promise;
import org.recoup.store.QueueFacts;

/**
 * Kept or broken, from the ledger: a promise is kept once the payments on its debt from the day it
 * was made (home zone) to its due date plus the client's grace days reach its amount; broken when
 * that window has passed without it.
 */
public final class PromiseRules {

    /** OPEN: not due yet; DUE: due today or within its grace days; KEPT; BROKEN. */
    public enum State { OPEN, DUE, KEPT, BROKEN }

    private PromiseRules() {
    }

    /** What was paid towards the promise (payments of its debt in its window). */
    public static BigDecimal paid(Promise promise, List<QueueFacts.Payment> payments, ZoneId home, int graceDays) {
        LocalDate from = promise.getPromisedAt().atZone(home).toLocalDate();
        LocalDate to = promise.getDueDate().plusDays(graceDays);
        BigDecimal paid = BigDecimal.ZERO;
        for (QueueFacts.Payment p : payments) {
            if (p.debtId() == promise.getDebtId() && !p.valueDate().isBefore(from) && !p.valueDate().isAfter(to)) {
                paid = paid.add(p.amount());
            }
        }
        return paid;
    }

    /** The promise's state on {@code today} given what was paid towards it. */
    public static State state(Promise promise, BigDecimal paid, LocalDate today, int graceDays) {
        if (paid.compareTo(promise.getAmount().amount()) >= 0) {
            return State.KEPT;
        }
        if (today.isAfter(promise.getDueDate().plusDays(graceDays))) {
            return State.BROKEN;
        }
        return today.isBefore(promise.getDueDate()) ? State.OPEN : State.DUE;
    }
}
