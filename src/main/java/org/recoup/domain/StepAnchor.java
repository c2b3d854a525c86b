package org.recoup.domain;

/** What a strategy step's days count from. */
public enum StepAnchor {
    PLACEMENT, PREVIOUS_STEP
}
