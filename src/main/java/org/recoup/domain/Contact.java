package org.recoup.domain;

import java.time.Instant;
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

/** One logged call, SMS, e-mail, letter or visit, and how it ended. */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
    @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
    private Long id;

    @Column(name = "debtor_id", nullable = false)
    private long debtorId;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 14)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Party party;

    /** The debtor's location used (phone, address, e-mail), when there is one. */
    @Column(name = "location_id")
    private Long locationId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ContactOutcome outcome;

    @Column(length = 4000)
    private String notes;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** The debts the contact was about. */
    @Column(name = "debt_ids", nullable = false)
    private Long[] debtIds;

    protected Contact() {
    }

    public Contact(long debtorId, Instant at, Channel channel, Direction direction, Party party,
                   Long locationId, ContactOutcome outcome, String notes, Set<Long> debtIds, Instant recordedAt) {
        this.debtorId = debtorId;
        this.at = Validate.required(at, "contact.at");
        this.channel = Validate.required(channel, "contact.channel");
        this.direction = Validate.required(direction, "contact.direction");
        this.party = Validate.required(party, "contact.party");
        this.locationId = locationId;
        this.outcome = outcome;
        this.notes = Validate.optional(notes, "contact.notes", 4000);
        this.debtIds = new LinkedHashSet<>(debtIds).toArray(Long[]::new);
        this.recordedAt = Validate.required(recordedAt, "contact.recordedAt");
    }

    public Long getId() {
        return id;
    }

    public long getDebtorId() {
        return debtorId;
    }

    public Instant getAt() {
        return at;
    }

    public Channel getChannel() {
        return channel;
    }

    public Direction getDirection() {
        return direction;
    }

    public Party getParty() {
        return party;
    }

    public Long getLocationId() {
        return locationId;
    }

    public ContactOutcome getOutcome() {
        return outcome;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Set<Long> getDebtIds() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(java.util.Arrays.asList(debtIds)));
    }
}
