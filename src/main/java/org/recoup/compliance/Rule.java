package org.recoup.compliance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One rule of a pack: its id and code, and its versions, each holding from its {@code effectiveFrom}
 * date until the next version's.
 */
public record Rule(String id, Code code, List<Version> versions) {

    /**
     * A version of a rule.
     *
     * @param severity  the highest severity it gives (some rules also warn)
     * @param evaluator the generic check with this version's parameters
     */
    public record Version(LocalDate effectiveFrom, Severity severity, String citation, Evaluator evaluator) {
    }

    public Rule {
        versions = versions.stream().sorted(Comparator.comparing(Version::effectiveFrom)).toList();
    }

    /** The version in force on a date, or null when the rule did not hold yet. */
    public Version inForce(LocalDate date) {
        Version found = null;
        for (Version v : versions) {
            if (!v.effectiveFrom().isAfter(date)) {
                found = v;
            }
        }
        return found;
    }
}
