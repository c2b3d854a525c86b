package org.recoup.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The order in which a payment settles a debt's buckets, each bucket exactly once. The default
 * is fees, then interest, then principal.
 */
public record AllocationOrder(List<Bucket> buckets) {

    public static final AllocationOrder DEFAULT = new AllocationOrder(List.of(Bucket.FEES, Bucket.INTEREST, Bucket.PRINCIPAL));

    public AllocationOrder {
        Validate.required(buckets, "allocationOrder");
        Set<Bucket> seen = EnumSet.noneOf(Bucket.class);
        for (Bucket bucket : buckets) {
            if (bucket == null || !seen.add(bucket)) {
                throw new ValidationException("allocationOrder", "must name each of PRINCIPAL, INTEREST and FEES once");
            }
        }
        if (seen.size() != Bucket.values().length) {
            throw new ValidationException("allocationOrder", "must name each of PRINCIPAL, INTEREST and FEES once");
        }
        buckets = List.copyOf(buckets);
    }

    public static AllocationOrder of(Bucket... buckets) {
        return new AllocationOrder(List.of(buckets));
    }

    /** Reads {@code "FEES,INTEREST,PRINCIPAL"} (case-insensitive, spaces allowed). */
    public static AllocationOrder parse(String text) {
        String value = Validate.required(text, "allocationOrder");
        List<Bucket> buckets = new ArrayList<>();
        for (String part : value.split(",")) {
            try {
                buckets.add(Bucket.valueOf(part.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("allocationOrder", "'" + part.trim() + "' is not one of PRINCIPAL, INTEREST, FEES");
            }
        }
        return new AllocationOrder(buckets);
    }

    /** The stored form, e.g. {@code "FEES,INTEREST,PRINCIPAL"}. */
    public String text() {
        return buckets.stream().map(Bucket::name).collect(Collectors.joining(","));
    }
}
