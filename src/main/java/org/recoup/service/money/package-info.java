/**
 * Money use cases for the window's "Plan and payments" tab and the command line: payments and
 * reversals, fees, adjustments, write-offs, interest, repayment plans, itemization and limitation.
 * {@link org.recoup.service.money.MoneyService} is the entry point; each of its methods is one
 * transaction and returns view records (this package) that a view can bind to directly. Bad input
 * is a {@link org.recoup.domain.ValidationException} naming the field, and nothing is saved.
 *
 * <p>For the tab:
 * <ul>
 * <li>refresh: {@code overview(debtId)} gives the balance by bucket, the ledger (with running
 *     balance and which payments can be reversed), the plan with its progress, the limitation and
 *     the interest terms, in one transaction;</li>
 * <li>record payment dialog: {@code paymentWarnings(debtId, date)} as the date is chosen (a revival
 *     is acknowledged before saving), {@code recordPayment(PaymentRequest)}, then show the receipt's
 *     warnings; reversal dialog: offer rows whose {@code reversible()} is true, then
 *     {@code reversePayment(entryId, date, reason)};</li>
 * <li>plan editor: {@code previewPlan(debtId, PlanRequest)} on every edit (nothing is written),
 *     {@code agreePlan} on save, {@code cancelPlan(planId, reason)};</li>
 * <li>broken plans: {@code PlanView.broken()} in the tab, {@code debtorsWithBrokenPlans(ids)} for
 *     the list; {@code evaluatePlans(today)} records what the payments say (run it at start-up or
 *     daily);</li>
 * <li>other: {@code addFee}, {@code adjust}, {@code writeOff}, {@code postInterest},
 *     {@code setInterestTerms}, {@code setAllocationOrder}, {@code setLimitationYears},
 *     {@code itemization}.</li>
 * </ul>
 */
package org.recoup.service.money;
