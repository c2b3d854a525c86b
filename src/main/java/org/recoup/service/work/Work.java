package org.recoup.service.work;

import java.util.List;
import java.util.Set;

import org.recoup.domain.Debt;
import org.recoup.domain.Debtor;
import org.recoup.domain.Location;
import org.recoup.domain.ThirdParty;
import org.recoup.domain.ValidationException;
import org.recoup.store.StoreSession;

/** Look-ups the daily-work services share, each refusing what does not belong to the debtor. */
final class Work {

    private Work() {
    }

    static Debtor debtor(StoreSession s, long debtorId) {
        return s.debtors().find(debtorId)
                .orElseThrow(() -> new ValidationException("debtor", "no debtor with id " + debtorId));
    }

    /** The debtor's debts named by id (all of them when none are named), refusing another debtor's. */
    static List<Debt> ownDebts(StoreSession s, long debtorId, Set<Long> debtIds) {
        List<Debt> debts = s.debts().forDebtor(debtorId);
        for (long id : debtIds) {
            if (debts.stream().noneMatch(d -> d.getId() == id)) {
                throw new ValidationException("debts", "debt " + id + " is not one of this debtor's");
            }
        }
        return debtIds.isEmpty() ? debts : debts.stream().filter(d -> debtIds.contains(d.getId())).toList();
    }

    static Location location(Debtor debtor, long locationId) {
        return debtor.getLocations().stream().filter(l -> l.getId() == locationId).findFirst()
                .orElseThrow(() -> new ValidationException("location", "location " + locationId
                        + " is not one of this debtor's"));
    }

    static ThirdParty thirdParty(StoreSession s, long debtorId, long thirdPartyId) {
        ThirdParty t = s.thirdParties().find(thirdPartyId)
                .orElseThrow(() -> new ValidationException("thirdParty", "no third party with id " + thirdPartyId));
        if (t.getDebtorId() != debtorId) {
            throw new ValidationException("thirdParty", "third party " + thirdPartyId + " is not one of this debtor's");
        }
        return t;
    }

    static java.time.ZoneId home(Debtor debtor) {
        return java.time.ZoneId.of(debtor.homeZone().orElse("UTC"));
    }
}
