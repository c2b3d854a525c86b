/**
 * Money use cases for the window's "Plan and payments" tab and the command line: payments and
 * reversals, fees, adjustments, write-offs, interest, repayment plans, itemization and limitation.
 * {@link org.recoup.service.money.MoneyService} is the entry point; each of its methods is one
 * transaction and returns view records (this package) that a view can bind to directly. Bad input
 * is a {@link org.recoup.domain.ValidationException} naming the field, and nothing is saved.
 */
package org.recoup.service.money;
