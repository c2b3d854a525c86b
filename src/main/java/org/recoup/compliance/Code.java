package org.recoup.compliance;

/** The fixed vocabulary of finding codes (RULES.md, "Codes"). */
public enum Code {
    INCONVENIENT_TIME, CALL_FREQUENCY, CONVERSATION_COOLDOWN, CEASE_COMMUNICATION,
    ATTORNEY_REPRESENTED, WORKPLACE_CONTACT, CHANNEL_OPT_OUT, DISPUTE_PENDING,
    VALIDATION_NOTICE_OVERDUE, VALIDATION_PERIOD, ITEMIZATION_MISMATCH, TIME_BARRED,
    PASSIVE_COLLECTION, THIRD_PARTY_CONTACT, DEFAULT_NOTICE_PERIOD;

    /** The codes whose findings carry {@code earliestCompliant}, and which it must clear. */
    public boolean isTimeOrFrequency() {
        return this == INCONVENIENT_TIME || this == CALL_FREQUENCY || this == CONVERSATION_COOLDOWN;
    }
}
