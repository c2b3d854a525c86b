package org.recoup.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How a debt earns simple interest: an annual rate (in percent) on its principal from a start
 * date, with a day count and an optional cap on the total interest accrued under these terms.
 * One row per debt, keyed by the debt's id; a debt without a row earns no interest.
 */
@Entity
@Table(name = "interest_terms")
public class InterestTerms {

    /** Rates above this are refused as typing mistakes. */
    public static final BigDecimal MAX_RATE_PERCENT = new BigDecimal("1000");

    @Id
    @Column(name = "debt_id")
    private Long debtId;

    @Version
    private long version;

    @Column(nullable = false, length = 3)
    private String currency;

    /** Annual rate in percent, e.g. 18.5 for 18.5 % a year. */
    @Column(name = "annual_rate", nullable = false, precision = 9, scale = 4)
    private BigDecimal annualRatePercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_count", nullable = false, length = 10)
    private DayCount dayCount;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    /** The most interest these terms may ever accrue, in the debt's currency; null for no cap. */
    @Column(name = "cap", precision = 19, scale = 4)
    private BigDecimal cap;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected InterestTerms() {
    }

    public InterestTerms(long debtId, String currency, BigDecimal annualRatePercent, DayCount dayCount,
                         LocalDate startDate, Money cap, Instant updatedAt) {
        this.debtId = debtId;
        this.currency = Money.currencyOf(currency).getCurrencyCode();
        change(annualRatePercent, dayCount, startDate, cap, updatedAt);
    }

    /** Replaces the terms; the caller posts interest due under the old terms first. */
    public final void change(BigDecimal annualRatePercent, DayCount dayCount, LocalDate startDate, Money cap,
                             Instant at) {
        Validate.required(annualRatePercent, "interest.rate");
        if (annualRatePercent.signum() < 0 || annualRatePercent.compareTo(MAX_RATE_PERCENT) > 0) {
            throw new ValidationException("interest.rate", "must be between 0 and " + MAX_RATE_PERCENT + " percent a year");
        }
        if (annualRatePercent.stripTrailingZeros().scale() > 4) {
            throw new ValidationException("interest.rate", "has more than 4 decimals");
        }
        if (cap != null) {
            if (!cap.currency().equals(currency)) {
                throw new ValidationException("interest.cap", "is in " + cap.currency() + " on a " + currency + " debt");
            }
            if (cap.isNegative()) {
                throw new ValidationException("interest.cap", "cannot be negative");
            }
        }
        this.annualRatePercent = annualRatePercent;
        this.dayCount = Validate.required(dayCount, "interest.dayCount");
        this.startDate = Validate.required(startDate, "interest.startDate");
        this.cap = cap == null ? null : cap.amount();
        this.updatedAt = Validate.required(at, "interest.updatedAt");
    }

    public long getDebtId() {
        return debtId;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getAnnualRatePercent() {
        return annualRatePercent.stripTrailingZeros();
    }

    public DayCount getDayCount() {
        return dayCount;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    /** The cap on accrued interest, or null when there is none. */
    public Money getCap() {
        return cap == null ? null : Money.of(cap.stripTrailingZeros(), currency);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
