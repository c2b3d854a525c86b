package org.recoup.domain.view;

import java.math.BigDecimal;
import java.time.Instant;

import org.recoup.domain.DebtStatus;

/**
 * Which debtors to list; every field is optional (null: any).
 *
 * @param status            a debtor with at least one debt in this status
 * @param clientId          a debtor with at least one debt for this client
 * @param minBalance        balance at least this (in the debtor's currency)
 * @param maxBalance        balance at most this
 * @param lastContactBefore last contact before this instant, or never contacted
 * @param lastContactAfter  last contact at or after this instant
 * @param namePrefix        name (either script) starting with this
 */
public record DebtorFilter(DebtStatus status, Long clientId, BigDecimal minBalance, BigDecimal maxBalance,
                           Instant lastContactBefore, Instant lastContactAfter, String namePrefix) {

    public static final DebtorFilter ALL = new DebtorFilter(null, null, null, null, null, null, null);

    public DebtorFilter withStatus(DebtStatus value) {
        return new DebtorFilter(value, clientId, minBalance, maxBalance, lastContactBefore, lastContactAfter, namePrefix);
    }

    public DebtorFilter withClient(Long value) {
        return new DebtorFilter(status, value, minBalance, maxBalance, lastContactBefore, lastContactAfter, namePrefix);
    }

    public DebtorFilter withBalance(BigDecimal min, BigDecimal max) {
        return new DebtorFilter(status, clientId, min, max, lastContactBefore, lastContactAfter, namePrefix);
    }

    public DebtorFilter withLastContact(Instant after, Instant before) {
        return new DebtorFilter(status, clientId, minBalance, maxBalance, before, after, namePrefix);
    }

    public DebtorFilter withNamePrefix(String value) {
        return new DebtorFilter(status, clientId, minBalance, maxBalance, lastContactBefore, lastContactAfter, value);
    }
}
