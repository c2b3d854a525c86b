package org.recoup.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The creditor a debt is collected for (for a finance department, the company itself). */
@Entity
@Table(name = "client")
public class Client {

    public static final int DEFAULT_GRACE_DAYS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_seq")
    @SequenceGenerator(name = "client_seq", sequenceName = "client_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    /** Where its debtors' phone numbers are read when written without a country code. */
    @Column(name = "default_country", length = 2)
    private String defaultCountry;

    /** Days an instalment or promise may be late before it counts as broken. */
    @Column(name = "grace_days", nullable = false)
    private int graceDays = DEFAULT_GRACE_DAYS;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Client() {
    }

    public Client(String name, String defaultCountry, Instant createdAt) {
        rename(name);
        setDefaultCountry(defaultCountry);
        this.createdAt = Validate.required(createdAt, "client.createdAt");
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = Validate.required(name, "client.name", 200);
    }

    public String getDefaultCountry() {
        return defaultCountry;
    }

    public void setDefaultCountry(String country) {
        this.defaultCountry = country == null || country.isBlank() ? null : Validate.country(country, "client.defaultCountry");
    }

    public int getGraceDays() {
        return graceDays;
    }

    public void setGraceDays(int graceDays) {
        if (graceDays < 0 || graceDays > 90) {
            throw new ValidationException("client.graceDays", "must be between 0 and 90 days");
        }
        this.graceDays = graceDays;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
