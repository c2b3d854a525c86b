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
import jakarta.persistence.Version;

/** A call, SMS, e-mail, visit or letter planned for a time. */
@Entity
@Table(name = "scheduled_action")
public class ScheduledAction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scheduled_seq")
    @SequenceGenerator(name = "scheduled_seq", sequenceName = "scheduled_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "debtor_id", nullable = false)
    private long debtorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 14)
    private Channel channel;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Party party;

    @Column(name = "location_id")
    private Long locationId;

    @Column(name = "third_party_id")
    private Long thirdPartyId;

    @Column(name = "debt_ids", nullable = false)
    private Long[] debtIds;

    /** For a letter: the template to print (VALIDATION_NOTICE, DEMAND, ...). */
    @Column(name = "letter_template", length = 30)
    private String letterTemplate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionPurpose purpose;

    @Column(length = 2000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ActionStatus status = ActionStatus.PLANNED;

    /** The written reason a blocked action was kept anyway. */
    @Column(name = "override_reason", length = 2000)
    private String overrideReason;

    /** The contact that carried the action out. */
    @Column(name = "contact_id")
    private Long contactId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ScheduledAction() {
    }

    public ScheduledAction(long debtorId, Channel channel, Instant at, Party party, Long locationId, Long thirdPartyId,
                           Set<Long> debtIds, String letterTemplate, ActionPurpose purpose, String note, Instant createdAt) {
        this.debtorId = debtorId;
        this.channel = Validate.required(channel, "action.channel");
        this.party = Validate.required(party, "action.party");
        this.locationId = locationId;
        this.thirdPartyId = thirdPartyId;
        this.debtIds = new LinkedHashSet<>(debtIds).toArray(Long[]::new);
        this.letterTemplate = Validate.optional(letterTemplate, "action.letterTemplate", 30);
        this.purpose = Validate.required(purpose, "action.purpose");
        this.note = Validate.optional(note, "action.note", 2000);
        this.createdAt = Validate.required(createdAt, "action.createdAt");
        reschedule(at);
        if (channel == Channel.LETTER && letterTemplate == null) {
            throw new ValidationException("action.letterTemplate", "is required for a letter");
        }
        if (party != Party.DEBTOR && thirdPartyId == null) {
            throw new ValidationException("action.thirdParty", "is required for an action to someone other than the debtor");
        }
    }

    public void reschedule(Instant newAt) {
        this.at = Validate.required(newAt, "action.at");
    }

    /** Keeps a blocked action, with the reason the user wrote. */
    public void override(String reason) {
        this.overrideReason = Validate.required(reason, "action.overrideReason", 2000);
    }

    public void done(long byContact) {
        this.status = ActionStatus.DONE;
        this.contactId = byContact;
    }

    public void cancel() {
        this.status = ActionStatus.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public long getDebtorId() {
        return debtorId;
    }

    public Channel getChannel() {
        return channel;
    }

    public Instant getAt() {
        return at;
    }

    public Party getParty() {
        return party;
    }

    public Long getLocationId() {
        return locationId;
    }

    public Long getThirdPartyId() {
        return thirdPartyId;
    }

    public Set<Long> getDebtIds() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(debtIds)));
    }

    public String getLetterTemplate() {
        return letterTemplate;
    }

    public ActionPurpose getPurpose() {
        return purpose;
    }

    public String getNote() {
        return note;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public Long getContactId() {
        return contactId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
