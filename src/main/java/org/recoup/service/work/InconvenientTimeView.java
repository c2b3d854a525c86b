package org.recoup.service.work;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/** A local time range the debtor said is inconvenient (home zone; {@code days} empty for every day). */
public record InconvenientTimeView(long id, LocalTime from, LocalTime to, Set<DayOfWeek> days) {
}
