package org.recoup.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Dates and amounts as spreadsheets write them. */
class ValuesTest {

    static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);

    @Test
    void everySupportedDateFormatReadsTheSameDay() {
        for (String text : new String[] {"2026-01-31", "2026/1/31", "2026.01.31", "20260131", "2026年1月31日",
                "2026 年 1 月 31 日", "2026-01-31 00:00:00", "2026-01-31T09:30:00Z", "31 Jan 2026", "31-Jan-2026",
                "January 31, 2026", "Jan 31 2026", "46053"}) {
            assertThat(Dates.parse(text, null)).as(text).isEqualTo(JAN_31);
        }
        assertThat(Dates.parse("31/01/2026", DateOrder.DMY)).isEqualTo(JAN_31);
        assertThat(Dates.parse("01/31/2026", DateOrder.MDY)).isEqualTo(JAN_31);
        assertThat(Dates.parse("31.01.2026", DateOrder.DMY)).isEqualTo(JAN_31);
        assertThat(Dates.parse("1-31-2026", DateOrder.MDY)).isEqualTo(JAN_31);
    }

    @Test
    void dayAndMonthAreReadInTheMappingsOrderNeverGuessed() {
        assertThat(Dates.parse("02/03/2026", DateOrder.DMY)).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(Dates.parse("02/03/2026", DateOrder.MDY)).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThatThrownBy(() -> Dates.parse("02/03/2026", null)).hasMessageContaining("choose the date order");
        assertThat(Dates.parse("31/01/2026", null)).as("only one reading is a date").isEqualTo(JAN_31);
        assertThatThrownBy(() -> Dates.parse("31/01/2026", DateOrder.MDY))
                .hasMessage("'31/01/2026' is not a date read month/day/year");
    }

    @Test
    void impossibleAndShortYearDatesAreRefusedWithAReason() {
        assertThatThrownBy(() -> Dates.parse("2026-02-30", null)).hasMessage("'2026-02-30' is not a date");
        assertThatThrownBy(() -> Dates.parse("31/01/26", DateOrder.DMY)).hasMessageContaining("two-digit year");
        assertThatThrownBy(() -> Dates.parse("soon", DateOrder.DMY)).hasMessageContaining("is not a date");
        assertThatThrownBy(() -> Dates.parse("2026年13月1日", null)).hasMessage("'2026年13月1日' is not a date");
    }

    @Test
    void amountsWithThousandsSeparatorsAndCurrencySymbolsAreExact() {
        assertThat(Amounts.parse("1,234.50", "USD", '.')).isEqualByComparingTo("1234.50");
        assertThat(Amounts.parse("$1,234.50", "USD", '.')).isEqualByComparingTo("1234.50");
        assertThat(Amounts.parse("US$ 1,234.50", "USD", '.')).isEqualByComparingTo("1234.50");
        assertThat(Amounts.parse("¥12,345.67", "CNY", '.')).isEqualByComparingTo("12345.67");
        assertThat(Amounts.parse("￥2500", "CNY", '.')).isEqualByComparingTo("2500");
        assertThat(Amounts.parse("1,234.50元", "CNY", '.')).isEqualByComparingTo("1234.50");
        assertThat(Amounts.parse("RMB 88", "CNY", '.')).isEqualByComparingTo("88");
        assertThat(Amounts.parse("£1,200.00", "GBP", '.')).isEqualByComparingTo("1200.00");
        assertThat(Amounts.parse("1 234,50 €", "EUR", ',')).isEqualByComparingTo("1234.50");
        assertThat(Amounts.parse("1.234,50", "EUR", ',')).isEqualByComparingTo("1234.50");
        assertThat(Amounts.parse("1\u00a0234.50", "USD", '.')).isEqualByComparingTo("1234.50");
        assertThat(Amounts.parse("(12.00)", "USD", '.')).isEqualByComparingTo("-12.00");
        assertThat(Amounts.parse("-$12.00", "USD", '.')).isEqualByComparingTo("-12.00");
        assertThat(Amounts.parse("12.00-", "USD", '.')).isEqualByComparingTo("-12.00");
        assertThat(Amounts.parse(" ", "USD", '.')).isNull();
        assertThat(Amounts.parse("0.1", "USD", '.')).isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void theOtherSeparatorOnlyGroupsThousandsSoNothingIsGuessed() {
        assertThat(Amounts.parse("1,234", "USD", '.')).isEqualByComparingTo("1234");
        assertThat(Amounts.parse("1.234", "KWD", '.')).as("three decimals: the mapping said '.'").isEqualByComparingTo("1.234");
        assertThat(Amounts.parse("1.234", "EUR", ',')).isEqualByComparingTo("1234");
        assertThatThrownBy(() -> Amounts.parse("1.234,5", "USD", '.')).hasMessageStartingWith("'1.234,5' is not an amount");
        assertThatThrownBy(() -> Amounts.parse("1,23", "USD", '.')).hasMessageStartingWith("'1,23' is not an amount");
        assertThatThrownBy(() -> Amounts.parse("12,34,567", "USD", '.')).hasMessageStartingWith("'12,34,567' is not an amount");
        assertThatThrownBy(() -> Amounts.parse("1,234.50", "EUR", ',')).hasMessageStartingWith("'1,234.50' is not an amount");
    }

    @Test
    void aCurrencySymbolMustBeTheRowsCurrency() {
        assertThatThrownBy(() -> Amounts.parse("£12.00", "USD", '.')).hasMessage("'£12.00' is not in the row's currency USD");
        assertThatThrownBy(() -> Amounts.parse("¥12.00", "USD", '.')).hasMessage("'¥12.00' is not in the row's currency USD");
        assertThat(Amounts.parse("$12.00", "HKD", '.')).as("a dollar sign stands for any dollar").isEqualByComparingTo("12");
        assertThatThrownBy(() -> Amounts.parse("12 apples", "USD", '.')).hasMessageContaining("'apples' is not a currency");
    }
}
