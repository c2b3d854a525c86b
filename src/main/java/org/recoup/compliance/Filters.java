package org.recoup.compliance;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.recoup.domain.Channel;
import org.recoup.domain.ContactOutcome;
import org.recoup.domain.Direction;
import org.recoup.domain.Party;
import org.recoup.domain.PhoneType;

/** The predicates that rules are parameterised with: which proposals a rule concerns, which events it counts. */
public final class Filters {

    private Filters() {
    }

    /** A condition on the proposal beyond its channel and party. */
    public enum Cond {
        /** a visit or call at the workplace: atWorkplace, or a call to a WORK phone */
        AT_WORKPLACE,
        /** a call to a number that is not WORK, or a visit not at the workplace (WA) */
        AT_HOME,
        /** to a MOBILE or HOME number */
        TO_PERSONAL_NUMBER,
        /** to any other number (OTHER, WORK, or of unknown type) */
        TO_OTHER_NUMBER,
        /** to an email address the employer provided */
        TO_EMPLOYER_ADDRESS,
        /** the employer prohibits contact at work */
        EMPLOYER_PROHIBITS_CONTACT,
        /** an SMS or email without an opt-out instruction */
        NO_OPT_OUT_TEXT,
        /** a message that mentions the debt */
        MENTIONS_DEBT
    }

    /** Which proposals a rule (or clause) concerns: all of channels, parties and conditions must hold. */
    public record ProposalFilter(Set<Channel> channels, Set<Party> parties, Set<Cond> conditions) {

        public ProposalFilter {
            channels = enumSet(channels, Channel.class);
            parties = enumSet(parties, Party.class);
            conditions = enumSet(conditions, Cond.class);
        }

        boolean matches(Situation s) {
            ProposedAction p = s.proposal;
            if (!channels.contains(p.channel()) || !parties.contains(p.party())) {
                return false;
            }
            for (Cond c : conditions) {
                if (!holds(c, s)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean holds(Cond c, Situation s) {
            ProposedAction p = s.proposal;
            return switch (c) {
                case AT_WORKPLACE -> s.atWorkplace();
                case AT_HOME -> (p.channel() == Channel.CALL && (s.target == null || s.target.phoneType() != PhoneType.WORK))
                        || (p.channel() == Channel.VISIT && !p.atWorkplace());
                case TO_PERSONAL_NUMBER -> s.isPersonal(s.target);
                case TO_OTHER_NUMBER -> !s.isPersonal(s.target);
                case TO_EMPLOYER_ADDRESS -> s.target != null && s.target.employerProvided();
                case EMPLOYER_PROHIBITS_CONTACT -> s.context.employerProhibitsContact();
                case NO_OPT_OUT_TEXT -> p.message() == null || !p.message().hasOptOut();
                case MENTIONS_DEBT -> p.message() != null && p.message().mentionsDebt();
            };
        }
    }

    /** Which numbers a counted contact went to. */
    public enum NumberScope { ANY, PERSONAL, OTHER, WORKPLACE }

    /**
     * Which past contacts a rule counts.
     *
     * @param callOutcomes  for calls, the rule outcomes counted ({@link ContactOutcome#asRuleOutcome()});
     *                      other channels are counted whatever their outcome
     * @param skipConsented leave out calls placed inside a consent window
     */
    public record EventFilter(Set<Channel> channels, Set<Direction> directions, Set<Party> parties,
                              Set<ContactOutcome> callOutcomes, NumberScope scope, boolean skipConsented) {

        public EventFilter {
            channels = enumSet(channels, Channel.class);
            directions = enumSet(directions, Direction.class);
            parties = enumSet(parties, Party.class);
            callOutcomes = enumSet(callOutcomes, ContactOutcome.class);
        }

        boolean matches(Situation s, int i) {
            Event.Contact c = s.contacts[i];
            if (!channels.contains(c.channel()) || !directions.contains(c.direction()) || !parties.contains(c.party())) {
                return false;
            }
            if (c.channel() == Channel.CALL && (c.outcome() == null || !callOutcomes.contains(c.outcome().asRuleOutcome()))) {
                return false;
            }
            if (skipConsented && s.contactCovered[i]) {
                return false;
            }
            Location to = s.contactTarget[i];
            return switch (scope) {
                case ANY -> true;
                case PERSONAL -> s.isPersonal(to);
                case OTHER -> !s.isPersonal(to);
                case WORKPLACE -> c.atWorkplace() || (to != null && to.phoneType() == PhoneType.WORK);
            };
        }
    }

    /** An unmodifiable EnumSet: filters are read in the hot loop of the search. */
    private static <E extends Enum<E>> Set<E> enumSet(Set<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        set.addAll(values);
        return Collections.unmodifiableSet(set);
    }

    // ---- short constructors for the pack definitions

    static final Set<Channel> TIMED = EnumSet.of(Channel.CALL, Channel.SMS, Channel.EMAIL, Channel.VISIT);
    static final Set<Party> ANYONE = EnumSet.allOf(Party.class);
    static final Set<ContactOutcome> ALL_OUTCOMES = EnumSet.allOf(ContactOutcome.class);

    static ProposalFilter proposals(Set<Channel> channels, Set<Party> parties, Cond... conditions) {
        return new ProposalFilter(channels, parties, conditions.length == 0 ? Set.of() : EnumSet.of(conditions[0], conditions));
    }
}
