package org.recoup.compliance;

import java.util.List;

/**
 * Everything the rules read about a debtor: his locations (the first one with a zone sets the home
 * zone), what he said, the people around him, his debts and the history of events (any order).
 */
public record DebtorContext(List<Location> locations, boolean employerProhibitsContact,
                            boolean consentToOtherHours, List<TimeRange> inconvenientTimes,
                            List<ThirdPartyContact> contacts, List<DebtInfo> debts, List<Event> events) {

    public DebtorContext {
        locations = List.copyOf(locations);
        inconvenientTimes = List.copyOf(inconvenientTimes);
        contacts = List.copyOf(contacts);
        debts = List.copyOf(debts);
        events = List.copyOf(events);
    }

    /** The same debtor with another history. */
    public DebtorContext withEvents(List<Event> other) {
        return new DebtorContext(locations, employerProhibitsContact, consentToOtherHours, inconvenientTimes,
                contacts, debts, other);
    }
}
