package org.recoup.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A person other than the debtor: his attorney, family, employer, an emergency contact. */
@Entity
@Table(name = "third_party")
public class ThirdParty {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "third_party_seq")
    @SequenceGenerator(name = "third_party_seq", sequenceName = "third_party_seq", allocationSize = 50)
    private Long id;

    @Column(name = "debtor_id", nullable = false)
    private long debtorId;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContactRelation relation;

    @Column(length = 20)
    private String phone;

    @Column(length = 254)
    private String email;

    /** Where his time of day is read; null for the debtor's home zone. */
    @Column(name = "time_zone", length = 60)
    private String timeZone;

    @Column(length = 2000)
    private String notes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ThirdParty() {
    }

    public ThirdParty(long debtorId, String name, ContactRelation relation, String phoneE164, String email,
                      String timeZone, String notes, Instant createdAt) {
        this.debtorId = debtorId;
        this.name = Validate.required(name, "thirdParty.name", 200);
        this.relation = Validate.required(relation, "thirdParty.relation");
        if (phoneE164 != null && !PhoneNumbers.isE164(phoneE164)) {
            throw new ValidationException("thirdParty.phone", "'" + phoneE164 + "' is not a phone number in E.164 form");
        }
        this.phone = phoneE164;
        this.email = email == null || email.isBlank() ? null : Validate.email(email, "thirdParty.email");
        this.timeZone = timeZone == null || timeZone.isBlank() ? null : Validate.zone(timeZone, "thirdParty.timeZone");
        this.notes = Validate.optional(notes, "thirdParty.notes", 2000);
        this.createdAt = Validate.required(createdAt, "thirdParty.createdAt");
    }

    public Long getId() {
        return id;
    }

    public long getDebtorId() {
        return debtorId;
    }

    public String getName() {
        return name;
    }

    public ContactRelation getRelation() {
        return relation;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
