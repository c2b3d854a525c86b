/**
 * The arithmetic of a debt's money, exact to the cent: bucket balances, payment allocation,
 * simple-interest accrual, plan schedules and progress, itemization and limitation. Pure Java on
 * {@code BigDecimal}, every rounding explicit; no I/O, no database, no clock (dates are passed in).
 */
package org.recoup.money;
