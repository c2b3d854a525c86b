package org.recoup.compliance;

import java.time.ZoneId;
import java.util.List;

import org.recoup.domain.PhoneType;

/**
 * One of the debtor's locations.
 *
 * @param id               how actions and events name it (may be null for an address nobody names)
 * @param zones            the zones it may be in: none when unknown, several when a number maps to
 *                         several (US-TIME-2)
 * @param phoneType        for a PHONE; null when unknown (then not a personal number)
 * @param employerProvided for an EMAIL: an address the employer gave him
 */
public record Location(String id, LocationKind kind, List<ZoneId> zones, PhoneType phoneType,
                       boolean employerProvided) {

    public Location {
        zones = List.copyOf(zones);
    }

    public static Location address(ZoneId zone) {
        return new Location(null, LocationKind.ADDRESS, List.of(zone), null, false);
    }

    public static Location phone(String id, PhoneType type, ZoneId zone) {
        return new Location(id, LocationKind.PHONE, zone == null ? List.of() : List.of(zone), type, false);
    }

    public static Location email(String id, boolean employerProvided) {
        return new Location(id, LocationKind.EMAIL, List.of(), null, employerProvided);
    }
}
