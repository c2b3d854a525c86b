package org.recoup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One rung of a client's collection strategy: "day 10 after placement: formal demand letter". */
@Entity
@Table(name = "strategy_step")
public class StrategyStep {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "strategy_seq")
    @SequenceGenerator(name = "strategy_seq", sequenceName = "strategy_seq", allocationSize = 50)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private int days;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 14)
    private StepAnchor anchor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 14)
    private StrategyAction action;

    @Column(name = "letter_template", length = 30)
    private String letterTemplate;

    protected StrategyStep() {
    }

    public StrategyStep(long clientId, int position, int days, StepAnchor anchor, StrategyAction action,
                        String letterTemplate) {
        if (days < 0 || days > 3650) {
            throw new ValidationException("strategy.days", "must be between 0 and 3650");
        }
        this.clientId = clientId;
        this.position = position;
        this.days = days;
        this.anchor = Validate.required(anchor, "strategy.anchor");
        this.action = Validate.required(action, "strategy.action");
        this.letterTemplate = Validate.optional(letterTemplate, "strategy.letterTemplate", 30);
        if (action == StrategyAction.LETTER && this.letterTemplate == null) {
            throw new ValidationException("strategy.letterTemplate", "is required for a letter step");
        }
    }

    public Long getId() {
        return id;
    }

    public long getClientId() {
        return clientId;
    }

    public int getPosition() {
        return position;
    }

    public int getDays() {
        return days;
    }

    public StepAnchor getAnchor() {
        return anchor;
    }

    public StrategyAction getAction() {
        return action;
    }

    public String getLetterTemplate() {
        return letterTemplate;
    }
}
