package org.recoup.ui.work;

import java.time.LocalDate;
import java.util.List;

import org.recoup.domain.ContactOutcome;

/**
 * The keyboard of the log-contact dialog: outcomes by number key (1 No answer, 2 Voicemail,
 * 3 Conversation, 4 Promise to pay, 5 Callback requested, 6 Busy, 7 Refused, 8 Dispute,
 * 9 Cease request, 0 Wrong party), and the defaults a promise starts from.
 */
public final class LogContactModel {

    /** Outcomes in key order: index 0 is key 1, ..., index 9 is key 0. */
    public static final List<ContactOutcome> KEYED = List.of(ContactOutcome.NO_ANSWER, ContactOutcome.VOICEMAIL,
            ContactOutcome.CONVERSATION, ContactOutcome.PROMISE_TO_PAY, ContactOutcome.CALLBACK_REQUESTED,
            ContactOutcome.BUSY, ContactOutcome.REFUSED, ContactOutcome.DISPUTE, ContactOutcome.CEASE_REQUEST,
            ContactOutcome.WRONG_PARTY);

    /** Days after today a promise is due unless the collector says otherwise. */
    public static final int PROMISE_DAYS = 3;

    private LogContactModel() {
    }

    /** The outcome of a number key ("1".."9", "0"), or null. */
    public static ContactOutcome forKey(String key) {
        if (key == null || key.length() != 1 || !Character.isDigit(key.charAt(0))) {
            return null;
        }
        int digit = key.charAt(0) - '0';
        int index = digit == 0 ? 9 : digit - 1;
        return index < KEYED.size() ? KEYED.get(index) : null;
    }

    /** The key of an outcome ("4" for a promise), or "" for one without a key. */
    public static String keyOf(ContactOutcome outcome) {
        int index = KEYED.indexOf(outcome);
        return index < 0 ? "" : String.valueOf((index + 1) % 10);
    }

    public static LocalDate defaultPromiseDate(LocalDate today) {
        return today.plusDays(PROMISE_DAYS);
    }
}
