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

    /** A contact with someone other than the debtor: who. */
    @Column(name = "third_party_id")
    private Long thirdPartyId;

    /** A call or visit at the debtor's workplace. */
    @Column(name = "at_workplace", nullable = false)
    private boolean atWorkplace;

    /** For a letter: what kind of letter it was. */
    @Enumerated(EnumType.STRING)
    @Column(name = "letter_kind", length = 20)
    private LetterKind letterKind;

    /** For a letter: it came back undeliverable. */
    @Column(nullable = false)
    private boolean undeliverable;

    /** For a validation notice: the end of the validation period it stated. */
    @Column(name = "validation_end")
    private java.time.LocalDate validationEnd;

    /** For an SMS or e-mail: it told the debtor how to opt out. */
    @Column(name = "has_opt_out", nullable = false)
    private boolean hasOptOut;

    /** For a message to a third party: it mentioned the debt. */
    @Column(name = "mentions_debt", nullable = false)
    private boolean mentionsDebt;

    /** The written reason a contact the rules blocked was made anyway. */
    @Column(name = "override_reason", length = 2000)
    private String overrideReason;

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

    /** The contact was with a third party (its party is ATTORNEY or THIRD_PARTY). */
    public Contact withThirdParty(long id) {
        this.thirdPartyId = id;
        return this;
    }

    public Contact atWorkplace(boolean value) {
        this.atWorkplace = value;
        return this;
    }

    /** The contact was a letter of this kind; a validation notice states the end of its period. */
    public Contact asLetter(LetterKind kind, java.time.LocalDate statedValidationEnd) {
        if (channel != Channel.LETTER) {
            throw new IllegalStateException("only a LETTER contact has a letter kind");
        }
        this.letterKind = Validate.required(kind, "contact.letterKind");
        this.validationEnd = statedValidationEnd;
        return this;
    }

    public Contact withMessage(boolean hasOptOut, boolean mentionsDebt) {
        this.hasOptOut = hasOptOut;
        this.mentionsDebt = mentionsDebt;
        return this;
    }

    /** The rules blocked this contact and the user made it anyway, for this reason. */
    public Contact overridden(String reason) {
        this.overrideReason = Validate.required(reason, "contact.overrideReason", 2000);
        return this;
    }

    /** The letter came back: it did not reach the debtor. */
    public void markUndeliverable() {
        if (channel != Channel.LETTER) {
            throw new IllegalStateException("only a letter can come back undeliverable");
        }
        this.undeliverable = true;
    }

    public Long getThirdPartyId() {
        return thirdPartyId;
    }

    public boolean isAtWorkplace() {
        return atWorkplace;
    }

    public LetterKind getLetterKind() {
        return letterKind;
    }

    public boolean isUndeliverable() {
        return undeliverable;
    }

    public java.time.LocalDate getValidationEnd() {
        return validationEnd;
    }

    public boolean hasOptOut() {
        return hasOptOut;
    }

    public boolean mentionsDebt() {
        return mentionsDebt;
    }

    public String getOverrideReason() {
        return overrideReason;
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

    /** Whether the contact was about this debt (a contact naming no debt is about all of them). */
    public boolean concerns(long debtId) {
        return DebtIdArrays.concerns(debtIds, debtId);
    }

    public Set<Long> getDebtIds() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(java.util.Arrays.asList(debtIds)));
    }
}
