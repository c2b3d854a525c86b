package org.recoup.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.recoup.domain.Language;
import org.recoup.domain.Money;

class LetterFormatsTest {

    private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2026, 12, 31);

    @Test
    void datesInTheLettersLanguage() {
        assertThat(LetterFormats.date(NEW_YEARS_EVE, Language.EN)).isEqualTo("31 December 2026");
        assertThat(LetterFormats.date(NEW_YEARS_EVE, Language.ZH)).isEqualTo("2026年12月31日");
        assertThat(LetterFormats.date(LocalDate.of(2027, 1, 8), Language.ZH)).isEqualTo("2027年1月8日");
    }

    @Test
    void amountsWithTheirCurrencySign() {
        assertThat(LetterFormats.money(Money.of("1234.50", "USD"), Language.EN)).isEqualTo("$1,234.50");
        assertThat(LetterFormats.money(Money.of("1234.50", "GBP"), Language.EN)).isEqualTo("£1,234.50");
        assertThat(LetterFormats.money(Money.of("1234.50", "CNY"), Language.EN)).isEqualTo("¥1,234.50");
        assertThat(LetterFormats.money(Money.of("1234.50", "CNY"), Language.ZH)).isEqualTo("¥1,234.50");
        assertThat(LetterFormats.money(Money.of("1234.50", "USD"), Language.ZH)).isEqualTo("US$1,234.50");
        assertThat(LetterFormats.money(Money.of("1234567.5", "EUR"), Language.EN)).isEqualTo("€1,234,567.50");
        assertThat(LetterFormats.money(Money.of("1234", "JPY"), Language.EN)).isEqualTo("¥1,234");
        assertThat(LetterFormats.money(Money.of("-12.5", "USD"), Language.EN)).isEqualTo("-$12.50");
        assertThat(LetterFormats.money(Money.of("99.999", "KWD"), Language.EN)).isEqualTo("KWD 99.999");
    }

    @Test
    void currencyNamesInChinese() {
        assertThat(LetterFormats.currency("CNY", Language.ZH)).isEqualTo("人民币");
        assertThat(LetterFormats.currency("CNY", Language.EN)).isEqualTo("CNY");
    }

    @Test
    void letterLanguageCodes() {
        assertThat(LetterLanguage.fromCode("en+zh")).isEqualTo(LetterLanguage.EN_ZH);
        assertThat(LetterLanguage.fromCode("zh")).isEqualTo(LetterLanguage.ZH);
        assertThat(LetterLanguage.of(Language.ZH)).isEqualTo(LetterLanguage.ZH);
        assertThat(LetterLanguage.of(null)).isEqualTo(LetterLanguage.EN);
        assertThat(LetterLanguage.EN_ZH.sections()).containsExactly(Language.EN, Language.ZH);
    }

    @Test
    void paperByJurisdiction() {
        assertThat(Paper.forCountry("US")).isEqualTo(Paper.LETTER);
        assertThat(Paper.forCountry("GB")).isEqualTo(Paper.A4);
        assertThat(Paper.forCountry("CN")).isEqualTo(Paper.A4);
        assertThat(Paper.forCountry(null)).isEqualTo(Paper.A4);
    }
}
