/**
 * The compliance rule engine: pure Java, no I/O.
 *
 * <p>How the app checks an action:
 * <pre>
 *   DebtorContext debtor = new DebtorContext(locations, employerProhibitsContact, consentToOtherHours,
 *           inconvenientTimes, contacts, debts, events);            // events: the history, any order
 *   ProposedAction call = new ProposedAction(at, Channel.CALL, "P1", Party.DEBTOR, Set.of("D1"),
 *           false, null, null);
 *   Verdict v = ComplianceEngine.standard().check(call, debtor, List.of("US-FED", "US-MA"));
 *   v.verdict();              // PASS, WARN or BLOCK
 *   v.findings();             // code, rule, severity, citation, message (English, Chinese)
 *   v.earliestCompliant();    // when the same call would be allowed, if ever within 366 days
 * </pre>
 * The packs of a debtor and the zones of his locations come from
 * {@link org.recoup.compliance.context.Jurisdictions} and {@link org.recoup.compliance.context.ZoneInference}.
 *
 * <p>The rules are data ({@link org.recoup.compliance.StandardPacks}): each a list of versions with
 * the date from which it holds, each version a generic evaluator with its parameters
 * ({@link org.recoup.compliance.TimeRules}, {@link org.recoup.compliance.CountRules},
 * {@link org.recoup.compliance.BarRules}, {@link org.recoup.compliance.DebtRules}). Readings of the
 * rules are recorded in docs/decisions/00NN-compliance-*.md.
 */
package org.recoup.compliance;
