package org.recoup.service.work;

import java.time.Instant;
import java.util.Set;

import org.recoup.domain.ActionPurpose;
import org.recoup.domain.Channel;
import org.recoup.domain.Party;

/**
 * An action to schedule: a call, SMS, e-mail, visit or letter, to one of the debtor's locations or
 * to a third party, about some debts (none: all of them), at a time.
 */
public record ActionRequest(long debtorId, Channel channel, Instant at, Party party, Long locationId, Long thirdPartyId,
                            Set<Long> debtIds, String letterTemplate, ActionPurpose purpose, String note) {

    public ActionRequest {
        debtIds = debtIds == null ? Set.of() : Set.copyOf(debtIds);
        party = party == null ? Party.DEBTOR : party;
        purpose = purpose == null ? ActionPurpose.MANUAL : purpose;
    }

    public static ActionRequest call(long debtorId, Instant at, Long phoneId, Set<Long> debtIds) {
        return new ActionRequest(debtorId, Channel.CALL, at, Party.DEBTOR, phoneId, null, debtIds, null,
                ActionPurpose.MANUAL, null);
    }

    public ActionRequest at(Instant other) {
        return new ActionRequest(debtorId, channel, other, party, locationId, thirdPartyId, debtIds, letterTemplate,
                purpose, note);
    }
}
