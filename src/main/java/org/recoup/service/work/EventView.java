package org.recoup.service.work;

import java.time.Instant;
import java.util.List;

import org.recoup.domain.Channel;
import org.recoup.domain.ComplianceEventType;

/** A recorded event as the debtor's window lists it. */
public record EventView(long id, ComplianceEventType type, Instant at, List<String> debtReferences, boolean written,
                        Channel channel, String location, String thirdParty, Instant windowFrom, Instant windowTo,
                        String notes) {
}
