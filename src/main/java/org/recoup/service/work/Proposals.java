package org.recoup.service.work;

import java.time.Instant;
import java.util.Set;

import org.recoup.domain.Channel;
import org.recoup.domain.LetterKind;
import org.recoup.domain.Party;
import org.recoup.service.compliance.Proposal;

/**
 * The compliance proposal of an action the collector takes. Messages Recoup sends carry an
 * opt-out instruction; a message to anyone but the debtor does not mention the debt.
 */
public final class Proposals {

    private Proposals() {
    }

    public static Proposal of(Channel channel, Instant at, Party party, Long locationId, Long thirdPartyId,
                              Set<Long> debtIds, boolean atWorkplace, LetterKind letterKind) {
        Proposal.MessageFacts message = null;
        if (channel == Channel.SMS || channel == Channel.EMAIL) {
            message = new Proposal.MessageFacts(true, party == Party.DEBTOR);
        } else if (party == Party.THIRD_PARTY) {
            message = new Proposal.MessageFacts(false, false);
        }
        Proposal.LetterFacts letter = channel == Channel.LETTER
                ? Proposal.LetterFacts.of(letterKind == null ? LetterKind.DEMAND : letterKind) : null;
        return new Proposal(channel, at, party, party == Party.DEBTOR ? locationId : null,
                party == Party.DEBTOR ? null : thirdPartyId, debtIds, atWorkplace, message, letter);
    }
}
