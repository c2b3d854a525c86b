package org.recoup.service.work;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.recoup.domain.Channel;
import org.recoup.service.compliance.CheckResult;
import org.recoup.service.compliance.Proposal;

/**
 * One action of the work queue: for whom, about which debts, what, when, why, and what the rules
 * say of it at that time (PASS or WARN: the queue never holds a blocked action).
 *
 * @param action          CALL, SMS, EMAIL, LETTER, VISIT or LEGAL_REVIEW
 * @param channel         the contact's channel; null for a legal review, which is no contact
 * @param at              when to do it: now, its scheduled time, or the earliest compliant time today
 * @param proposedAt      the time first proposed, before any move to the earliest compliant time
 * @param reasonKey       the reason as a message key (queue.reason.*), filled with {@code reasonArgs}
 * @param reason          the reason in English, for the command line
 * @param check           the engine's verdict at {@code at}; null for a legal review
 * @param proposal        what was checked (null for a legal review)
 * @param scheduledActionId the scheduled action the item carries out, or null
 * @param zones           the debtor's zones (home first), to show the time where he is
 */
public record QueueItem(long debtorId, String debtorName, String debtorNativeName, long debtId, String debtReference,
                        Set<Long> debtIds, String action, Channel channel, String letterTemplate, Long locationId,
                        String target, Instant at, Instant proposedAt, WorkQueueService.Priority priority,
                        String reasonKey, List<String> reasonArgs, String reason, CheckResult.Level verdict,
                        CheckResult check, Proposal proposal, Long scheduledActionId, String homeZone,
                        List<String> zones, BigDecimal balance, String currency) {

    /** True when the item was moved from the time first proposed to the earliest compliant time. */
    public boolean moved() {
        return !at.equals(proposedAt);
    }

    /** The first warning's message, or null. */
    public String warning() {
        return check == null ? null : check.findings().stream().findFirst().map(CheckResult.FindingView::message)
                .orElse(null);
    }
}
