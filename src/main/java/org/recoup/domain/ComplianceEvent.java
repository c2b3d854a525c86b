package org.recoup.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
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
 * Something that happened which changes what may be done with the debtor: a cease request, an
 * attorney, a dispute, an opt-out, a consent, an objection. Events are facts with a date; a later
 * event (a dispute resolved) answers an earlier one, nothing is edited.
 */
@Entity
@Table(name = "compliance_event")
public class ComplianceEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "debtor_id", nullable = false)
    private long debtorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ComplianceEventType type;

    /** When it happened (a letter: when it was received). */
    @Column(nullable = false)
    private Instant at;

    /** The debts it concerns; empty for every debt of the debtor. */
    @Column(name = "debt_ids", nullable = false)
    private Long[] debtIds;

    /** OPT_OUT: the channel. */
    @Enumerated(EnumType.STRING)
    @Column(length = 14)
    private Channel channel;

    /** OPT_OUT of one address: the debtor's location. */
    @Column(name = "location_id")
    private Long locationId;

    /** OBJECTION: the third party who objected. */
    @Column(name = "third_party_id")
    private Long thirdPartyId;

    /** DISPUTE: made in writing. */
    @Column(nullable = false)
    private boolean written;

    /** CONSENT: the window he agreed to be called in. */
    @Column(name = "window_from")
    private Instant windowFrom;
    @Column(name = "window_to")
    private Instant windowTo;

    @Column(length = 2000)
    private String notes;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ComplianceEvent() {
    }

    private ComplianceEvent(long debtorId, ComplianceEventType type, Instant at, Set<Long> debtIds, String notes,
                            Instant recordedAt) {
        this.debtorId = debtorId;
        this.type = Validate.required(type, "event.type");
        this.at = Validate.required(at, "event.at");
        this.debtIds = new LinkedHashSet<>(debtIds).toArray(Long[]::new);
        this.notes = Validate.optional(notes, "event.notes", 2000);
        this.recordedAt = Validate.required(recordedAt, "event.recordedAt");
        if (at.isAfter(recordedAt.plusSeconds(60))) {
            throw new ValidationException("event.at", "is in the future; record events when they happen");
        }
    }

    /** An event concerning some debts (none: all of them). */
    public static ComplianceEvent of(long debtorId, ComplianceEventType type, Instant at, Set<Long> debtIds,
                                     String notes, Instant recordedAt) {
        if (type == ComplianceEventType.OPT_OUT || type == ComplianceEventType.CONSENT
                || type == ComplianceEventType.OBJECTION) {
            throw new IllegalArgumentException(type + " events have their own factory");
        }
        return new ComplianceEvent(debtorId, type, at, debtIds, notes, recordedAt);
    }

    public static ComplianceEvent dispute(long debtorId, Instant at, Set<Long> debtIds, boolean written, String notes,
                                          Instant recordedAt) {
        ComplianceEvent event = new ComplianceEvent(debtorId, ComplianceEventType.DISPUTE, at, debtIds, notes, recordedAt);
        event.written = written;
        return event;
    }

    /** An opt-out of a channel, or of one of the debtor's locations on it ({@code locationId} not null). */
    public static ComplianceEvent optOut(long debtorId, Instant at, Channel channel, Long locationId, String notes,
                                         Instant recordedAt) {
        ComplianceEvent event = new ComplianceEvent(debtorId, ComplianceEventType.OPT_OUT, at, Set.of(), notes, recordedAt);
        event.channel = Validate.required(channel, "event.channel");
        event.locationId = locationId;
        return event;
    }

    /** Consent, given at {@code at}, to be called between {@code from} and {@code to}. */
    public static ComplianceEvent consent(long debtorId, Instant at, Instant from, Instant to, String notes,
                                          Instant recordedAt) {
        ComplianceEvent event = new ComplianceEvent(debtorId, ComplianceEventType.CONSENT, at, Set.of(), notes, recordedAt);
        event.windowFrom = Validate.required(from, "event.windowFrom");
        event.windowTo = Validate.required(to, "event.windowTo");
        if (!to.isAfter(from)) {
            throw new ValidationException("event.windowTo", "must be after the start of the window");
        }
        return event;
    }

    public static ComplianceEvent objection(long debtorId, Instant at, long thirdPartyId, String notes, Instant recordedAt) {
        ComplianceEvent event = new ComplianceEvent(debtorId, ComplianceEventType.OBJECTION, at, Set.of(), notes, recordedAt);
        event.thirdPartyId = thirdPartyId;
        return event;
    }

    public Long getId() {
        return id;
    }

    public long getDebtorId() {
        return debtorId;
    }

    public ComplianceEventType getType() {
        return type;
    }

    public Instant getAt() {
        return at;
    }

    /** Whether it concerns this debt (an event naming no debt concerns all of them). */
    public boolean concerns(long debtId) {
        return DebtIdArrays.concerns(debtIds, debtId);
    }

    /** The debts it concerns; empty for all of them. */
    public Set<Long> getDebtIds() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(debtIds)));
    }

    public Channel getChannel() {
        return channel;
    }

    public Long getLocationId() {
        return locationId;
    }

    public Long getThirdPartyId() {
        return thirdPartyId;
    }

    public boolean isWritten() {
        return written;
    }

    public Instant getWindowFrom() {
        return windowFrom;
    }

    public Instant getWindowTo() {
        return windowTo;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
