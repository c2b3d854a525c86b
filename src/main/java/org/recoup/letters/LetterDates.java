package org.recoup.letters;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates a letter states. Only {@code letterDate} is always needed; each template says which
 * others it prints (the renderer refuses a letter that lacks one it needs).
 *
 * @param letterDate         the date of the letter (and of posting, unless stated otherwise)
 * @param payBy              the date by which we ask for payment (demand, final notice, 催收函)
 * @param validationEndDate  the end of the validation period (validation notice), computed by the
 *                           caller as in RULES.md US-VAL-2 (see {@link ValidationPeriod}) and printed as given
 * @param remedyDate         the date by which a UK default must be remedied (at least 14 days after service)
 * @param paidDate           the date the debt was paid or settled (paid in full)
 */
public record LetterDates(LocalDate letterDate, LocalDate payBy, LocalDate validationEndDate, LocalDate remedyDate,
        LocalDate paidDate) {

    public LetterDates {
        Objects.requireNonNull(letterDate, "letterDate");
    }

    public static LetterDates of(LocalDate letterDate) {
        return new LetterDates(letterDate, null, null, null, null);
    }

    public LetterDates withPayBy(LocalDate date) {
        return new LetterDates(letterDate, date, validationEndDate, remedyDate, paidDate);
    }

    public LetterDates withValidationEndDate(LocalDate date) {
        return new LetterDates(letterDate, payBy, date, remedyDate, paidDate);
    }

    public LetterDates withRemedyDate(LocalDate date) {
        return new LetterDates(letterDate, payBy, validationEndDate, date, paidDate);
    }

    public LetterDates withPaidDate(LocalDate date) {
        return new LetterDates(letterDate, payBy, validationEndDate, remedyDate, date);
    }
}
