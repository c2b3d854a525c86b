package org.recoup.ui.debtors;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.recoup.domain.LocationKind;
import org.recoup.domain.PhoneNumbers;
import org.recoup.domain.PhoneType;
import org.recoup.domain.Validate;
import org.recoup.domain.ValidationException;
import org.recoup.service.ZoneInference;
import org.recoup.service.debtors.LocationForm;

/** One location in the debtor editor, with the checks that run as the user types. */
public final class LocationModel {

    private final Long id;
    private final LocationKind kind;
    final StringProperty addressLine = new SimpleStringProperty("");
    final StringProperty city = new SimpleStringProperty("");
    final StringProperty region = new SimpleStringProperty("");
    final StringProperty postalCode = new SimpleStringProperty("");
    final StringProperty country = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    final ObjectProperty<PhoneType> phoneType = new SimpleObjectProperty<>(PhoneType.MOBILE);
    final StringProperty email = new SimpleStringProperty("");
    final BooleanProperty employerProvided = new SimpleBooleanProperty();
    /** The zone the user chose; blank to use the inferred one. */
    final StringProperty timeZone = new SimpleStringProperty("");

    LocationModel(LocationKind kind) {
        this(null, kind);
    }

    private LocationModel(Long id, LocationKind kind) {
        this.id = id;
        this.kind = kind;
    }

    static LocationModel of(LocationForm form) {
        LocationModel model = new LocationModel(form.id(), form.kind());
        model.addressLine.set(nz(form.addressLine()));
        model.city.set(nz(form.city()));
        model.region.set(nz(form.region()));
        model.postalCode.set(nz(form.postalCode()));
        model.country.set(nz(form.country()));
        model.phone.set(form.phone() == null ? "" : PhoneNumbers.display(form.phone()));
        model.phoneType.set(form.phoneType() == null ? PhoneType.MOBILE : form.phoneType());
        model.email.set(nz(form.email()));
        model.employerProvided.set(form.employerProvided());
        model.timeZone.set(nz(form.timeZone()));
        return model;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public LocationKind kind() {
        return kind;
    }

    LocationForm toForm() {
        return new LocationForm(id, kind, addressLine.get(), city.get(), region.get(), postalCode.get(),
                country.get(), phone.get(), phoneType.get(), email.get(), employerProvided.get(), timeZone.get());
    }

    /** The problem with the number as typed, or null. */
    String phoneError(String defaultCountry) {
        return error(() -> PhoneNumbers.toE164(phone.get(), defaultCountry, "phone"));
    }

    String emailError() {
        return error(() -> Validate.email(email.get(), "email"));
    }

    String countryError() {
        return error(() -> Validate.country(country.get(), "country"));
    }

    String zoneError() {
        String zone = timeZone.get();
        if (zone == null || zone.isBlank()) {
            return null;
        }
        return error(() -> Validate.zone(zone, "zone"));
    }

    /** The zone Recoup would use if the user chose none, or null. */
    String inferredZone() {
        try {
            return switch (kind) {
                case ADDRESS -> ZoneInference.forAddress(country.get(), region.get(), postalCode.get()).orElse(null);
                case PHONE -> {
                    List<String> zones = ZoneInference.forPhone(PhoneNumbers.toE164(phone.get(), null, "phone"));
                    yield zones.isEmpty() ? null : zones.get(0);
                }
                case EMAIL -> null;
            };
        } catch (ValidationException e) {
            return null;
        }
    }

    private static String error(Runnable check) {
        try {
            check.run();
            return null;
        } catch (ValidationException e) {
            return e.reason();
        }
    }
}
