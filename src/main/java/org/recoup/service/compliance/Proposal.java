package org.recoup.service.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.recoup.domain.Channel;
import org.recoup.domain.LetterKind;
import org.recoup.domain.Party;

/**
 * An action the user wants to take, in the app's terms: to which location or third party, about
 * which debts (none: all of the debtor's), when.
 *
 * @param message for an SMS, e-mail or third-party contact; null when not known
 * @param letter  for a LETTER
 */
public record Proposal(Channel channel, Instant at, Party party, Long locationId, Long thirdPartyId,
                       Set<Long> debtIds, boolean atWorkplace, MessageFacts message, LetterFacts letter) {

    public Proposal {
        debtIds = Set.copyOf(debtIds);
    }

    /** A call to one of the debtor's numbers about some debts. */
    public static Proposal call(Instant at, long locationId, Set<Long> debtIds) {
        return new Proposal(Channel.CALL, at, Party.DEBTOR, locationId, null, debtIds, false, null, null);
    }

    public Proposal at(Instant other) {
        return new Proposal(channel, other, party, locationId, thirdPartyId, debtIds, atWorkplace, message, letter);
    }

    /** What a message says that the rules care about. */
    public record MessageFacts(boolean hasOptOut, boolean mentionsDebt) {
    }

    /** What a letter says that the rules care about. */
    public record LetterFacts(LetterKind kind, LocalDate statedValidationEnd, boolean threatensSuit,
                              ItemizationFacts itemization, LocalDate postingDate, LocalDate serviceDate,
                              LocalDate remedyDate) {

        public static LetterFacts of(LetterKind kind) {
            return new LetterFacts(kind, null, false, null, null, null, null);
        }
    }

    /** The itemization a validation notice prints. */
    public record ItemizationFacts(LocalDate date, java.math.BigDecimal amountAtDate, java.math.BigDecimal interest,
                                   java.math.BigDecimal fees, java.math.BigDecimal paymentsCredits,
                                   java.math.BigDecimal current) {
    }
}
