package org.recoup.service.debtors;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.recoup.domain.Debt;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.Debtor;
import org.recoup.domain.Location;
import org.recoup.domain.LocationKind;
import org.recoup.domain.PhoneNumbers;
import org.recoup.domain.ValidationException;
import org.recoup.domain.view.DebtorFilter;
import org.recoup.domain.view.DebtorRow;
import org.recoup.domain.view.DebtorSort;
import org.recoup.domain.view.SearchHit;
import org.recoup.service.ZoneInference;
import org.recoup.store.Database;

/** Keeping debtors: create, edit, look up, list and search. Each call is one transaction. */
public final class DebtorService {

    private final Database database;
    private final Clock clock;

    public DebtorService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Creates a debtor from a form.
     *
     * @throws ValidationException naming the first field at fault; nothing is saved then
     */
    public DebtorDetail create(DebtorForm form) {
        Instant now = Instant.now(clock);
        Debtor debtor = new Debtor(form.kind(), form.name(), form.nativeName(), form.preferredLanguage(), now);
        debtor.setNotes(form.notes());
        List<Location> locations = toLocations(form.locations(), null);
        locations.forEach(debtor::addLocation);
        long id = database.write(s -> s.debtors().save(debtor).getId());
        return detail(id).orElseThrow();
    }

    /**
     * Saves an edited debtor.
     *
     * @param expectedVersion the version the form was loaded from; a debtor changed since is refused
     */
    public DebtorDetail update(long id, long expectedVersion, DebtorForm form) {
        List<Location> locations = toLocations(form.locations(), null);
        database.write(s -> {
            Debtor debtor = s.debtors().find(id)
                    .orElseThrow(() -> new ValidationException("debtor", "no debtor with id " + id));
            if (debtor.getVersion() != expectedVersion) {
                throw new ValidationException("debtor", "was changed elsewhere since you opened it; close and reopen it");
            }
            debtor.setKind(form.kind());
            debtor.rename(form.name(), form.nativeName());
            debtor.setPreferredLanguage(form.preferredLanguage());
            debtor.setNotes(form.notes());
            debtor.replaceLocations(locations, form.locations().stream().map(LocationForm::id).toList());
            debtor.touch(Instant.now(clock));
            return s.debtors().save(debtor);
        });
        return detail(id).orElseThrow();
    }

    public Optional<DebtorDetail> detail(long id) {
        return database.read(s -> s.debtors().find(id).map(debtor -> {
            List<Debt> debts = s.debts().forDebtor(id);
            List<String> flags = flags(debtor, debts);
            flags.addAll(org.recoup.service.work.EventService.flags(s, debtor, Instant.now(clock)));
            return toDetail(debtor, flags);
        }));
    }

    /** The debtor's contact log, newest first. */
    public List<ContactView> contacts(long debtorId) {
        return database.read(s -> {
            java.util.Map<Long, String> references = new java.util.HashMap<>();
            s.debts().forDebtor(debtorId).forEach(d -> references.put(d.getId(), d.getReference()));
            java.util.Map<Long, String> places = new java.util.HashMap<>();
            s.debtors().find(debtorId).ifPresent(d -> d.getLocations().forEach(l -> places.put(l.getId(), l.describe())));
            return s.contacts().forDebtor(debtorId).stream().map(c -> new ContactView(c.getId(), c.getAt(),
                    c.getChannel(), c.getDirection(), c.getParty(),
                    c.getLocationId() == null ? null : places.get(c.getLocationId()), c.getOutcome(), c.getNotes(),
                    c.getDebtIds().stream().map(references::get).filter(java.util.Objects::nonNull).sorted().toList()))
                    .toList();
        });
    }

    /** The debts a batch (letters, export) works on for a filter of the list; see {@code DebtorQueries.debtIds}. */
    public List<Long> debtIds(DebtorFilter filter) {
        return database.read(s -> s.queries().debtIds(filter));
    }

    /** Reads a {@code --filter} expression, finding clients by name. */
    public DebtorFilter parseFilter(String expression) {
        java.util.Map<String, Long> clients = new java.util.HashMap<>();
        database.read(s -> s.clients().all()).forEach(c -> clients.put(c.getName().toLowerCase(java.util.Locale.ROOT), c.getId()));
        return org.recoup.service.FilterExpression.parse(expression,
                name -> clients.get(name.trim().toLowerCase(java.util.Locale.ROOT)), clock);
    }

    public long count(DebtorFilter filter) {
        return database.read(s -> s.queries().count(filter));
    }

    public List<DebtorRow> page(DebtorFilter filter, DebtorSort sort, boolean ascending, long offset, int limit) {
        return database.read(s -> s.queries().page(filter, sort, ascending, offset, limit));
    }

    /** The highest debtor id in use; ids below it may be free (they come in blocks). */
    public long maxDebtorId() {
        return database.read(s -> s.queries().maxDebtorId());
    }

    public Optional<DebtorRow> row(long id) {
        return Optional.ofNullable(database.read(s -> s.queries().row(id)));
    }

    /** The global search: name (either script), debt reference, phone or e-mail. */
    public List<SearchHit> search(String query, int limit) {
        return database.read(s -> s.queries().search(query, limit));
    }

    /**
     * Builds validated locations from forms, inferring each zone left blank; phone numbers without a
     * country code are read in {@code defaultCountry}, or when it is null in the first address's.
     *
     * @throws ValidationException naming the location at fault ({@code locations[2].phone})
     */
    public static List<Location> toLocations(List<LocationForm> forms, String defaultCountry) {
        if (forms.isEmpty()) {
            throw new ValidationException("debtor.locations", "add at least one address, phone number or e-mail");
        }
        List<Location> locations = new ArrayList<>();
        String fallbackZone = null;
        if (defaultCountry == null) {
            defaultCountry = forms.stream().filter(f -> f.kind() == LocationKind.ADDRESS && f.country() != null
                    && !f.country().isBlank()).map(f -> f.country().trim()).findFirst().orElse(null);
        }
        for (int i = 0; i < forms.size(); i++) {
            LocationForm f = forms.get(i);
            String field = "locations[" + (i + 1) + "]";
            try {
                Location location = toLocation(f, defaultCountry, fallbackZone);
                if (fallbackZone == null) {
                    fallbackZone = location.getTimeZone();
                }
                locations.add(location);
            } catch (ValidationException e) {
                throw new ValidationException(field + "." + e.field().replaceFirst("^location\\.", ""), e.reason());
            }
        }
        return locations;
    }

    private static Location toLocation(LocationForm f, String defaultCountry, String fallbackZone) {
        if (f.kind() == null) {
            throw new ValidationException("location.kind", "is required (address, phone or e-mail)");
        }
        boolean chosen = f.timeZone() != null && !f.timeZone().isBlank();
        return switch (f.kind()) {
            case ADDRESS -> Location.address(f.addressLine(), f.city(), f.region(), f.postalCode(), f.country(),
                    chosen ? f.timeZone() : inferred(ZoneInference.forAddress(f.country(), f.region(), f.postalCode())
                            .orElse(null), fallbackZone), chosen);
            case PHONE -> {
                String e164 = PhoneNumbers.toE164(f.phone(), defaultCountry, "location.phone");
                List<String> zones = ZoneInference.forPhone(e164);
                yield Location.phone(e164, f.phoneType() == null ? org.recoup.domain.PhoneType.MOBILE : f.phoneType(),
                        chosen ? f.timeZone() : inferred(zones.isEmpty() ? null : zones.get(0), fallbackZone), chosen);
            }
            case EMAIL -> Location.email(f.email(), f.employerProvided(),
                    chosen ? f.timeZone() : inferred(null, fallbackZone), chosen);
        };
    }

    private static String inferred(String zone, String fallback) {
        String result = zone != null ? zone : fallback;
        if (result == null) {
            throw new ValidationException("location.timeZone", "cannot be told from this location; choose one");
        }
        return result;
    }

    private static List<String> flags(Debtor debtor, List<Debt> debts) {
        List<String> flags = new ArrayList<>();
        for (DebtStatus status : List.of(DebtStatus.DISPUTED, DebtStatus.CEASED, DebtStatus.LEGAL, DebtStatus.PLAN)) {
            if (debts.stream().anyMatch(d -> d.getStatus() == status)) {
                flags.add("status." + status.name());
            }
        }
        if (debtor.getLocations().stream().noneMatch(l -> l.getKind() == LocationKind.PHONE)) {
            flags.add("flag.noPhone");
        }
        if (debtor.getLocations().stream().map(Location::getTimeZone).distinct().count() > 1) {
            flags.add("flag.severalZones");
        }
        return flags;
    }

    private static DebtorDetail toDetail(Debtor d, List<String> flags) {
        List<LocationView> locations = d.getLocations().stream().map(l -> new LocationView(l.getId(), l.getKind(),
                l.describe(), l.getPhoneType(), l.getTimeZone(), l.isZoneOverridden(), l.isEmployerProvided(),
                new LocationForm(l.getId(), l.getKind(), l.getAddressLine(), l.getCity(), l.getRegion(),
                        l.getPostalCode(), l.getCountry(), l.getPhone(), l.getPhoneType(), l.getEmail(),
                        l.isEmployerProvided(), l.isZoneOverridden() ? l.getTimeZone() : null))).toList();
        return new DebtorDetail(d.getId(), d.getVersion(), d.getKind(), d.getName(), d.getNativeName(),
                d.getPreferredLanguage(), d.getNotes(), locations, flags, d.getCreatedAt(), d.getUpdatedAt());
    }
}
