package org.recoup.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The result of a check: BLOCK if any finding blocks, else WARN if any warns, else PASS. */
public record Verdict(Level verdict, List<Finding> findings) {

    public enum Level { PASS, WARN, BLOCK }

    public Verdict {
        findings = List.copyOf(findings);
    }

    static Verdict of(List<Finding> findings) {
        Level level = Level.PASS;
        for (Finding f : findings) {
            if (f.severity() == Severity.BLOCK) {
                level = Level.BLOCK;
            } else if (level == Level.PASS) {
                level = Level.WARN;
            }
        }
        return new Verdict(level, findings);
    }

    /** The earliest compliant instant, when a time or frequency finding carries one. */
    public Optional<Instant> earliestCompliant() {
        for (Finding f : findings) {
            if (f.earliestCompliant().isPresent()) {
                return f.earliestCompliant();
            }
        }
        return Optional.empty();
    }
}
