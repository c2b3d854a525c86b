package org.recoup.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoup.domain.LedgerEntryType.ADJUSTMENT;
import static org.recoup.domain.LedgerEntryType.FEE;
import static org.recoup.domain.LedgerEntryType.INTEREST;
import static org.recoup.domain.LedgerEntryType.PAYMENT;
import static org.recoup.domain.LedgerEntryType.PLACEMENT;
import static org.recoup.domain.LedgerEntryType.REVERSAL;
import static org.recoup.domain.LedgerEntryType.WRITE_OFF;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.recoup.domain.view.LedgerLine;

class ItemizationTest {

    private static final LocalDate ITEMIZATION = LocalDate.parse("2025-11-15");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-01");

    private static List<String> figures(Itemization i) {
        return List.of(i.amountOnItemizationDate().toPlainString(), i.interest().toPlainString(), i.fees().toPlainString(),
                i.paymentsAndCredits().toPlainString(), i.current().toPlainString());
    }

    @Test
    void itemizationAddsUpFromTheItemizationDateToToday() {
        List<LedgerLine> rows = List.of(
                Lines.line(PLACEMENT, "2025-12-01", "USD", "1000", "50", "25", "0"),
                Lines.line(INTEREST, "2026-01-31", "USD", "0", "10", "0", "0"),
                Lines.line(FEE, "2026-02-01", "USD", "0", "0", "15", "0"),
                Lines.line(PAYMENT, "2026-02-10", "USD", "0", "-60", "-40", "0"),
                Lines.line(ADJUSTMENT, "2026-02-12", "USD", "-20", "0", "0", "0"));
        Itemization itemization = Itemization.of(rows, ITEMIZATION, TODAY, "USD");
        // 1,075.00 + 10.00 + 15.00 − (100.00 + 20.00) = 980.00
        assertThat(figures(itemization)).containsExactly("1075.00", "10.00", "15.00", "120.00", "980.00");
    }

    @Test
    void placementBelongsToTheItemizationAmountWhateverItsDateAndEarlierRowsToo() {
        List<LedgerLine> rows = List.of(
                Lines.line(PLACEMENT, "2026-01-05", "USD", "500", "0", "0", "0"),
                Lines.line(INTEREST, "2025-11-01", "USD", "0", "7.50", "0", "0"),
                Lines.line(INTEREST, "2025-11-15", "USD", "0", "2.50", "0", "0"),
                Lines.line(INTEREST, "2025-11-16", "USD", "0", "1.00", "0", "0"));
        assertThat(figures(Itemization.of(rows, ITEMIZATION, TODAY, "USD")))
                .containsExactly("510.00", "1.00", "0.00", "0.00", "511.00");
    }

    @Test
    void reversalAndWriteOffCountAsPaymentsAndCredits() {
        List<LedgerLine> rows = List.of(
                Lines.line(PLACEMENT, "2025-10-01", "USD", "300", "0", "0", "0"),
                Lines.line(PAYMENT, "2026-01-10", "USD", "-100", "0", "0", "0"),
                Lines.line(REVERSAL, "2026-01-20", "USD", "100", "0", "0", "0", 2L),
                Lines.line(PAYMENT, "2026-01-25", "USD", "-50", "0", "0", "0"),
                Lines.line(WRITE_OFF, "2026-02-01", "USD", "-250", "0", "0", "0"));
        assertThat(figures(Itemization.of(rows, ITEMIZATION, TODAY, "USD")))
                .containsExactly("300.00", "0.00", "0.00", "300.00", "0.00");
    }

    @Test
    void adjustmentsUpInInterestOrFeesCountAsSuchAndEveryOtherAdjustmentAsACredit() {
        List<LedgerLine> rows = List.of(
                Lines.line(PLACEMENT, "2025-10-01", "USD", "300", "20", "0", "0"),
                Lines.line(ADJUSTMENT, "2026-01-10", "USD", "0", "4", "6", "0"),
                Lines.line(ADJUSTMENT, "2026-01-11", "USD", "0", "-20", "0", "0"),
                Lines.line(ADJUSTMENT, "2026-01-12", "USD", "30", "0", "0", "0"));
        // credits: 20 interest waived, minus a 30 rise in principal = -10
        assertThat(figures(Itemization.of(rows, ITEMIZATION, TODAY, "USD")))
                .containsExactly("320.00", "4.00", "6.00", "-10.00", "340.00");
    }

    @Test
    void overpaymentCountsOnlyWhatItPaidOffAndShowsTheCreditApart() {
        List<LedgerLine> rows = List.of(
                Lines.line(PLACEMENT, "2025-10-01", "USD", "100", "0", "0", "0"),
                Lines.line(PAYMENT, "2026-01-10", "USD", "-100", "0", "0", "20"));
        Itemization itemization = Itemization.of(rows, ITEMIZATION, TODAY, "USD");
        assertThat(figures(itemization)).containsExactly("100.00", "0.00", "0.00", "100.00", "0.00");
        assertThat(itemization.creditOwedToDebtor().toPlainString()).isEqualTo("20.00");
    }

    @Test
    void rowsAfterTheAsOfDateAreLeftOut() {
        List<LedgerLine> rows = List.of(
                Lines.line(PLACEMENT, "2025-10-01", "USD", "100", "0", "0", "0"),
                Lines.line(FEE, "2026-03-02", "USD", "0", "0", "9", "0"));
        assertThat(figures(Itemization.of(rows, ITEMIZATION, TODAY, "USD")))
                .containsExactly("100.00", "0.00", "0.00", "0.00", "100.00");
    }
}
