package org.recoup.compliance;

/** What an SMS, email or third-party contact says, as far as the rules care. */
public record Message(boolean hasOptOut, boolean mentionsDebt) {
}
