package org.recoup.domain;

/** How a contact reaches its party. CREDIT_REPORT is a report to a credit bureau about a debt. */
public enum Channel {
    CALL, SMS, EMAIL, VISIT, LETTER, CREDIT_REPORT
}
