package org.recoup.service.work;

import java.util.List;

/** What recording an event did: the event, and the debts whose status it changed ("NWB-1: ACTIVE → DISPUTED"). */
public record EventReceipt(EventView event, List<String> statusChanges) {
}
