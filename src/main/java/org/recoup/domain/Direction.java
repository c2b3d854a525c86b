package org.recoup.domain;

/** Who started a contact: the collector (OUTBOUND) or the other party (INBOUND). */
public enum Direction {
    OUTBOUND, INBOUND
}
