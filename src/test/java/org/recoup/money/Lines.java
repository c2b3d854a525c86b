package org.recoup.money;

import java.time.Instant;
import java.time.LocalDate;

import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.Money;
import org.recoup.domain.view.LedgerLine;

/** Ledger lines for tests. */
final class Lines {

    private static long nextId = 1;

    private Lines() {
    }

    static LedgerLine line(LedgerEntryType type, String date, String currency, String principal, String interest,
                           String fees, String credit) {
        return line(type, date, currency, principal, interest, fees, credit, null);
    }

    static LedgerLine line(LedgerEntryType type, String date, String currency, String principal, String interest,
                           String fees, String credit, Long reverses) {
        return new LedgerLine(nextId++, type, LocalDate.parse(date), Instant.EPOCH, Money.of(principal, currency),
                Money.of(interest, currency), Money.of(fees, currency), Money.of(credit, currency), null, null,
                reverses, null);
    }

    static LedgerLine of(LedgerEntryType type, LocalDate date, Buckets delta) {
        return new LedgerLine(nextId++, type, date, Instant.EPOCH, delta.principal(), delta.interest(), delta.fees(),
                delta.credit(), null, null, null, null);
    }
}
