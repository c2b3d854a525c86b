package org.recoup.cli;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an ISO instant such as {@code 2026-03-10T15:00:00Z} (or with an offset, {@code +08:00}). */
final class IsoInstant implements ITypeConverter<Instant> {

    @Override
    public Instant convert(String value) {
        String text = value.trim();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                throw new TypeConversionException("'" + value + "' is not an instant (e.g. 2026-03-10T15:00:00Z)");
            }
        }
    }
}
