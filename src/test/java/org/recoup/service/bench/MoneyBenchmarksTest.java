package org.recoup.service.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MoneyBenchmarksTest {

    @Test
    void standardBenchmarksReportPaymentRateAndBalanceP95() {
        assertThat(Benchmarks.standard().figureNames()).contains("payment.rate", "balance.p95");
    }
}
