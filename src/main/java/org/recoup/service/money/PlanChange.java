package org.recoup.service.money;

import java.time.LocalDate;

import org.recoup.domain.PlanStatus;

/** A plan whose status an evaluation changed. */
public record PlanChange(long planId, long debtId, String debtReference, PlanStatus status, LocalDate on,
                         String reason) {
}
