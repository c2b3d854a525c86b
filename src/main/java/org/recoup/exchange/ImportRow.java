package org.recoup.exchange;

import java.time.LocalDate;
import java.util.List;

import org.recoup.domain.DebtStatus;
import org.recoup.domain.DebtorKind;
import org.recoup.domain.Language;
import org.recoup.domain.Money;
import org.recoup.domain.Product;

/**
 * One data row of an import file, read into typed values by the mapping, with the problems found
 * in its cells. Values the row leaves blank are null (interest and fees zero): the caller applies
 * defaults (kind PERSON, status NEW, the mapping's product), and an update keeps what it had. Text
 * is not yet checked against the domain's rules (lengths, e-mail form, phone numbers): that
 * happens when the debtor and debt are built from it.
 */
public record ImportRow(int line, String[] cells,
                        String name, String nativeName, DebtorKind kind, Language language, String notes,
                        String addressLine, String city, String region, String postalCode, String country,
                        List<PhoneCell> phones, List<EmailCell> emails,
                        String reference, String originalCreditor, Product product, String currency,
                        Money principal, Money interest, Money fees,
                        LocalDate placementDate, LocalDate originationDate, LocalDate delinquencyDate,
                        LocalDate chargeOffDate, LocalDate lastPaymentDate, LocalDate itemizationDate,
                        Integer limitationYears, DebtStatus status,
                        List<Rejection> problems) {

    /** An e-mail address as a row gives it, with the column it came from. */
    public record EmailCell(String text, String column) {
    }

    public boolean rejected() {
        return !problems.isEmpty();
    }

    /** Whether the row gives an address (any part of one). */
    public boolean hasAddress() {
        return addressLine != null || city != null || region != null || postalCode != null;
    }
}
