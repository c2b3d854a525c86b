package org.recoup.ui.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.recoup.domain.Language;
import org.recoup.ui.I18n;
import org.recoup.ui.money.AmountInput.Problem;
import org.recoup.ui.money.AmountInput.Sign;

class AmountInputTest {

    private static final Locale UK = Locale.UK;

    private static Problem problem(String text, String currency) {
        return AmountInput.parse(text, currency, UK, Sign.POSITIVE).problem();
    }

    @Test
    void usdTakesTwoDecimalsAndNoMore() {
        assertThat(AmountInput.parse("250.00", "USD", UK, Sign.POSITIVE).value()).isEqualByComparingTo("250");
        assertThat(problem("250.5", "USD")).isNull();
        assertThat(problem("250.001", "USD")).isEqualTo(Problem.TOO_MANY_DECIMALS);
        assertThat(problem("250.010", "USD")).as("trailing zeros do not count").isNull();
    }

    @Test
    void yenTakesNoDecimals() {
        assertThat(problem("12000", "JPY")).isNull();
        assertThat(problem("12000.0", "JPY")).isNull();
        assertThat(problem("12000.5", "JPY")).isEqualTo(Problem.TOO_MANY_DECIMALS);
    }

    @Test
    void kuwaitiDinarTakesThreeDecimals() {
        assertThat(problem("12.345", "KWD")).isNull();
        assertThat(problem("12.3456", "KWD")).isEqualTo(Problem.TOO_MANY_DECIMALS);
    }

    @Test
    void groupingSeparatorsOfTheLocaleAreAccepted() {
        assertThat(AmountInput.parse("1,250.50", "USD", UK, Sign.POSITIVE).value()).isEqualByComparingTo("1250.50");
        assertThat(AmountInput.parse(" 1,000 ", "CNY", Locale.SIMPLIFIED_CHINESE, Sign.POSITIVE).value())
                .isEqualByComparingTo("1000");
    }

    @Test
    void blankZeroNegativeAndWordsAreRefusedForAPayment() {
        assertThat(problem("", "USD")).isEqualTo(Problem.REQUIRED);
        assertThat(problem("  ", "USD")).isEqualTo(Problem.REQUIRED);
        assertThat(problem("0", "USD")).isEqualTo(Problem.ZERO);
        assertThat(problem("-5", "USD")).isEqualTo(Problem.NEGATIVE);
        assertThat(problem("12abc", "USD")).isEqualTo(Problem.NOT_A_NUMBER);
        assertThat(problem("1e3", "USD")).isEqualTo(Problem.NOT_A_NUMBER);
    }

    @Test
    void anAdjustmentMayGoDownButNotBeZero() {
        assertThat(AmountInput.parse("-25.00", "USD", UK, Sign.NOT_ZERO).value()).isEqualByComparingTo("-25");
        assertThat(AmountInput.parse("0", "USD", UK, Sign.NOT_ZERO).problem()).isEqualTo(Problem.ZERO);
        assertThat(AmountInput.parse("0", "USD", UK, Sign.NOT_NEGATIVE).problem()).isNull();
    }

    @Test
    void theDecimalsProblemNamesTheCurrencyInBothLanguages() {
        I18n en = new I18n(Language.EN);
        I18n zh = new I18n(Language.ZH);
        assertThat(AmountInput.message(Problem.TOO_MANY_DECIMALS, "JPY", en)).isEqualTo("JPY amounts have no decimals");
        assertThat(AmountInput.message(Problem.TOO_MANY_DECIMALS, "KWD", en)).isEqualTo("KWD amounts have at most 3 decimals");
        assertThat(AmountInput.message(Problem.TOO_MANY_DECIMALS, "USD", en)).isEqualTo("USD amounts have at most 2 decimals");
        assertThat(AmountInput.message(Problem.TOO_MANY_DECIMALS, "JPY", zh)).isEqualTo("JPY 金额不能有小数");
        assertThat(AmountInput.message(null, "USD", en)).isNull();
    }
}
