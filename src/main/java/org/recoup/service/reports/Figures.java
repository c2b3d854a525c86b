package org.recoup.service.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The dashboard's figures for all clients or for one.
 *
 * @param currencies       money figures, one per currency, by currency code
 * @param collectedByMonth the twelve months up to the day of the report, for each currency of
 *                         {@code currencies}, oldest first (zero where nothing was collected)
 * @param aging            the five buckets for each currency with open debts
 * @param promisesKept     promises decided kept in the period
 * @param promisesBroken   promises decided broken in the period
 * @param plansActive      repayment plans active now
 * @param plansBroken      repayment plans that broke on a day of the period
 * @param compliance       blocks and overrides in the period by rule, most blocks first
 * @param blockedActions   actions the rules blocked in the period (each once, whatever its rules)
 * @param overriddenActions of those, the actions taken anyway
 * @param byStatus         debts by status and currency, in the order of the statuses
 */
public record Figures(List<CurrencyFigures> currencies, List<MonthAmount> collectedByMonth, List<AgingRow> aging,
                      long promisesKept, long promisesBroken, long plansActive, long plansBroken,
                      List<RuleCount> compliance, long blockedActions, long overriddenActions,
                      List<StatusCount> byStatus) {

    public Figures {
        byStatus = List.copyOf(byStatus);
        currencies = List.copyOf(currencies);
        collectedByMonth = List.copyOf(collectedByMonth);
        aging = List.copyOf(aging);
        compliance = List.copyOf(compliance);
    }

    /** Kept ÷ (kept + broken) of the promises decided in the period, in percent; null when none was decided. */
    public BigDecimal promisesKeptPercent() {
        return CurrencyFigures.percent(BigDecimal.valueOf(promisesKept), BigDecimal.valueOf(promisesKept + promisesBroken));
    }

    public Optional<CurrencyFigures> currency(String code) {
        return currencies.stream().filter(c -> c.currency().equals(code)).findFirst();
    }
}
