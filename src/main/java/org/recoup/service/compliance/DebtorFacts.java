package org.recoup.service.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.recoup.domain.ComplianceEvent;
import org.recoup.domain.Contact;
import org.recoup.domain.Debt;
import org.recoup.domain.Debtor;
import org.recoup.domain.InconvenientTime;
import org.recoup.domain.ThirdParty;

/**
 * Everything stored about a debtor that the compliance rules read, loaded one debtor at a time
 * or many at once (the work queue); {@link ComplianceContexts} turns it into the engine's context.
 *
 * @param lastPayments each debt's latest payment not reversed (debts without one left out)
 */
public record DebtorFacts(Debtor debtor, List<ThirdParty> thirdParties, List<InconvenientTime> inconvenientTimes,
                          List<Debt> debts, List<Contact> contacts, List<ComplianceEvent> events,
                          Map<Long, LocalDate> lastPayments) {
}
