package org.recoup.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.UserInputException;
import org.recoup.domain.view.DebtorFilter;

class FilterExpressionTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    private static DebtorFilter parse(String text) {
        return FilterExpression.parse(text, name -> name.equalsIgnoreCase("Northwind Bank") ? 7L : null, CLOCK);
    }

    @Test
    void conditionsCombine() {
        DebtorFilter f = parse("status=active, client=northwind bank, balance>=1000, balance<=5000.50, name=zh");
        assertThat(f.status()).isEqualTo(DebtStatus.ACTIVE);
        assertThat(f.clientId()).isEqualTo(7L);
        assertThat(f.minBalance()).isEqualByComparingTo("1000");
        assertThat(f.maxBalance()).isEqualByComparingTo(new BigDecimal("5000.50"));
        assertThat(f.namePrefix()).isEqualTo("zh");
    }

    @Test
    void lastContactReadsDaysAndDates() {
        assertThat(parse("lastContact<30d").lastContactBefore()).isEqualTo(Instant.parse("2026-10-26T12:00:00Z"));
        assertThat(parse("lastContact>=7d").lastContactAfter()).isEqualTo(Instant.parse("2026-11-18T12:00:00Z"));
        assertThat(parse("lastContact<2026-10-01").lastContactBefore()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
    }

    @Test
    void emptyMeansEverything() {
        assertThat(parse(" ")).isEqualTo(DebtorFilter.ALL);
    }

    @Test
    void aConditionThatCannotBeReadIsNamed() {
        assertThatThrownBy(() -> parse("status=SLEEPING")).isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("--filter: 'status=SLEEPING': 'SLEEPING' is not a status");
        assertThatThrownBy(() -> parse("client=Nobody")).hasMessageContaining("no client named 'Nobody'");
        assertThatThrownBy(() -> parse("balance>=lots")).hasMessageContaining("'lots' is not a number");
        assertThatThrownBy(() -> parse("colour=red")).hasMessageContaining("unknown key 'colour'");
        assertThatThrownBy(() -> parse("status")).hasMessageContaining("key=value");
        assertThatThrownBy(() -> parse("lastContact<soon")).hasMessageContaining("neither a number of days");
    }
}
