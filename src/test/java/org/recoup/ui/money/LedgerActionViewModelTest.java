package org.recoup.ui.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.Bucket;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.Language;
import org.recoup.service.money.MoneyService;
import org.recoup.ui.I18n;
import org.recoup.ui.money.LedgerActionViewModel.Action;

class LedgerActionViewModelTest {

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

    private LedgerActionViewModel model(Action action) {
        return new LedgerActionViewModel(action, debt, "USD", f.today, new I18n(Language.EN), money,
                new MoneyUiFixture.Direct());
    }

    @Test
    void aFeeIsPositiveAndSaysWhatItIsFor() {
        LedgerActionViewModel fee = model(Action.FEE);
        fee.amountProperty().set("-25");
        assertThat(fee.amountErrorProperty().get()).isEqualTo("Cannot be negative");
        fee.amountProperty().set("25.00");
        assertThat(fee.canSaveBinding().get()).as("the description is required").isFalse();
        fee.textProperty().set("Returned cheque fee");
        fee.save();
        assertThat(fee.receiptProperty().get()).isNotNull();
        assertThat(money.balance(debt).fees().toPlainString()).isEqualTo("25.00");
    }

    @Test
    void anAdjustmentMayLowerABucketButTheServiceKeepsItAboveZero() {
        LedgerActionViewModel adjust = model(Action.ADJUSTMENT);
        adjust.bucketProperty().set(Bucket.PRINCIPAL);
        adjust.amountProperty().set("-100");
        adjust.textProperty().set("Goodwill");
        assertThat(adjust.canSaveBinding().get()).isTrue();
        adjust.save();
        assertThat(money.balance(debt).principal().toPlainString()).isEqualTo("900.00");

        LedgerActionViewModel tooMuch = model(Action.ADJUSTMENT);
        tooMuch.bucketProperty().set(Bucket.FEES);
        tooMuch.amountProperty().set("-1");
        tooMuch.textProperty().set("Correction");
        tooMuch.save();
        assertThat(tooMuch.errorProperty().get()).contains("below zero");
        assertThat(tooMuch.receiptProperty().get()).isNull();
        assertThat(tooMuch.canSaveBinding().get()).as("the dialog stays open to fix it").isTrue();
    }

    @Test
    void writingOffEverythingNeedsNoAmountAndClosesTheDebt() {
        LedgerActionViewModel writeOff = model(Action.WRITE_OFF);
        assertThat(writeOff.amountErrorProperty().get()).isEqualTo("Required");
        writeOff.everythingProperty().set(true);
        assertThat(writeOff.amountErrorProperty().get()).isNull();
        writeOff.textProperty().set("Uneconomic to pursue");
        writeOff.save();
        assertThat(money.balance(debt).owed().isZero()).isTrue();
        assertThat(money.balance(debt).status()).isEqualTo(DebtStatus.CLOSED);
    }
}
