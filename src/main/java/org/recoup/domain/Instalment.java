package org.recoup.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One due payment of a repayment plan; number 0 is the down payment. */
@Entity
@Table(name = "instalment")
public class Instalment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "instalment_seq")
    @SequenceGenerator(name = "instalment_seq", sequenceName = "instalment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private RepaymentPlan plan;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    protected Instalment() {
    }

    Instalment(RepaymentPlan plan, int number, LocalDate dueDate, Money amount) {
        this.plan = plan;
        this.number = number;
        this.dueDate = Validate.required(dueDate, "instalment.due");
        if (!amount.isPositive()) {
            throw new ValidationException("instalment.amount", "must be above zero");
        }
        this.currency = amount.currency();
        this.amount = amount.amount();
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Money getAmount() {
        return Money.of(amount.stripTrailingZeros(), currency);
    }
}
