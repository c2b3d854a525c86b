package org.recoup.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.recoup.domain.Debt;
import org.recoup.domain.PlanStatus;
import org.recoup.domain.RepaymentPlan;

/** Repayment plans with their instalments; at most one ACTIVE plan per debt. */
public final class Plans {

    private final StoreSession store;

    Plans(StoreSession store) {
        this.store = store;
    }

    /** Saves a new or changed plan of {@code debt} and marks its debtor. */
    public RepaymentPlan save(Debt debt, RepaymentPlan plan) {
        if (plan.getDebtId() != debt.getId()) {
            throw new IllegalArgumentException("plan of debt " + plan.getDebtId() + " given with debt " + debt.getId());
        }
        RepaymentPlan saved;
        if (plan.getId() == null) {
            store.hibernate().persist(plan);
            saved = plan;
        } else {
            saved = store.hibernate().merge(plan);
        }
        store.hibernate().flush();
        store.touchDebtor(debt.getDebtorId());
        return saved;
    }

    public Optional<RepaymentPlan> find(long id) {
        return store.hibernate()
                .createSelectionQuery("from RepaymentPlan p left join fetch p.instalments where p.id = :id",
                        RepaymentPlan.class)
                .setParameter("id", id)
                .uniqueResultOptional();
    }

    /** The debt's active plan, if it has one. */
    public Optional<RepaymentPlan> active(long debtId) {
        return store.hibernate()
                .createSelectionQuery("from RepaymentPlan p left join fetch p.instalments"
                        + " where p.debtId = :debt and p.status = :status", RepaymentPlan.class)
                .setParameter("debt", debtId)
                .setParameter("status", PlanStatus.ACTIVE)
                .uniqueResultOptional();
    }

    /** Every plan of the debt, newest first. */
    public List<RepaymentPlan> forDebt(long debtId) {
        return store.hibernate()
                .createSelectionQuery("from RepaymentPlan p left join fetch p.instalments where p.debtId = :debt"
                        + " order by p.agreedAt desc, p.id desc", RepaymentPlan.class)
                .setParameter("debt", debtId)
                .getResultList();
    }

    /** Every active plan, oldest first. */
    public List<RepaymentPlan> allActive() {
        return store.hibernate()
                .createSelectionQuery("from RepaymentPlan p left join fetch p.instalments where p.status = :status"
                        + " order by p.id", RepaymentPlan.class)
                .setParameter("status", PlanStatus.ACTIVE)
                .getResultList();
    }

    /** Of {@code debtorIds}, those with a debt whose latest plan is BROKEN. */
    public Set<Long> debtorsWithBrokenPlans(Collection<Long> debtorIds) {
        if (debtorIds.isEmpty()) {
            return Set.of();
        }
        List<Long> found = store.hibernate()
                .createSelectionQuery("select distinct d.debtorId from RepaymentPlan p join Debt d on d.id = p.debtId"
                        + " where d.debtorId in :debtors and p.status = :broken and not exists ("
                        + " select 1 from RepaymentPlan later where later.debtId = p.debtId"
                        + " and (later.agreedAt > p.agreedAt or (later.agreedAt = p.agreedAt and later.id > p.id)))",
                        Long.class)
                .setParameter("debtors", debtorIds)
                .setParameter("broken", PlanStatus.BROKEN)
                .getResultList();
        return new TreeSet<>(found);
    }
}
