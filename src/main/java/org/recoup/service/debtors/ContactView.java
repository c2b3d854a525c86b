package org.recoup.service.debtors;

import java.time.Instant;
import java.util.List;

import org.recoup.domain.Channel;
import org.recoup.domain.ContactOutcome;
import org.recoup.domain.Direction;
import org.recoup.domain.Party;

/** One line of a debtor's contact log. */
public record ContactView(long id, Instant at, Channel channel, Direction direction, Party party, String location,
                          ContactOutcome outcome, String notes, List<String> debtReferences) {
}
