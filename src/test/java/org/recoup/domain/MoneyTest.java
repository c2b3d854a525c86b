package org.recoup.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsTakeTheScaleOfTheirCurrency() {
        assertThat(Money.of("12.5", "USD").toPlainString()).isEqualTo("12.50");
        assertThat(Money.of("1200", "JPY").toPlainString()).isEqualTo("1200");
        assertThat(Money.of("1.5", "KWD").toPlainString()).isEqualTo("1.500");
        assertThat(Money.of("3", "cny").currency()).isEqualTo("CNY");
    }

    @Test
    void moreDecimalsThanTheCurrencyHasAreRefusedNotRounded() {
        assertThatThrownBy(() -> Money.of("10.005", "USD"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("more decimals than USD allows (2)");
        assertThatThrownBy(() -> Money.of("10.5", "JPY")).isInstanceOf(ValidationException.class);
        assertThat(Money.of("10.500", "USD").toPlainString()).isEqualTo("10.50");
    }

    @Test
    void missingOrUnknownCurrencyNamesTheField() {
        assertThatThrownBy(() -> Money.of("1", null)).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("currency");
        assertThatThrownBy(() -> Money.of("1", "XYZ")).hasMessageContaining("'XYZ' is not an ISO 4217 currency code");
    }

    @Test
    void arithmeticStaysExactAndNeverMixesCurrencies() {
        Money a = Money.of("0.10", "USD");
        Money sum = Money.zero("USD");
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(a);
        }
        assertThat(sum).isEqualTo(Money.of("1.00", "USD"));
        assertThat(sum.minus(Money.of("1.01", "USD")).isNegative()).isTrue();
        assertThatThrownBy(() -> a.plus(Money.of("1", "GBP"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void notANumberIsExplained() {
        assertThatThrownBy(() -> Money.parseAmount("12,50", "debt.principal"))
                .hasMessage("debt.principal: '12,50' is not a number");
        assertThat(Money.parseAmount(" 7.25 ", "x")).isEqualByComparingTo(new BigDecimal("7.25"));
    }
}
