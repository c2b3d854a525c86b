package org.recoup.service.exchange;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import org.recoup.domain.DebtStatus;
import org.recoup.domain.Money;
import org.recoup.store.BulkWriter;

/**
 * The debtors list's projection of a debtor whose debts an import writes, built from those debts
 * by the store's rules (DebtorSummaries): the headline of their statuses, and the sum of what the
 * debts that count owe when they share a currency (none when they do not).
 */
final class SummaryAccumulator {

    private final Set<DebtStatus> statuses = EnumSet.noneOf(DebtStatus.class);
    private BigDecimal balance = BigDecimal.ZERO;
    private String currency;
    private boolean mixed;

    void add(DebtStatus status, Money owed) {
        statuses.add(status);
        if (!status.countsInBalance()) {
            return;
        }
        if (currency == null) {
            currency = owed.currency();
        } else if (!currency.equals(owed.currency())) {
            mixed = true;
        }
        balance = balance.add(owed.amount());
    }

    BulkWriter.Summary summary() {
        boolean none = mixed || currency == null;
        return new BulkWriter.Summary(none ? null : balance, mixed ? null : currency, DebtStatus.headline(statuses), null);
    }
}
