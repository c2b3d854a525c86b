package org.recoup.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
 * One line of the compliance log: an action someone tried to take that the rules blocked, and
 * whether it was overridden (with the written reason). Append-only, like the audit trail.
 */
@Entity
@Table(name = "compliance_log")
public class ComplianceLogEntry {

    /** Where the check was made. */
    public enum Source { SCHEDULE, LOG, LETTER, REPORT, QUEUE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "compliance_log_seq")
    @SequenceGenerator(name = "compliance_log_seq", sequenceName = "compliance_log_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "debtor_id", nullable = false)
    private long debtorId;

    @Column(name = "debt_ids", nullable = false)
    private Long[] debtIds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 14)
    private Channel channel;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    /** PASS, WARN or BLOCK. */
    @Column(nullable = false, length = 5)
    private String verdict;

    /** The ids of the rules that blocked, comma-separated. */
    @Column(nullable = false, length = 200)
    private String rules;

    @Column(nullable = false, length = 400)
    private String codes;

    @Column(length = 2000)
    private String summary;

    @Column(nullable = false)
    private boolean overridden;

    @Column(name = "override_reason", length = 2000)
    private String overrideReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Source source;

    protected ComplianceLogEntry() {
    }

    public ComplianceLogEntry(Instant at, long debtorId, Set<Long> debtIds, Channel channel, Instant proposedAt,
                              String verdict, List<String> rules, List<String> codes, String summary,
                              String overrideReason, Source source) {
        this.at = Validate.required(at, "log.at");
        this.debtorId = debtorId;
        this.debtIds = new LinkedHashSet<>(debtIds).toArray(Long[]::new);
        this.channel = Validate.required(channel, "log.channel");
        this.proposedAt = Validate.required(proposedAt, "log.proposedAt");
        this.verdict = Validate.required(verdict, "log.verdict", 5);
        this.rules = String.join(",", rules);
        this.codes = String.join(",", codes);
        this.summary = summary == null ? null : summary.length() > 2000 ? summary.substring(0, 2000) : summary;
        this.overridden = overrideReason != null;
        this.overrideReason = overrideReason == null ? null : Validate.required(overrideReason, "log.overrideReason", 2000);
        this.source = Validate.required(source, "log.source");
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public long getDebtorId() {
        return debtorId;
    }

    public Set<Long> getDebtIds() {
        return new LinkedHashSet<>(Arrays.asList(debtIds));
    }

    public Channel getChannel() {
        return channel;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getVerdict() {
        return verdict;
    }

    public List<String> getRules() {
        return rules.isEmpty() ? List.of() : List.of(rules.split(","));
    }

    public List<String> getCodes() {
        return codes.isEmpty() ? List.of() : List.of(codes.split(","));
    }

    public String getSummary() {
        return summary;
    }

    public boolean isOverridden() {
        return overridden;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public Source getSource() {
        return source;
    }
}
