package org.recoup.compliance;

/** What a debtor's location is: a postal address, a phone number or an email address. */
public enum LocationKind {
    ADDRESS, PHONE, EMAIL
}
