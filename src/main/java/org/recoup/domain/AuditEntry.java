package org.recoup.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One line of the append-only audit trail: a change of status, a compliance override, a letter
 * sent. It has no setters, and the database refuses to update or delete its rows.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    /** What the entry is about. */
    public enum Subject { DEBT, DEBTOR, CONTACT, PLAN, LETTER, SETTINGS }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "subject", nullable = false, length = 10)
    private Subject subject;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    /** What happened, e.g. STATUS_CHANGE, COMPLIANCE_OVERRIDE, LETTER_SENT. */
    @Column(nullable = false, length = 40)
    private String action;

    @Column(name = "from_value", length = 200)
    private String fromValue;

    @Column(name = "to_value", length = 200)
    private String toValue;

    @Column(length = 2000)
    private String reason;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, Subject subject, long subjectId, String action, String fromValue,
                      String toValue, String reason) {
        this.at = Validate.required(at, "audit.at");
        this.subject = Validate.required(subject, "audit.subject");
        this.subjectId = subjectId;
        this.action = Validate.required(action, "audit.action", 40);
        this.fromValue = Validate.optional(fromValue, "audit.from", 200);
        this.toValue = Validate.optional(toValue, "audit.to", 200);
        this.reason = Validate.optional(reason, "audit.reason", 2000);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public Subject getSubject() {
        return subject;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getAction() {
        return action;
    }

    public String getFromValue() {
        return fromValue;
    }

    public String getToValue() {
        return toValue;
    }

    public String getReason() {
        return reason;
    }
}
