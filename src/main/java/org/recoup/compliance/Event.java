package org.recoup.compliance;

import java.time.Instant;
import java.util.Set;

import org.recoup.domain.Channel;
import org.recoup.domain.ContactOutcome;
import org.recoup.domain.Direction;
import org.recoup.domain.LetterKind;
import org.recoup.domain.Party;

/**
 * Something that happened before the proposed action. Events at or after the proposed instant are
 * not counted. An event whose {@code debts} is empty concerns every debt.
 */
public sealed interface Event {

    Instant at();

    /** The debts it concerns; empty means every debt. */
    default Set<String> debts() {
        return Set.of();
    }

    default boolean concerns(String debt) {
        Set<String> d = debts();
        return d.isEmpty() || d.contains(debt);
    }

    /** A call, SMS, email or visit; {@code outcome} may be null except for calls. */
    record Contact(Instant at, Channel channel, Direction direction, String to, Party party, Set<String> debts,
                   ContactOutcome outcome, boolean atWorkplace) implements Event {
        public Contact {
            debts = Set.copyOf(debts);
        }

        public static Contact call(Instant at, String to, ContactOutcome outcome, String... debts) {
            return new Contact(at, Channel.CALL, Direction.OUTBOUND, to, Party.DEBTOR, Set.of(debts), outcome, false);
        }
    }

    record Letter(Instant at, Party party, Set<String> debts, LetterKind kind, boolean undeliverable)
            implements Event {
        public Letter {
            debts = Set.copyOf(debts);
        }
    }

    /** The debtor's direct consent to be called in [from, to), given at {@code at}. */
    record Consent(Instant at, Instant from, Instant to) implements Event {
    }

    /** A written refusal or cease request, received at {@code at}. */
    record Cease(Instant at, Set<String> debts) implements Event {
        public Cease {
            debts = Set.copyOf(debts);
        }
    }

    /** An attorney is known to represent the debtor on these debts. */
    record Attorney(Instant at, Set<String> debts) implements Event {
        public Attorney {
            debts = Set.copyOf(debts);
        }
    }

    /** The debtor opted out of a channel, or of one address on it when {@code to} is given. */
    record OptOut(Instant at, Channel channel, String to) implements Event {
    }

    record Dispute(Instant at, Set<String> debts, boolean written) implements Event {
        public Dispute {
            debts = Set.copyOf(debts);
        }
    }

    record DisputeResolved(Instant at, Set<String> debts) implements Event {
        public DisputeResolved {
            debts = Set.copyOf(debts);
        }
    }

    /** The customer said he will not pay because the debt is statute-barred (UK). */
    record StatuteBarredClaimed(Instant at, Set<String> debts) implements Event {
        public StatuteBarredClaimed {
            debts = Set.copyOf(debts);
        }
    }

    /** A third party objected to being contacted (CN-3P). */
    record Objection(Instant at, String contact) implements Event {
    }
}
