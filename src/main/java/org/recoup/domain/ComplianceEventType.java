package org.recoup.domain;

/** Events that change what may be done with a debtor (RULES.md, SCENARIO-FORMAT.md "events"). */
public enum ComplianceEventType {
    /** A written refusal or cease request was received. */
    CEASE,
    /** An attorney is known to represent the debtor on the debts named. */
    ATTORNEY,
    /** The debtor disputes the debts named (written or not). */
    DISPUTE,
    /** Verification of the disputed debts was mailed. */
    VERIFICATION_MAILED,
    /** The dispute has an outcome. */
    DISPUTE_RESOLVED,
    /** The debtor opted out of a channel, or of one address on it. */
    OPT_OUT,
    /** The debtor consented to be called in a time window. */
    CONSENT,
    /** A third party objected to being contacted. */
    OBJECTION,
    /** The customer said he will not pay because the debt is statute-barred (UK). */
    STATUTE_BARRED_CLAIMED,
    /** The debtor's employer prohibits contact at work. */
    EMPLOYER_PROHIBITS
}
