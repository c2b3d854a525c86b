package org.recoup.domain;

/**
 * How a contact ended. The first six are the call outcomes of the compliance rules; the others are
 * what a collector records after speaking with someone, and count as a conversation.
 */
public enum ContactOutcome {
    CONVERSATION, VOICEMAIL, NO_ANSWER, BUSY, NOT_IN_SERVICE, WRONG_PARTY,
    PROMISE_TO_PAY, REFUSED, DISPUTE, CEASE_REQUEST, CALLBACK_REQUESTED;

    /** True when the collector spoke with the person (a telephone conversation, RULES.md). */
    public boolean isConversation() {
        return switch (this) {
            case CONVERSATION, PROMISE_TO_PAY, REFUSED, DISPUTE, CEASE_REQUEST, CALLBACK_REQUESTED -> true;
            default -> false;
        };
    }

    /** One of the six call outcomes that the compliance rules and the check format name. */
    public boolean isRuleOutcome() {
        return ordinal() <= WRONG_PARTY.ordinal();
    }

    /** The rule outcome this one counts as: the extra outcomes count as a CONVERSATION. */
    public ContactOutcome asRuleOutcome() {
        return isRuleOutcome() ? this : CONVERSATION;
    }
}
