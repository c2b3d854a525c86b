package org.recoup.domain;

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
import jakarta.persistence.Version;

/**
 * One account of a debtor with one client. Its money is not a field: it is the sum of its ledger
 * entries. Its status changes only through {@link #moveTo}, which yields the audit entry to keep.
 */
@Entity
@Table(name = "debt")
public class Debt {

    public static final String STATUS_CHANGE = "STATUS_CHANGE";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "debt_seq")
    @SequenceGenerator(name = "debt_seq", sequenceName = "debt_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "debtor_id", nullable = false)
    private long debtorId;

    /** The client's own reference for the account; unique per client. */
    @Column(nullable = false, length = 60)
    private String reference;

    @Column(name = "original_creditor", length = 200)
    private String originalCreditor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Product product;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DebtStatus status = DebtStatus.NEW;

    @Column(name = "origination_date")
    private LocalDate originationDate;
    @Column(name = "delinquency_date")
    private LocalDate delinquencyDate;
    @Column(name = "charge_off_date")
    private LocalDate chargeOffDate;
    @Column(name = "last_payment_date")
    private LocalDate lastPaymentDate;
    /** The date the itemization of a validation notice starts from (12 CFR 1006.34(b)(3)). */
    @Column(name = "itemization_date")
    private LocalDate itemizationDate;

    /** Years of the statute of limitations; null for the jurisdiction's default. */
    @Column(name = "limitation_years")
    private Integer limitationYears;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    protected Debt() {
    }

    public Debt(long clientId, long debtorId, String reference, Product product, String currency, Instant placedAt) {
        this.clientId = clientId;
        this.debtorId = debtorId;
        setReference(reference);
        setProduct(product);
        this.currency = Money.currencyOf(currency).getCurrencyCode();
        this.placedAt = Validate.required(placedAt, "debt.placedAt");
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getClientId() {
        return clientId;
    }

    public long getDebtorId() {
        return debtorId;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = Validate.required(reference, "debt.reference", 60);
    }

    public String getOriginalCreditor() {
        return originalCreditor;
    }

    public void setOriginalCreditor(String originalCreditor) {
        this.originalCreditor = Validate.optional(originalCreditor, "debt.originalCreditor", 200);
    }

    public Product getProduct() {
        return product;
    }

    public void setProduct(Product product) {
        this.product = Validate.required(product, "debt.product");
    }

    public String getCurrency() {
        return currency;
    }

    public DebtStatus getStatus() {
        return status;
    }

    /**
     * Moves the debt to {@code next} and returns the audit entry that records it.
     *
     * @throws ValidationException when the move is not allowed or no reason is given
     */
    public AuditEntry moveTo(DebtStatus next, String reason, Instant at) {
        Validate.required(next, "debt.status");
        if (!status.canMoveTo(next)) {
            throw new ValidationException("debt.status", "a " + status + " debt cannot become " + next);
        }
        if (id == null) {
            throw new IllegalStateException("a debt's status changes only once it is saved");
        }
        String why = Validate.required(reason, "debt.statusReason", 2000);
        DebtStatus from = status;
        status = next;
        return new AuditEntry(at, AuditEntry.Subject.DEBT, id, STATUS_CHANGE,
                from.name(), next.name(), why);
    }

    /**
     * Places a debt not yet saved directly in {@code status} (an import or a portfolio handed over
     * mid-collection) and returns the audit entry of that change, to be kept under the debt's id
     * once it has one.
     */
    public AuditEntry placeIn(DebtStatus status, String reason, Instant at) {
        if (id != null) {
            throw new IllegalStateException("a saved debt changes status through moveTo");
        }
        Validate.required(status, "debt.status");
        if (!this.status.canMoveTo(status)) {
            throw new ValidationException("debt.status", "a new debt cannot be placed as " + status);
        }
        DebtStatus from = this.status;
        this.status = status;
        return new AuditEntry(at, AuditEntry.Subject.DEBT, 0, STATUS_CHANGE, from.name(), status.name(),
                Validate.required(reason, "debt.statusReason", 2000));
    }

    public LocalDate getOriginationDate() {
        return originationDate;
    }

    public LocalDate getDelinquencyDate() {
        return delinquencyDate;
    }

    public LocalDate getChargeOffDate() {
        return chargeOffDate;
    }

    public LocalDate getLastPaymentDate() {
        return lastPaymentDate;
    }

    public LocalDate getItemizationDate() {
        return itemizationDate;
    }

    /**
     * Sets the key dates, refusing an order that cannot be: a delinquency before origination, a
     * charge-off before delinquency.
     */
    public void setDates(LocalDate origination, LocalDate delinquency, LocalDate chargeOff,
                         LocalDate lastPayment, LocalDate itemization) {
        if (origination != null && delinquency != null && delinquency.isBefore(origination)) {
            throw new ValidationException("debt.delinquencyDate", "is before the origination date");
        }
        if (delinquency != null && chargeOff != null && chargeOff.isBefore(delinquency)) {
            throw new ValidationException("debt.chargeOffDate", "is before the delinquency date");
        }
        if (origination != null && lastPayment != null && lastPayment.isBefore(origination)) {
            throw new ValidationException("debt.lastPaymentDate", "is before the origination date");
        }
        this.originationDate = origination;
        this.delinquencyDate = delinquency;
        this.chargeOffDate = chargeOff;
        this.lastPaymentDate = lastPayment;
        this.itemizationDate = itemization;
    }

    public Integer getLimitationYears() {
        return limitationYears;
    }

    public void setLimitationYears(Integer years) {
        if (years != null && (years < 1 || years > 30)) {
            throw new ValidationException("debt.limitationYears", "must be between 1 and 30 years");
        }
        this.limitationYears = years;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }
}
