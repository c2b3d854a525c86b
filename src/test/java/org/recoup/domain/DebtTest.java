package org.recoup.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DebtTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aNewDebtIsNewAndNeedsACurrency() {
        Debt debt = new Debt(1, 2, "REF-1", Product.LOAN, "usd", NOW);
        assertThat(debt.getStatus()).isEqualTo(DebtStatus.NEW);
        assertThat(debt.getCurrency()).isEqualTo("USD");
        assertThatThrownBy(() -> new Debt(1, 2, "REF-1", Product.LOAN, " ", NOW))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("currency: is required");
        assertThatThrownBy(() -> new Debt(1, 2, "  ", Product.LOAN, "USD", NOW))
                .hasMessage("debt.reference: is required");
    }

    @Test
    void statusFollowsTheLifecycleAndEveryMoveIsAnAuditEntry() {
        assertThat(DebtStatus.NEW.canMoveTo(DebtStatus.ACTIVE)).isTrue();
        assertThat(DebtStatus.ACTIVE.canMoveTo(DebtStatus.NEW)).isFalse();
        assertThat(DebtStatus.PLAN.canMoveTo(DebtStatus.PAID)).isTrue();
        assertThat(DebtStatus.PAID.canMoveTo(DebtStatus.ACTIVE)).as("a returned cheque reopens").isTrue();
        assertThat(DebtStatus.PAID.canMoveTo(DebtStatus.LEGAL)).isFalse();
        assertThat(DebtStatus.RECALLED.canMoveTo(DebtStatus.PLAN)).isFalse();
    }

    @Test
    void placingADebtInAStatusYieldsTheAuditEntryOfThatChange() {
        Debt debt = new Debt(1, 2, "REF-1", Product.LOAN, "USD", NOW);
        AuditEntry entry = debt.placeIn(DebtStatus.DISPUTED, "imported as disputed", NOW);
        assertThat(debt.getStatus()).isEqualTo(DebtStatus.DISPUTED);
        assertThat(entry.getFromValue()).isEqualTo("NEW");
        assertThat(entry.getToValue()).isEqualTo("DISPUTED");
        assertThat(entry.getReason()).isEqualTo("imported as disputed");
        assertThatThrownBy(() -> new Debt(1, 2, "R", Product.LOAN, "USD", NOW).placeIn(DebtStatus.ACTIVE, " ", NOW))
                .hasMessage("debt.statusReason: is required");
    }

    @Test
    void aSavedDebtChangesStatusOnlyThroughMoveTo() {
        Debt unsaved = new Debt(1, 2, "R", Product.LOAN, "USD", NOW);
        assertThatThrownBy(() -> unsaved.moveTo(DebtStatus.ACTIVE, "called", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void impossibleDateOrdersAreRefused() {
        Debt debt = new Debt(1, 2, "R", Product.CREDIT_CARD, "USD", NOW);
        assertThatThrownBy(() -> debt.setDates(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 1), null, null, null))
                .hasMessage("debt.delinquencyDate: is before the origination date");
        assertThatThrownBy(() -> debt.setDates(null, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 1), null, null))
                .hasMessage("debt.chargeOffDate: is before the delinquency date");
    }

    @Test
    void placementRefusesNegativeAndAllZeroAmounts() {
        Money zero = Money.zero("USD");
        assertThatThrownBy(() -> LedgerEntry.placement(1, LocalDate.EPOCH, NOW, Money.of("-1", "USD"), zero, zero))
                .hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> LedgerEntry.placement(1, LocalDate.EPOCH, NOW, zero, zero, zero))
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> LedgerEntry.placement(1, LocalDate.EPOCH, NOW, Money.of("1", "USD"),
                Money.of("1", "GBP"), zero)).hasMessageContaining("mixes USD and GBP");
    }

    @Test
    void headlineStatusIsWhatMostNeedsCare() {
        assertThat(DebtStatus.headline(List.of(DebtStatus.PAID, DebtStatus.ACTIVE))).isEqualTo(DebtStatus.ACTIVE);
        assertThat(DebtStatus.headline(List.of(DebtStatus.PLAN, DebtStatus.DISPUTED))).isEqualTo(DebtStatus.DISPUTED);
        assertThat(DebtStatus.headline(List.of())).isNull();
    }
}
