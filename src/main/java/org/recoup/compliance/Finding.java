package org.recoup.compliance;

import java.time.Instant;
import java.util.Optional;

/**
 * One thing a check found.
 *
 * @param earliestCompliant present on findings of INCONVENIENT_TIME, CALL_FREQUENCY and
 *                          CONVERSATION_COOLDOWN when some instant within 366 days clears the action
 */
public record Finding(Code code, String rule, Severity severity, String citation, String message,
                      String messageZh, Optional<Instant> earliestCompliant) {
}
