package org.recoup.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.recoup.domain.AllocationOrder;
import org.recoup.domain.Bucket;
import org.recoup.domain.Money;
import org.recoup.domain.ValidationException;

class AllocationTest {

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static final Buckets BALANCE = new Buckets(usd("500"), usd("40"), usd("25"), usd("0"));

    @Test
    void defaultOrderPaysFeesThenInterestThenPrincipal() {
        Buckets change = Allocation.ofPayment(BALANCE, usd("100"), AllocationOrder.DEFAULT);
        assertThat(change).isEqualTo(new Buckets(usd("-35"), usd("-40"), usd("-25"), usd("0")));
    }

    @Test
    void partialPaymentStopsInsideTheFirstBucket() {
        Buckets change = Allocation.ofPayment(BALANCE, usd("10.01"), AllocationOrder.DEFAULT);
        assertThat(change).isEqualTo(new Buckets(usd("0"), usd("0"), usd("-10.01"), usd("0")));
    }

    @Test
    void clientOrderPrincipalFirst() {
        AllocationOrder order = AllocationOrder.of(Bucket.PRINCIPAL, Bucket.FEES, Bucket.INTEREST);
        Buckets change = Allocation.ofPayment(BALANCE, usd("510"), order);
        assertThat(change).isEqualTo(new Buckets(usd("-500"), usd("0"), usd("-10"), usd("0")));
    }

    @Test
    void overpaymentBecomesCreditOwedBackToTheDebtor() {
        Buckets change = Allocation.ofPayment(BALANCE, usd("600"), AllocationOrder.DEFAULT);
        assertThat(change).isEqualTo(new Buckets(usd("-500"), usd("-40"), usd("-25"), usd("35")));
        assertThat(BALANCE.plus(change)).isEqualTo(new Buckets(usd("0"), usd("0"), usd("0"), usd("35")));
    }

    @Test
    void paymentOnAPaidDebtIsAllCredit() {
        Buckets change = Allocation.ofPayment(Buckets.zero("USD"), usd("12.34"), AllocationOrder.DEFAULT);
        assertThat(change).isEqualTo(new Buckets(usd("0"), usd("0"), usd("0"), usd("12.34")));
    }

    @Test
    void refusesAPaymentNotAboveZero() {
        assertThatThrownBy(() -> Allocation.ofPayment(BALANCE, usd("0"), AllocationOrder.DEFAULT))
                .isInstanceOf(ValidationException.class).hasMessage("payment.amount: must be above zero");
    }

    @Test
    void refusesAPaymentInAnotherCurrency() {
        assertThatThrownBy(() -> Allocation.ofPayment(BALANCE, Money.of("5", "EUR"), AllocationOrder.DEFAULT))
                .isInstanceOf(ValidationException.class).hasMessageContaining("EUR");
    }

    @Test
    void allocationOrderReadsItsStoredFormAndRefusesDuplicates() {
        assertThat(AllocationOrder.parse(" interest, PRINCIPAL ,fees").buckets())
                .containsExactly(Bucket.INTEREST, Bucket.PRINCIPAL, Bucket.FEES);
        assertThat(AllocationOrder.DEFAULT.text()).isEqualTo("FEES,INTEREST,PRINCIPAL");
        assertThatThrownBy(() -> AllocationOrder.parse("FEES,FEES,PRINCIPAL")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> AllocationOrder.parse("FEES,INTEREST")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> AllocationOrder.parse("FEES,COSTS,PRINCIPAL")).isInstanceOf(ValidationException.class);
    }
}
