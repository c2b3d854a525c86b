package org.recoup.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person or a company who owes, with the places where they can be reached. */
@Entity
@Table(name = "debtor")
public class Debtor {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "debtor_seq")
    @SequenceGenerator(name = "debtor_seq", sequenceName = "debtor_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DebtorKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    /** The name in its native script, e.g. 张伟. */
    @Column(name = "native_name", length = 200)
    private String nativeName;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_language", nullable = false, length = 2)
    private Language preferredLanguage;

    @Column(length = 4000)
    private String notes;

    /** Compliance rule packs chosen by hand (comma-separated), replacing those of the address. */
    @Column(name = "packs_override", length = 100)
    private String packsOverride;

    /** The debtor's employer prohibits contact at work (US-WORK). */
    @Column(name = "employer_prohibits_contact", nullable = false)
    private boolean employerProhibitsContact;

    /** The debtor agreed to be contacted outside the usual hours (CN-TIME). */
    @Column(name = "consent_other_hours", nullable = false)
    private boolean consentToOtherHours;

    @Column(name = "search_name", nullable = false, length = 200)
    private String searchName;
    @Column(name = "search_name_rev", nullable = false, length = 200)
    private String searchNameReversed;
    @Column(name = "search_native", length = 200)
    private String searchNative;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    // A projection of the debtor's debts, ledger and contacts for sorting and filtering the list,
    // kept by the store in the same transaction as the rows it derives from; never the truth.
    @Column(name = "summary_balance", precision = 19, scale = 4, insertable = false, updatable = false)
    private BigDecimal summaryBalance;
    @Column(name = "summary_currency", length = 3, insertable = false, updatable = false)
    private String summaryCurrency;
    @Enumerated(EnumType.STRING)
    @Column(name = "summary_status", length = 10, insertable = false, updatable = false)
    private DebtStatus summaryStatus;
    @Column(name = "last_contact_at", insertable = false, updatable = false)
    private Instant lastContactAt;

    @OneToMany(mappedBy = "debtor", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Location> locations = new ArrayList<>();

    protected Debtor() {
    }

    public Debtor(DebtorKind kind, String name, String nativeName, Language preferredLanguage, Instant createdAt) {
        this.kind = Validate.required(kind, "debtor.kind");
        this.createdAt = Validate.required(createdAt, "debtor.createdAt");
        this.updatedAt = createdAt;
        rename(name, nativeName);
        this.preferredLanguage = Validate.required(preferredLanguage, "debtor.preferredLanguage");
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public DebtorKind getKind() {
        return kind;
    }

    public void setKind(DebtorKind kind) {
        this.kind = Validate.required(kind, "debtor.kind");
    }

    public String getName() {
        return name;
    }

    public String getNativeName() {
        return nativeName;
    }

    public void rename(String name, String nativeName) {
        this.name = Validate.required(name, "debtor.name", 200);
        this.nativeName = Validate.optional(nativeName, "debtor.nativeName", 200);
        this.searchName = SearchText.normalize(this.name);
        this.searchNameReversed = SearchText.lastWordFirst(this.name);
        this.searchNative = this.nativeName == null ? null : SearchText.normalize(this.nativeName);
    }

    public String getSearchName() {
        return searchName;
    }

    public String getSearchNameReversed() {
        return searchNameReversed;
    }

    public String getSearchNative() {
        return searchNative;
    }

    public Language getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(Language language) {
        this.preferredLanguage = Validate.required(language, "debtor.preferredLanguage");
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = Validate.optional(notes, "debtor.notes", 4000);
    }

    public boolean isEmployerProhibitsContact() {
        return employerProhibitsContact;
    }

    public void setEmployerProhibitsContact(boolean value) {
        this.employerProhibitsContact = value;
    }

    public boolean isConsentToOtherHours() {
        return consentToOtherHours;
    }

    public void setConsentToOtherHours(boolean value) {
        this.consentToOtherHours = value;
    }

    public Optional<String> getPacksOverride() {
        return Optional.ofNullable(packsOverride);
    }

    public void setPacksOverride(String packs) {
        this.packsOverride = Validate.optional(packs, "debtor.packsOverride", 100);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void touch(Instant at) {
        this.updatedAt = at;
    }

    public List<Location> getLocations() {
        return Collections.unmodifiableList(locations);
    }

    /** Adds a location at the end of the list. */
    public Location addLocation(Location location) {
        location.attach(this, locations.size());
        locations.add(location);
        return location;
    }

    /**
     * Replaces the locations with {@code wanted}, in that order: a location whose id matches an
     * existing one updates it in place (keeping its history), the others are added, and existing
     * ones not named are removed.
     */
    public void replaceLocations(List<Location> wanted, List<Long> wantedIds) {
        if (wanted.size() != wantedIds.size()) {
            throw new IllegalArgumentException("one id (or null) per location");
        }
        List<Location> result = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            Long id = wantedIds.get(i);
            Location existing = id == null ? null
                    : locations.stream().filter(l -> id.equals(l.getId())).findFirst().orElse(null);
            Location target = existing != null ? existing : wanted.get(i);
            if (existing != null) {
                existing.copyFrom(wanted.get(i));
            }
            target.attach(this, i);
            result.add(target);
        }
        locations.retainAll(result);
        for (Location location : result) {
            if (!locations.contains(location)) {
                locations.add(location);
            }
        }
        locations.sort(java.util.Comparator.comparingInt(Location::getPosition));
    }

    /** The zone of the first location: where days are counted (RULES.md, "Home zone"). */
    public Optional<String> homeZone() {
        return locations.stream().map(Location::getTimeZone).findFirst();
    }

    public BigDecimal getSummaryBalance() {
        return summaryBalance;
    }

    public String getSummaryCurrency() {
        return summaryCurrency;
    }

    public DebtStatus getSummaryStatus() {
        return summaryStatus;
    }

    public Instant getLastContactAt() {
        return lastContactAt;
    }
}
