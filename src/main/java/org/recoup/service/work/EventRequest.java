package org.recoup.service.work;

import java.time.Instant;
import java.util.Set;

import org.recoup.domain.Channel;
import org.recoup.domain.ComplianceEventType;

/**
 * An event to record: what happened, when, and the details its type needs.
 *
 * @param debtIds      the debts it concerns; empty for all of the debtor's
 * @param written      DISPUTE: made in writing
 * @param channel      OPT_OUT: the channel
 * @param locationId   OPT_OUT of one address or number: the debtor's location
 * @param thirdPartyId OBJECTION: who objected
 * @param windowFrom   CONSENT: the window he agreed to be called in
 * @param windowTo     CONSENT: its end (excluded)
 */
public record EventRequest(long debtorId, ComplianceEventType type, Instant at, Set<Long> debtIds, boolean written,
                           Channel channel, Long locationId, Long thirdPartyId, Instant windowFrom, Instant windowTo,
                           String notes) {

    public EventRequest {
        debtIds = debtIds == null ? Set.of() : Set.copyOf(debtIds);
    }

    /** An event with no details beyond its debts (CEASE, ATTORNEY, VERIFICATION_MAILED, ...). */
    public static EventRequest of(long debtorId, ComplianceEventType type, Instant at, Set<Long> debtIds, String notes) {
        return new EventRequest(debtorId, type, at, debtIds, false, null, null, null, null, null, notes);
    }

    public static EventRequest dispute(long debtorId, Instant at, Set<Long> debtIds, boolean written, String notes) {
        return new EventRequest(debtorId, ComplianceEventType.DISPUTE, at, debtIds, written, null, null, null, null, null,
                notes);
    }

    public static EventRequest optOut(long debtorId, Instant at, Channel channel, Long locationId, String notes) {
        return new EventRequest(debtorId, ComplianceEventType.OPT_OUT, at, Set.of(), false, channel, locationId, null,
                null, null, notes);
    }

    public static EventRequest consent(long debtorId, Instant at, Instant from, Instant to, String notes) {
        return new EventRequest(debtorId, ComplianceEventType.CONSENT, at, Set.of(), false, null, null, null, from, to,
                notes);
    }

    public static EventRequest objection(long debtorId, Instant at, long thirdPartyId, String notes) {
        return new EventRequest(debtorId, ComplianceEventType.OBJECTION, at, Set.of(), false, null, null, thirdPartyId,
                null, null, notes);
    }
}
