package org.recoup.ui.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.Language;
import org.recoup.domain.PaymentMethod;
import org.recoup.service.money.MoneyWarning;
import org.recoup.service.money.PostingReceipt;
import org.recoup.ui.I18n;

class PaymentViewModelTest {

    @TempDir
    Path dir;

    private MoneyUiFixture f;
    private final I18n en = new I18n(Language.EN);

    @BeforeEach
    void open() {
        f = new MoneyUiFixture(dir, "2027-01-15");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private PaymentViewModel model(long debt, String currency, I18n i18n) {
        return new PaymentViewModel(debt, currency, f.today, i18n, f.workspace.money(), new MoneyUiFixture.Direct());
    }

    @Test
    void amountIsCheckedAsTypedAgainstTheDebtsCurrency() {
        PaymentViewModel usd = model(f.debt("U-1", "USD", "1000.00", "2026-06-01", null), "USD", en);
        assertThat(usd.amountErrorProperty().get()).isEqualTo("Required");
        assertThat(usd.canSaveBinding().get()).isFalse();
        usd.amountProperty().set("250.001");
        assertThat(usd.amountErrorProperty().get()).isEqualTo("USD amounts have at most 2 decimals");
        assertThat(usd.canSaveBinding().get()).isFalse();
        usd.amountProperty().set("250.00");
        assertThat(usd.amountErrorProperty().get()).isNull();
        assertThat(usd.canSaveBinding().get()).isTrue();
        usd.amountProperty().set("0");
        assertThat(usd.amountErrorProperty().get()).isEqualTo("Must be more than zero");

        PaymentViewModel jpy = model(f.debt("J-1", "JPY", "120000", "2026-06-01", null), "JPY", en);
        jpy.amountProperty().set("5000.5");
        assertThat(jpy.amountErrorProperty().get()).isEqualTo("JPY amounts have no decimals");
        jpy.amountProperty().set("5000");
        assertThat(jpy.canSaveBinding().get()).isTrue();

        PaymentViewModel kwd = model(f.debt("K-1", "KWD", "800.000", "2026-06-01", null), "KWD", en);
        kwd.amountProperty().set("12.3456");
        assertThat(kwd.amountErrorProperty().get()).isEqualTo("KWD amounts have at most 3 decimals");
        kwd.amountProperty().set("12.345");
        assertThat(kwd.canSaveBinding().get()).isTrue();
    }

    @Test
    void aDateInTheFutureIsRefusedAndTodayIsTheDefault() {
        PaymentViewModel model = model(f.debt("U-1", "USD", "1000.00", "2026-06-01", null), "USD", en);
        assertThat(model.dateProperty().get()).isEqualTo(f.today);
        model.amountProperty().set("10");
        model.dateProperty().set(f.today.plusDays(1));
        assertThat(model.dateErrorProperty().get()).isEqualTo("Cannot be in the future");
        assertThat(model.canSaveBinding().get()).isFalse();
        model.dateProperty().set(f.today.minusDays(3));
        assertThat(model.canSaveBinding().get()).isTrue();
    }

    @Test
    void savingRecordsThePaymentAndKeepsTheReceipt() {
        long debt = f.debt("U-1", "USD", "1000.00", "2026-06-01", null);
        PaymentViewModel model = model(debt, "USD", en);
        model.amountProperty().set("250.00");
        model.methodProperty().set(PaymentMethod.CHEQUE);
        model.referenceProperty().set("CHQ 881");
        model.save();

        PostingReceipt receipt = model.receiptProperty().get();
        assertThat(receipt).isNotNull();
        assertThat(receipt.entry().paymentAmount().toPlainString()).isEqualTo("250.00");
        assertThat(receipt.entry().paymentReference()).isEqualTo("CHQ 881");
        assertThat(receipt.balance().owed().toPlainString()).isEqualTo("750.00");
        assertThat(model.canSaveBinding().get()).as("saved once").isFalse();
        assertThat(f.workspace.money().balance(debt).owed().toPlainString()).isEqualTo("750.00");
    }

    @Test
    void aTimeBarredDebtMustBeAcknowledgedBeforeThePaymentCanBeSaved() {
        long barred = f.debt("B-1", "USD", "500.00", "2020-01-01", 3);
        PaymentViewModel model = model(barred, "USD", en);
        model.amountProperty().set("20");

        assertThat(model.warnings()).extracting(MoneyWarning::code).containsExactly(MoneyWarning.LIMITATION_EXPIRED);
        assertThat(model.acknowledgementNeededProperty().get()).isTrue();
        assertThat(model.canSaveBinding().get()).isFalse();
        model.acknowledgedProperty().set(true);
        assertThat(model.canSaveBinding().get()).isTrue();

        model.save();
        assertThat(model.receiptProperty().get().warnings()).extracting(MoneyWarning::code)
                .containsExactly(MoneyWarning.LIMITATION_EXPIRED);
    }

    @Test
    void aPaymentBeforeTheLimitationRunsOutWarnsWithoutHoldingTheSave() {
        long soon = f.debt("S-1", "USD", "500.00", "2024-02-20", 3);
        PaymentViewModel model = model(soon, "USD", en);
        model.amountProperty().set("20");
        assertThat(model.warnings()).extracting(MoneyWarning::code).containsExactly(MoneyWarning.LIMITATION_EXPIRING);
        assertThat(model.acknowledgementNeededProperty().get()).isFalse();
        assertThat(model.canSaveBinding().get()).isTrue();

        model.dateProperty().set(f.today.minusDays(60));
        assertThat(model.warnings()).as("91 days or more before the expiry: no warning").isEmpty();
    }

    @Test
    void warningsAreTranslatedByTheirCodeAndFallBackToTheServicesSentence() {
        MoneyTexts zh = new MoneyTexts(new I18n(Language.ZH));
        MoneyTexts english = new MoneyTexts(en);
        MoneyWarning expired = new MoneyWarning(MoneyWarning.LIMITATION_EXPIRED, "The limitation period ran out.");
        MoneyWarning expiring = new MoneyWarning(MoneyWarning.LIMITATION_EXPIRING, "It runs out soon.");
        java.time.LocalDate expiry = java.time.LocalDate.parse("2027-02-20");

        assertThat(zh.warning(expired, java.time.LocalDate.parse("2023-01-01"), f.today)).contains("诉讼时效").contains("2023");
        assertThat(english.warning(expiring, expiry, f.today))
                .isEqualTo("The limitation period of this debt runs out on 20 Feb 2027 (in 36 days). A payment now restarts it.");
        assertThat(english.warning(new MoneyWarning("something.new", "Something new."), expiry, f.today))
                .isEqualTo("Something new.");
        assertThat(english.warning(expired, null, f.today)).isEqualTo("The limitation period ran out.");
    }
}
