package org.recoup.service.work;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.recoup.domain.Channel;
import org.recoup.domain.ContactOutcome;
import org.recoup.domain.Direction;
import org.recoup.domain.Party;

/**
 * A contact to log.
 *
 * @param at                when it happened; null for now
 * @param debtIds           the debts it was about; empty for all of the debtor's open debts
 * @param letterTemplate    a LETTER's template (its kind for the rules); null for a demand
 * @param promise           PROMISE_TO_PAY: what was promised
 * @param callbackAt        CALLBACK_REQUESTED: when he asked to be called
 * @param scheduledActionId the scheduled action this contact carried out, or null
 * @param overrideReason    the written reason to log a contact the rules block; null to be refused
 */
public record ContactRequest(long debtorId, Channel channel, Direction direction, Party party, Long locationId,
                             Long thirdPartyId, Set<Long> debtIds, Instant at, ContactOutcome outcome, String notes,
                             String letterTemplate, PromiseTerms promise, Instant callbackAt, Long scheduledActionId,
                             String overrideReason) {

    public ContactRequest {
        debtIds = debtIds == null ? Set.of() : Set.copyOf(debtIds);
        direction = direction == null ? Direction.OUTBOUND : direction;
        party = party == null ? Party.DEBTOR : party;
    }

    /** An outbound call to the debtor's number about some debts, now. */
    public static ContactRequest call(long debtorId, Long phoneId, Set<Long> debtIds, ContactOutcome outcome) {
        return new ContactRequest(debtorId, Channel.CALL, Direction.OUTBOUND, Party.DEBTOR, phoneId, null, debtIds, null,
                outcome, null, null, null, null, null, null);
    }

    public ContactRequest withLocation(Long value) {
        return new ContactRequest(debtorId, channel, direction, party, value, thirdPartyId, debtIds, at, outcome,
                notes, letterTemplate, promise, callbackAt, scheduledActionId, overrideReason);
    }

    public ContactRequest withAt(Instant value) {
        return new ContactRequest(debtorId, channel, direction, party, locationId, thirdPartyId, debtIds, value, outcome,
                notes, letterTemplate, promise, callbackAt, scheduledActionId, overrideReason);
    }

    public ContactRequest withPromise(PromiseTerms value) {
        return new ContactRequest(debtorId, channel, direction, party, locationId, thirdPartyId, debtIds, at, outcome,
                notes, letterTemplate, value, callbackAt, scheduledActionId, overrideReason);
    }

    public ContactRequest withCallback(Instant value) {
        return new ContactRequest(debtorId, channel, direction, party, locationId, thirdPartyId, debtIds, at, outcome,
                notes, letterTemplate, promise, value, scheduledActionId, overrideReason);
    }

    public ContactRequest withOverride(String reason) {
        return new ContactRequest(debtorId, channel, direction, party, locationId, thirdPartyId, debtIds, at, outcome,
                notes, letterTemplate, promise, callbackAt, scheduledActionId, reason);
    }

    public ContactRequest withNotes(String value) {
        return new ContactRequest(debtorId, channel, direction, party, locationId, thirdPartyId, debtIds, at, outcome,
                value, letterTemplate, promise, callbackAt, scheduledActionId, overrideReason);
    }

    public ContactRequest forScheduled(Long actionId) {
        return new ContactRequest(debtorId, channel, direction, party, locationId, thirdPartyId, debtIds, at, outcome,
                notes, letterTemplate, promise, callbackAt, actionId, overrideReason);
    }

    /** What a debtor promised: an amount by a date, on one debt (null: the first debt of the contact). */
    public record PromiseTerms(Long debtId, BigDecimal amount, LocalDate dueDate) {
    }
}
