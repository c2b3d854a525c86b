package org.recoup.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An agreed schedule of payments on one debt: an instalment plan for the balance, or a settlement
 * for a smaller total. Its instalments are fixed when it is agreed; what has been paid towards
 * them is derived from the ledger, never stored. Its status changes only through {@link #end}.
 */
@Entity
@Table(name = "repayment_plan")
public class RepaymentPlan {

    public static final String STATUS_CHANGE = "PLAN_STATUS";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
    @SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "debt_id", nullable = false)
    private long debtId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PlanKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PlanStatus status = PlanStatus.ACTIVE;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal total;

    @Column(name = "down_payment", precision = 19, scale = 4)
    private BigDecimal downPayment;

    /** Instalments after the down payment. */
    @Column(name = "instalment_count", nullable = false)
    private int instalmentCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Frequency frequency;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    /** Whether interest stops while the plan is active. */
    @Column(name = "pause_interest", nullable = false)
    private boolean pauseInterest;

    @Column(name = "agreed_at", nullable = false)
    private Instant agreedAt;

    /** The local date the plan was agreed; interest pauses from it when the plan says so. */
    @Column(name = "agreed_on", nullable = false)
    private LocalDate agreedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason", length = 2000)
    private String endReason;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Instalment> instalments = new ArrayList<>();

    protected RepaymentPlan() {
    }

    public RepaymentPlan(long debtId, PlanKind kind, Money total, Money downPayment, int instalmentCount,
                         Frequency frequency, LocalDate startDate, boolean pauseInterest, Instant agreedAt,
                         LocalDate agreedOn) {
        this.debtId = debtId;
        this.kind = Validate.required(kind, "plan.kind");
        this.currency = Validate.required(total, "plan.total").currency();
        if (!total.isPositive()) {
            throw new ValidationException("plan.total", "must be above zero");
        }
        this.total = total.amount();
        if (downPayment != null) {
            if (!downPayment.currency().equals(currency)) {
                throw new ValidationException("plan.downPayment", "is in " + downPayment.currency() + ", the plan in " + currency);
            }
            this.downPayment = downPayment.isZero() ? null : downPayment.amount();
        }
        if (instalmentCount < 1) {
            throw new ValidationException("plan.count", "must be at least 1");
        }
        this.instalmentCount = instalmentCount;
        this.frequency = Validate.required(frequency, "plan.frequency");
        this.startDate = Validate.required(startDate, "plan.start");
        this.pauseInterest = pauseInterest;
        this.agreedAt = Validate.required(agreedAt, "plan.agreedAt");
        this.agreedOn = Validate.required(agreedOn, "plan.agreedOn");
    }

    /** Adds the next instalment of the schedule; numbers must follow on (0 is the down payment). */
    public Instalment addInstalment(int number, LocalDate due, Money amount) {
        if (!amount.currency().equals(currency)) {
            throw new ValidationException("plan.instalment", "is in " + amount.currency() + ", the plan in " + currency);
        }
        if (!instalments.isEmpty() && number != instalments.get(instalments.size() - 1).getNumber() + 1) {
            throw new IllegalArgumentException("instalment " + number + " out of order");
        }
        Instalment instalment = new Instalment(this, number, due, amount);
        instalments.add(instalment);
        return instalment;
    }

    /**
     * Ends the plan with {@code next} (COMPLETED, BROKEN or CANCELLED) on {@code on} and returns
     * the audit entry that records it.
     */
    public AuditEntry end(PlanStatus next, LocalDate on, String reason, Instant at) {
        Validate.required(next, "plan.status");
        if (status.isFinal()) {
            throw new ValidationException("plan.status", "the plan is already " + status);
        }
        if (!next.isFinal()) {
            throw new ValidationException("plan.status", "a plan ends as COMPLETED, BROKEN or CANCELLED");
        }
        if (id == null) {
            throw new IllegalStateException("a plan ends only once it is saved");
        }
        String why = Validate.required(reason, "plan.reason", 2000);
        PlanStatus from = status;
        status = next;
        endedOn = Validate.required(on, "plan.endedOn");
        endReason = why;
        return new AuditEntry(at, AuditEntry.Subject.PLAN, id, STATUS_CHANGE, from.name(), next.name(), why);
    }

    public Long getId() {
        return id;
    }

    public long getDebtId() {
        return debtId;
    }

    public PlanKind getKind() {
        return kind;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getCurrency() {
        return currency;
    }

    public Money getTotal() {
        return Money.of(total.stripTrailingZeros(), currency);
    }

    /** The down payment, or null when there is none. */
    public Money getDownPayment() {
        return downPayment == null ? null : Money.of(downPayment.stripTrailingZeros(), currency);
    }

    public int getInstalmentCount() {
        return instalmentCount;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public boolean isPauseInterest() {
        return pauseInterest;
    }

    public Instant getAgreedAt() {
        return agreedAt;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndReason() {
        return endReason;
    }

    public List<Instalment> getInstalments() {
        return Collections.unmodifiableList(instalments);
    }
}
