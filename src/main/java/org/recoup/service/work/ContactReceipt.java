package org.recoup.service.work;

import java.time.Instant;
import java.util.List;

import org.recoup.service.compliance.CheckResult;

/**
 * What logging a contact did.
 *
 * @param check         the compliance check of an outbound contact (null for inbound ones)
 * @param overridden    it was blocked and logged with the written reason
 * @param promiseId     the promise it recorded, or null
 * @param callbackId    the callback it scheduled, or null
 * @param callbackAt    when that callback is (moved to the earliest compliant time if the time asked was not)
 * @param effects       what else changed, one line each ("NWB-1: ACTIVE → DISPUTED", "callback moved ...")
 */
public record ContactReceipt(long contactId, CheckResult check, boolean overridden, Long promiseId, Long callbackId,
                             Instant callbackAt, List<String> effects) {
}
