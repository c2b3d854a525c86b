package org.recoup.ui.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.Language;
import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.PaymentMethod;
import org.recoup.service.money.LedgerRow;
import org.recoup.service.money.MoneyService;
import org.recoup.service.money.PaymentRequest;
import org.recoup.ui.I18n;

class ReversalViewModelTest {

    @TempDir
    Path dir;

    private MoneyUiFixture f;
    private MoneyService money;
    private long debt;

    @BeforeEach
    void open() {
        f = new MoneyUiFixture(dir, "2027-01-15");
        money = f.workspace.money();
        debt = f.debt("U-1", "USD", "1000.00", "2026-06-01", null);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private long pay(String amount, String date) {
        return money.recordPayment(new PaymentRequest(debt, new BigDecimal(amount), java.time.LocalDate.parse(date),
                PaymentMethod.BANK_TRANSFER, "T-" + amount, null)).entry().id();
    }

    private ReversalViewModel model(LedgerRow chosen) {
        return new ReversalViewModel(money.ledger(debt), chosen, f.today, new I18n(Language.EN), money,
                new MoneyUiFixture.Direct());
    }

    @Test
    void onlyPaymentsNotReversedYetAreOfferedNewestFirst() {
        long first = pay("100", "2027-01-10");
        long second = pay("50", "2027-01-12");
        long third = pay("25", "2027-01-14");
        money.reversePayment(second, f.today, "cheque returned");
        money.addFee(debt, new BigDecimal("15"), f.today, "returned cheque fee");

        List<LedgerRow> ledger = money.ledger(debt);
        assertThat(ledger).extracting(LedgerRow::type).contains(LedgerEntryType.PLACEMENT, LedgerEntryType.REVERSAL,
                LedgerEntryType.FEE);
        ReversalViewModel model = model(ledger.stream().filter(r -> r.type() == LedgerEntryType.FEE).findFirst().orElseThrow());
        assertThat(model.payments()).extracting(LedgerRow::id).containsExactly(third, first);
        assertThat(model.paymentProperty().get().id()).as("a fee cannot be reversed: the newest payment is offered")
                .isEqualTo(third);

        LedgerRow firstRow = ledger.stream().filter(r -> r.id() == first).findFirst().orElseThrow();
        assertThat(model(firstRow).paymentProperty().get().id()).isEqualTo(first);
        LedgerRow reversedRow = ledger.stream().filter(r -> r.id() == second).findFirst().orElseThrow();
        assertThat(model(reversedRow).paymentProperty().get().id()).isEqualTo(third);
    }

    @Test
    void reasonIsRequiredAndTheDateMayNotComeBeforeThePayment() {
        pay("100", "2027-01-10");
        ReversalViewModel model = model(null);
        assertThat(model.reasonErrorProperty().get()).isEqualTo("Required");
        assertThat(model.canSaveBinding().get()).isFalse();
        model.reasonProperty().set("   ");
        assertThat(model.canSaveBinding().get()).isFalse();
        model.reasonProperty().set("chargeback");
        assertThat(model.canSaveBinding().get()).isTrue();
        model.dateProperty().set(java.time.LocalDate.parse("2027-01-09"));
        assertThat(model.dateErrorProperty().get()).isEqualTo("Cannot be before the payment");
        assertThat(model.canSaveBinding().get()).isFalse();
        model.dateProperty().set(f.today.plusDays(1));
        assertThat(model.dateErrorProperty().get()).isEqualTo("Cannot be in the future");
    }

    @Test
    void savingReversesThePaymentAndRestoresTheBalance() {
        long payment = pay("250", "2027-01-10");
        assertThat(money.balance(debt).owed().toPlainString()).isEqualTo("750.00");
        ReversalViewModel model = model(null);
        model.reasonProperty().set("cheque bounced");
        model.save();

        assertThat(model.receiptProperty().get().entry().reversesId()).isEqualTo(payment);
        assertThat(money.balance(debt).owed().toPlainString()).isEqualTo("1000.00");
        assertThat(model(null).payments()).isEmpty();
    }

    @Test
    void aLedgerWithoutPaymentsOffersNothingToReverse() {
        ReversalViewModel model = model(null);
        assertThat(model.payments()).isEmpty();
        assertThat(model.paymentErrorProperty().get()).isEqualTo("Choose the payment to reverse");
        assertThat(model.canSaveBinding().get()).isFalse();
    }
}
