package org.recoup.service.work;

import java.time.Instant;
import java.time.ZoneId;

import org.recoup.domain.Channel;
import org.recoup.domain.RecoupException;
import org.recoup.service.compliance.CheckResult;

/**
 * An action the compliance rules block, refused because no written override reason was given.
 * Its message says on one line what is blocked, by which rule and citation, and when the same
 * action would comply.
 */
public final class ComplianceBlockedException extends RecoupException {

    private static final long serialVersionUID = 1L;

    private final transient CheckResult result;

    public ComplianceBlockedException(Channel channel, Instant at, CheckResult result, ZoneId home) {
        super(describe(channel, at, result, home));
        this.result = result;
    }

    public CheckResult result() {
        return result;
    }

    static String describe(Channel channel, Instant at, CheckResult result, ZoneId home) {
        StringBuilder text = new StringBuilder("blocked: ").append(channel).append(" at ").append(at);
        if (home != null) {
            text.append(" (").append(at.atZone(home).toLocalDateTime()).append(' ').append(home).append(')');
        }
        text.append(" — ");
        String findings = result.findings().stream().filter(CheckResult.FindingView::blocking)
                .map(f -> f.rule() + " [" + f.citation() + "]: " + f.message())
                .reduce((a, b) -> a + "; " + b).orElse("");
        text.append(findings);
        if (result.earliestCompliant() != null) {
            text.append("; earliest compliant time ").append(result.earliestCompliant());
            if (home != null) {
                text.append(" (").append(result.earliestCompliant().atZone(home).toLocalDateTime()).append(' ')
                        .append(home).append(')');
            }
        } else {
            text.append("; no compliant time within a year");
        }
        text.append("; give an override reason to do it anyway");
        return text.toString();
    }
}
