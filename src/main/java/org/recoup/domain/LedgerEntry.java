package org.recoup.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One movement of a debt's money. Each bucket holds a signed change: positive raises what the
 * debtor owes in it (placement, interest, a fee), negative lowers it (a payment, a write-off).
 * {@code credit} is money owed back to the debtor (an overpayment). A balance is the sum of rows;
 * a row is never edited: a mistake is corrected by another row.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_seq")
    @SequenceGenerator(name = "ledger_seq", sequenceName = "ledger_seq", allocationSize = 50)
    private Long id;

    @Column(name = "debt_id", nullable = false)
    private long debtId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private LedgerEntryType type;

    /** The day the movement counts from (interest, limitation, itemization). */
    @Column(name = "value_date", nullable = false)
    private LocalDate valueDate;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal principal;
    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal interest;
    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal fees;
    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal credit;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", length = 14)
    private PaymentMethod paymentMethod;

    @Column(name = "payment_reference", length = 100)
    private String paymentReference;

    /** For a REVERSAL, the payment row it undoes. */
    @Column(name = "reverses_id")
    private Long reversesId;

    @Column(length = 500)
    private String memo;

    protected LedgerEntry() {
    }

    /**
     * A ledger row. Amounts are refused when they have more decimals than the currency allows.
     */
    public LedgerEntry(long debtId, LedgerEntryType type, LocalDate valueDate, Instant recordedAt,
                       Money principal, Money interest, Money fees, Money credit) {
        this.debtId = debtId;
        this.type = Validate.required(type, "ledger.type");
        this.valueDate = Validate.required(valueDate, "ledger.valueDate");
        this.recordedAt = Validate.required(recordedAt, "ledger.recordedAt");
        this.currency = principal.currency();
        for (Money m : new Money[] {interest, fees, credit}) {
            if (!m.currency().equals(currency)) {
                throw new ValidationException("ledger.currency", "mixes " + currency + " and " + m.currency());
            }
        }
        this.principal = principal.amount();
        this.interest = interest.amount();
        this.fees = fees.amount();
        this.credit = credit.amount();
    }

    /** A placement: the principal, interest and fees owed when the debt was handed over. */
    public static LedgerEntry placement(long debtId, LocalDate valueDate, Instant recordedAt,
                                        Money principal, Money interest, Money fees) {
        for (Money m : new Money[] {principal, interest, fees}) {
            if (m.isNegative()) {
                throw new ValidationException("debt.placement", "amounts cannot be negative (" + m + ")");
            }
        }
        if (principal.isZero() && interest.isZero() && fees.isZero()) {
            throw new ValidationException("debt.placement", "at least one of principal, interest and fees must be above zero");
        }
        return new LedgerEntry(debtId, LedgerEntryType.PLACEMENT, valueDate, recordedAt,
                principal, interest, fees, Money.zero(principal.currency()));
    }

    public LedgerEntry withPayment(PaymentMethod method, String reference) {
        this.paymentMethod = method;
        this.paymentReference = Validate.optional(reference, "payment.reference", 100);
        return this;
    }

    public LedgerEntry reversing(long paymentEntryId) {
        this.reversesId = paymentEntryId;
        return this;
    }

    public LedgerEntry withMemo(String memo) {
        this.memo = Validate.optional(memo, "ledger.memo", 500);
        return this;
    }

    public Long getId() {
        return id;
    }

    public long getDebtId() {
        return debtId;
    }

    public LedgerEntryType getType() {
        return type;
    }

    public LocalDate getValueDate() {
        return valueDate;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getCurrency() {
        return currency;
    }

    public Money getPrincipal() {
        return Money.of(principal.stripTrailingZeros(), currency);
    }

    public Money getInterest() {
        return Money.of(interest.stripTrailingZeros(), currency);
    }

    public Money getFees() {
        return Money.of(fees.stripTrailingZeros(), currency);
    }

    public Money getCredit() {
        return Money.of(credit.stripTrailingZeros(), currency);
    }

    /** What this row changes in the amount owed: principal + interest + fees. */
    public Money getOwedChange() {
        return getPrincipal().plus(getInterest()).plus(getFees());
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public Long getReversesId() {
        return reversesId;
    }

    public String getMemo() {
        return memo;
    }
}
