package org.recoup.service.debts;

import java.time.Instant;

import org.recoup.domain.DebtStatus;

/** One change of a debt's status, from the audit trail. */
public record StatusChange(Instant at, DebtStatus from, DebtStatus to, String reason) {
}
