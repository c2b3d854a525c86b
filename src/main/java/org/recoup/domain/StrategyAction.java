package org.recoup.domain;

/** What a step of a collection strategy does. */
public enum StrategyAction {
    CALL, SMS, EMAIL, LETTER, VISIT,
    /** Hand the debt to someone to decide on legal action. */
    LEGAL_REVIEW
}
