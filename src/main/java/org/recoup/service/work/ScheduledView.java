package org.recoup.service.work;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.recoup.domain.ActionPurpose;
import org.recoup.domain.ActionStatus;
import org.recoup.domain.Channel;
import org.recoup.domain.Party;
import org.recoup.service.compliance.CheckResult;

/**
 * A scheduled action as the window lists it, with its compliance verdict at its time as the
 * debtor stands now (null for one done or cancelled).
 */
public record ScheduledView(long id, long debtorId, Channel channel, Instant at, Party party, Long locationId,
                            Long thirdPartyId, String target, Set<Long> debtIds, List<String> debtReferences,
                            String letterTemplate, ActionPurpose purpose, String note, ActionStatus status,
                            String overrideReason, CheckResult check) {
}
