package org.recoup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanCommandTest {

    private static Cli plan(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "plan";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run(all);
    }

    @Test
    void printsTheScheduleAsJsonWithAmountsAtTheCurrencyScale() {
        Cli cli = plan("--total", "1000", "--currency", "USD", "--count", "3", "--frequency", "MONTHLY",
                "--start", "2026-01-31");
        assertThat(cli.status()).isZero();
        assertThat(cli.out()).isEqualTo("{\"currency\":\"USD\",\"total\":\"1000.00\",\"instalments\":["
                + "{\"n\":1,\"due\":\"2026-01-31\",\"amount\":\"333.33\"},"
                + "{\"n\":2,\"due\":\"2026-02-28\",\"amount\":\"333.33\"},"
                + "{\"n\":3,\"due\":\"2026-03-31\",\"amount\":\"333.34\"}]}" + System.lineSeparator());
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void downPaymentIsInstalmentZeroAndTheInstalmentsSumToTheTotal() {
        Cli cli = plan("--total", "1000", "--currency", "usd", "--count", "2", "--frequency", "fortnightly",
                "--start", "2026-01-30", "--down", "100");
        assertThat(cli.out().strip()).isEqualTo("{\"currency\":\"USD\",\"total\":\"1000.00\",\"instalments\":["
                + "{\"n\":0,\"due\":\"2026-01-30\",\"amount\":\"100.00\"},"
                + "{\"n\":1,\"due\":\"2026-02-13\",\"amount\":\"450.00\"},"
                + "{\"n\":2,\"due\":\"2026-02-27\",\"amount\":\"450.00\"}]}");
    }

    @Test
    void yenAndDinarUseTheirOwnScales() {
        assertThat(plan("--total", "10000", "--currency", "JPY", "--count", "3", "--frequency", "WEEKLY",
                "--start", "2026-01-01").out().strip()).isEqualTo("{\"currency\":\"JPY\",\"total\":\"10000\",\"instalments\":["
                + "{\"n\":1,\"due\":\"2026-01-01\",\"amount\":\"3333\"},"
                + "{\"n\":2,\"due\":\"2026-01-08\",\"amount\":\"3333\"},"
                + "{\"n\":3,\"due\":\"2026-01-15\",\"amount\":\"3334\"}]}");
        assertThat(plan("--total", "10", "--currency", "KWD", "--count", "3", "--frequency", "MONTHLY",
                "--start", "2028-01-31").out().strip()).isEqualTo("{\"currency\":\"KWD\",\"total\":\"10.000\",\"instalments\":["
                + "{\"n\":1,\"due\":\"2028-01-31\",\"amount\":\"3.333\"},"
                + "{\"n\":2,\"due\":\"2028-02-29\",\"amount\":\"3.333\"},"
                + "{\"n\":3,\"due\":\"2028-03-31\",\"amount\":\"3.334\"}]}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "count under 1        | 1000   | USD | 0 |        | recoup plan: --count: must be at least 1",
            "total of zero        | 0      | USD | 3 |        | recoup plan: --total: must be above zero",
            "negative total       | -5     | USD | 3 |        | recoup plan: --total: must be above zero",
            "down equal to total  | 100    | USD | 3 | 100    | recoup plan: --down: must be below the total (100.00 USD)",
            "down above total     | 100    | USD | 3 | 150    | recoup plan: --down: must be below the total (100.00 USD)",
            "unknown currency     | 100    | XYZ | 3 |        | recoup plan: --currency: 'XYZ' is not an ISO 4217 currency code",
            "cents on yen         | 100.5  | JPY | 3 |        | recoup plan: --total: 100.5 has more decimals than JPY allows (0)",
            "too many decimals    | 10.001 | USD | 3 |        | recoup plan: --total: 10.001 has more decimals than USD allows (2)",
            "down with decimals   | 100    | USD | 3 | 0.001  | recoup plan: --down: 0.001 has more decimals than USD allows (2)",
            "not a number         | ten    | USD | 3 |        | recoup plan: --total: 'ten' is not a number",
    })
    void badInputExitsWithStatus2AndOneLine(String name, String total, String currency, String count, String down,
                                            String message) {
        Cli cli = down == null
                ? plan("--total", total, "--currency", currency, "--count", count, "--frequency", "MONTHLY", "--start", "2026-01-31")
                : plan("--total", total, "--currency", currency, "--count", count, "--frequency", "MONTHLY", "--start", "2026-01-31",
                "--down", down);
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err().lines()).containsExactly(message);
    }

    @Test
    void unknownFrequencyAndBadDatesExitWithStatus2() {
        Cli frequency = plan("--total", "100", "--currency", "USD", "--count", "3", "--frequency", "DAILY", "--start", "2026-01-31");
        assertThat(frequency.status()).isEqualTo(2);
        assertThat(frequency.err().lines())
                .containsExactly("recoup plan: --frequency: 'DAILY' is not one of WEEKLY, FORTNIGHTLY, MONTHLY");

        Cli date = plan("--total", "100", "--currency", "USD", "--count", "3", "--frequency", "WEEKLY", "--start", "2026-02-30");
        assertThat(date.status()).isEqualTo(2);
        assertThat(date.err().lines()).singleElement().asString().contains("'2026-02-30' is not a date");

        Cli missing = plan("--total", "100", "--currency", "USD", "--frequency", "WEEKLY", "--start", "2026-02-03");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err().lines()).singleElement().asString().contains("--count");
    }
}
