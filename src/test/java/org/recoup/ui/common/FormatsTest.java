package org.recoup.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.recoup.domain.Language;

class FormatsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 14);

    @Test
    void listDatesAreShortInChineseAndSpelledOutInEnglishSoNeitherReadsBothWays() {
        assertThat(new Formats(Language.ZH.locale()).listDate(DAY)).isEqualTo("2026/11/14");
        assertThat(new Formats(Language.EN.locale()).listDate(DAY)).isEqualTo("14 Nov 2026");
        assertThat(new Formats(Language.EN.locale()).listDate(null)).isEmpty();
    }

    @Test
    void moneyUsesTheCurrencysOwnSymbolAndDecimals() {
        assertThat(new Formats(Language.EN.locale()).money(new BigDecimal("1234.5"), "USD")).isEqualTo("$1,234.50");
        assertThat(new Formats(Language.ZH.locale()).money(new BigDecimal("855719008.81"), "CNY")).isEqualTo("¥855,719,008.81");
    }
}
