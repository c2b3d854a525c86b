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
import jakarta.persistence.Version;

/** A promise to pay an amount on a debt by a date; kept or broken is decided from the ledger. */
@Entity
@Table(name = "promise")
public class Promise {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "promise_seq")
    @SequenceGenerator(name = "promise_seq", sequenceName = "promise_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "debtor_id", nullable = false)
    private long debtorId;

    @Column(name = "debt_id", nullable = false)
    private long debtId;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "promised_at", nullable = false)
    private Instant promisedAt;

    /** The contact in which it was made. */
    @Column(name = "contact_id")
    private Long contactId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private PromiseStatus status = PromiseStatus.OPEN;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** The follow-up scheduled when it broke. */
    @Column(name = "follow_up_id")
    private Long followUpId;

    protected Promise() {
    }

    public Promise(long debtorId, long debtId, Money amount, LocalDate dueDate, Instant promisedAt, Long contactId) {
        if (!Validate.required(amount, "promise.amount").isPositive()) {
            throw new ValidationException("promise.amount", "must be above zero");
        }
        this.debtorId = debtorId;
        this.debtId = debtId;
        this.currency = amount.currency();
        this.amount = amount.amount();
        this.dueDate = Validate.required(dueDate, "promise.dueDate");
        this.promisedAt = Validate.required(promisedAt, "promise.promisedAt");
        this.contactId = contactId;
    }

    public void kept(Instant at) {
        decide(PromiseStatus.KEPT, at);
    }

    public void broken(Instant at, Long followUp) {
        decide(PromiseStatus.BROKEN, at);
        this.followUpId = followUp;
    }

    private void decide(PromiseStatus outcome, Instant at) {
        if (status != PromiseStatus.OPEN) {
            throw new IllegalStateException("promise " + id + " was already " + status);
        }
        this.status = outcome;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getDebtorId() {
        return debtorId;
    }

    public long getDebtId() {
        return debtId;
    }

    public Money getAmount() {
        return Money.of(amount.stripTrailingZeros(), currency);
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getPromisedAt() {
        return promisedAt;
    }

    public Long getContactId() {
        return contactId;
    }

    public PromiseStatus getStatus() {
        return status;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getFollowUpId() {
        return followUpId;
    }
}
