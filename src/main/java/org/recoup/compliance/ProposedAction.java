package org.recoup.compliance;

import java.time.Instant;
import java.util.Set;

import org.recoup.domain.Channel;
import org.recoup.domain.Party;

/**
 * An action the collector wants to take.
 *
 * @param to          a location id of the debtor, or a contact id; null when none is named
 * @param debts       the debts it is about; empty means every debt of the debtor
 * @param atWorkplace a visit or call at the debtor's workplace
 * @param message     for an SMS, email or third-party contact; null when not given
 * @param letter      for channel LETTER
 */
public record ProposedAction(Instant at, Channel channel, String to, Party party, Set<String> debts,
                             boolean atWorkplace, Message message, LetterDetails letter) {

    public ProposedAction {
        debts = Set.copyOf(debts);
    }

    public static ProposedAction call(Instant at, String to, String... debts) {
        return new ProposedAction(at, Channel.CALL, to, Party.DEBTOR, Set.of(debts), false, null, null);
    }

    /** The same action at another instant. */
    public ProposedAction at(Instant other) {
        return new ProposedAction(other, channel, to, party, debts, atWorkplace, message, letter);
    }
}
