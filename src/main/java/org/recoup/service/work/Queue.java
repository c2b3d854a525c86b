package org.recoup.service.work;

import java.time.Instant;
import java.util.List;

/**
 * The work queue at an instant, in priority order.
 *
 * @param debtorsConsidered debtors with a debt still worked
 * @param checks            compliance checks made to build it
 */
public record Queue(Instant at, List<QueueItem> items, int debtorsConsidered, long checks) {
}
