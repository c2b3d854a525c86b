package org.recoup.ui.money;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.Money;
import org.recoup.service.money.LedgerRow;
import org.recoup.service.money.MoneyWarning;
import org.recoup.service.money.PlanView;
import org.recoup.ui.I18n;
import org.recoup.ui.common.Formats;

/** The money tab's words: warnings by their stable code, ledger rows, plan and instalment states. */
public final class MoneyTexts {

    private final I18n i18n;
    private final Formats formats;
    private final java.time.format.DateTimeFormatter shortDate;

    public MoneyTexts(I18n i18n) {
        this.i18n = i18n;
        this.formats = new Formats(i18n.locale());
        this.shortDate = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.SHORT)
                .withLocale(i18n.locale());
    }

    public I18n i18n() {
        return i18n;
    }

    public Formats formats() {
        return formats;
    }

    public String t(String key, Object... args) {
        return i18n.t(key, args);
    }

    public String money(Money money) {
        return formats.money(money);
    }

    public String date(LocalDate date) {
        return formats.date(date);
    }

    /** A compact date for table columns: "31/01/2027", "2027/1/31". */
    public String shortDate(LocalDate date) {
        return date == null ? "" : shortDate.format(date);
    }

    /** The key a warning's words are kept under: {@code money.warning.} + its code. */
    public static String warningKey(MoneyWarning warning) {
        return "money.warning." + warning.code();
    }

    /** Whether the user must say they understand before the action goes ahead (a time-barred debt may be revived). */
    public static boolean needsAcknowledgement(MoneyWarning warning) {
        return MoneyWarning.LIMITATION_EXPIRED.equals(warning.code());
    }

    /**
     * A warning in the user's language, by its code; the service's English sentence when the code
     * is not known here or the limitation date is not.
     *
     * @param expiry the limitation expiry the warning is about
     * @param on     the day of the payment or plan (for "in N days")
     */
    public String warning(MoneyWarning warning, LocalDate expiry, LocalDate on) {
        String key = warningKey(warning);
        if (expiry == null || key.equals(i18n.t(key))) {
            return warning.message();
        }
        long days = on == null ? 0 : ChronoUnit.DAYS.between(on, expiry);
        return i18n.t(key, formats.date(expiry), days);
    }

    public String entryType(LedgerRow row) {
        String type = i18n.t("money.entry", row.type());
        if (row.type() == LedgerEntryType.PAYMENT && row.reversedBy() != null) {
            return i18n.t("money.entry.reversedPayment", type);
        }
        return type;
    }

    public String method(org.recoup.domain.PaymentMethod method) {
        return method == null ? "" : i18n.t("money.method", method);
    }

    public String planStatus(PlanView plan) {
        return plan.broken() ? i18n.t("money.planStatus.BROKEN") : i18n.t("money.planStatus", plan.status());
    }

    public String instalmentState(InstalmentStates.Shown state) {
        return i18n.t("money.instalment", state);
    }
}
