package org.recoup.service.debtors;

import org.recoup.domain.LocationKind;
import org.recoup.domain.PhoneType;

/** A debtor's location as the window shows it. */
public record LocationView(long id, LocationKind kind, String display, PhoneType phoneType, String timeZone,
                           boolean zoneOverridden, boolean employerProvided, LocationForm form) {
}
