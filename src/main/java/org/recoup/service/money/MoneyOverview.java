package org.recoup.service.money;

import java.util.List;

/**
 * Everything the "Plan and payments" tab shows for one debt, read in one transaction.
 *
 * @param plan the active plan, else the latest one, else null
 */
public record MoneyOverview(BalanceView balance, List<LedgerRow> ledger, PlanView plan, LimitationView limitation,
                            InterestView interest) {
}
