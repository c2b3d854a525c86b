package org.recoup.service.work;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.recoup.domain.Money;
import org.recoup.service.compliance.ComplianceService;
import org.recoup.service.debtors.DebtorDetail;
import org.recoup.service.debts.DebtView;

/**
 * What a dialog about one debtor needs, loaded once in the background: the debtor and his
 * locations, his debts, the people around him, the amount a promise defaults to per debt (the next
 * instalment of an active plan, else the balance), and the compliance snapshot to check against as
 * the user edits.
 *
 * @param zones the debtor's zones, home first
 */
public record Desk(DebtorDetail debtor, List<DebtView> debts, List<ThirdPartyView> thirdParties,
                   Map<Long, Money> promiseDefaults, ComplianceService.Snapshot snapshot, String homeZone,
                   List<String> zones) {

    public ZoneId home() {
        return ZoneId.of(homeZone);
    }

    /** The debts still worked (not paid, settled, closed or recalled). */
    public List<DebtView> openDebts() {
        return debts.stream().filter(d -> !d.status().isClosed()).toList();
    }
}
