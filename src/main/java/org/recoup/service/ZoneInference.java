package org.recoup.service;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.recoup.compliance.context.PostalAddress;

/**
 * The time zone a new location most likely lies in, offered to the user, who may change it. The
 * knowledge lives in the compliance context (state, ZIP3 and phone-prefix tables); this is the
 * window's and the forms' way to it.
 */
public final class ZoneInference {

    private ZoneInference() {
    }

    /** The zones a phone number (E.164) may ring in; several for some numbers. */
    public static List<String> forPhone(String e164) {
        return org.recoup.compliance.context.ZoneInference.forPhone(e164, null).stream().map(ZoneId::getId).toList();
    }

    /** The zone of an address, where country, state and ZIP settle it; the first of several. */
    public static Optional<String> forAddress(String country, String region, String postalCode) {
        return org.recoup.compliance.context.ZoneInference.forAddress(new PostalAddress(country, region, postalCode))
                .stream().map(ZoneId::getId).findFirst();
    }
}
