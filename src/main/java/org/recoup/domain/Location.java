package org.recoup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A place a debtor can be reached: a postal address, a phone number (E.164) or an e-mail address,
 * each with the IANA time zone in which "time of day" is read for it.
 */
@Entity
@Table(name = "location")
public class Location {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "location_seq")
    @SequenceGenerator(name = "location_seq", sequenceName = "location_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "debtor_id", nullable = false)
    private Debtor debtor;

    /** Order among the debtor's locations; the first is the home (RULES.md, "Home zone"). */
    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private LocationKind kind;

    @Column(name = "address_line", length = 300)
    private String addressLine;
    @Column(length = 120)
    private String city;
    /** State, province or county; for the US the two-letter state code. */
    @Column(length = 80)
    private String region;
    @Column(name = "postal_code", length = 20)
    private String postalCode;
    @Column(length = 2)
    private String country;

    @Column(length = 20)
    private String phone;
    /** The number without its country code, for searching numbers as people dial them. */
    @Column(name = "phone_national", length = 20)
    private String phoneNational;
    @Enumerated(EnumType.STRING)
    @Column(name = "phone_type", length = 10)
    private PhoneType phoneType;

    @Column(length = 254)
    private String email;
    @Column(name = "employer_provided", nullable = false)
    private boolean employerProvided;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;
    /** True when the user chose the zone rather than accepting the one inferred. */
    @Column(name = "zone_overridden", nullable = false)
    private boolean zoneOverridden;

    protected Location() {
    }

    private Location(LocationKind kind, String timeZone, boolean zoneOverridden) {
        this.kind = kind;
        this.timeZone = Validate.zone(timeZone, "location.timeZone");
        this.zoneOverridden = zoneOverridden;
    }

    public static Location address(String addressLine, String city, String region, String postalCode,
                                   String country, String timeZone, boolean zoneOverridden) {
        Location location = new Location(LocationKind.ADDRESS, timeZone, zoneOverridden);
        location.addressLine = Validate.optional(addressLine, "location.addressLine", 300);
        location.city = Validate.optional(city, "location.city", 120);
        location.region = Validate.optional(region, "location.region", 80);
        location.postalCode = Validate.optional(postalCode, "location.postalCode", 20);
        location.country = Validate.country(country, "location.country");
        return location;
    }

    /** A phone location; {@code e164} must already be in E.164 form (see {@link PhoneNumbers#toE164}). */
    public static Location phone(String e164, PhoneType type, String timeZone, boolean zoneOverridden) {
        PhoneNumbers.Parts parts = PhoneNumbers.partsOfE164(e164)
                .orElseThrow(() -> new ValidationException("location.phone",
                        "'" + e164 + "' is not a phone number in E.164 form (+12125550100)"));
        Location location = new Location(LocationKind.PHONE, timeZone, zoneOverridden);
        location.phone = e164;
        location.phoneNational = parts.national();
        location.phoneType = Validate.required(type, "location.phoneType");
        location.country = parts.country();
        return location;
    }

    public static Location email(String email, boolean employerProvided, String timeZone, boolean zoneOverridden) {
        Location location = new Location(LocationKind.EMAIL, timeZone, zoneOverridden);
        location.email = Validate.email(email, "location.email");
        location.employerProvided = employerProvided;
        return location;
    }

    void attach(Debtor debtor, int position) {
        this.debtor = debtor;
        this.position = position;
    }

    /** Takes the values of {@code other} (a location of the same kind built from a form). */
    void copyFrom(Location other) {
        this.kind = other.kind;
        this.addressLine = other.addressLine;
        this.city = other.city;
        this.region = other.region;
        this.postalCode = other.postalCode;
        this.country = other.country;
        this.phone = other.phone;
        this.phoneNational = other.phoneNational;
        this.phoneType = other.phoneType;
        this.email = other.email;
        this.employerProvided = other.employerProvided;
        this.timeZone = other.timeZone;
        this.zoneOverridden = other.zoneOverridden;
    }

    public Long getId() {
        return id;
    }

    public Debtor getDebtor() {
        return debtor;
    }

    public int getPosition() {
        return position;
    }

    public LocationKind getKind() {
        return kind;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public String getCity() {
        return city;
    }

    public String getRegion() {
        return region;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCountry() {
        return country;
    }

    public String getPhone() {
        return phone;
    }

    public String getPhoneNational() {
        return phoneNational;
    }

    public PhoneType getPhoneType() {
        return phoneType;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEmployerProvided() {
        return employerProvided;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public boolean isZoneOverridden() {
        return zoneOverridden;
    }

    /** One line for a person: the address, the number or the e-mail. */
    public String describe() {
        return switch (kind) {
            case PHONE -> PhoneNumbers.display(phone);
            case EMAIL -> email;
            case ADDRESS -> String.join(", ", java.util.stream.Stream.of(addressLine, city, region, postalCode, country)
                    .filter(s -> s != null && !s.isBlank()).toList());
        };
    }
}
