package org.recoup.service.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A compliance verdict as the window and the commands show it: PASS, WARN or BLOCK, each finding
 * with its rule, citation and message in English and Chinese, and where the rules allow it the
 * earliest instant the same action would comply.
 */
public record CheckResult(Level level, List<FindingView> findings, Instant earliestCompliant) {

    public enum Level { PASS, WARN, BLOCK }

    public CheckResult {
        findings = List.copyOf(findings);
    }

    public boolean blocks() {
        return level == Level.BLOCK;
    }

    public Optional<Instant> earliest() {
        return Optional.ofNullable(earliestCompliant);
    }

    /** One thing a rule found. */
    public record FindingView(String code, String rule, boolean blocking, String citation, String message,
                              String messageZh, Instant earliestCompliant) {
    }

    /** The blocking findings' rules, e.g. {@code [US-TIME-1, US-FREQ-1]}. */
    public List<String> blockingRules() {
        return findings.stream().filter(FindingView::blocking).map(FindingView::rule).toList();
    }

    /** One line for a person, in English: the rules and why. */
    public String summary() {
        return findings.stream().map(f -> f.rule() + ": " + f.message()).reduce((a, b) -> a + " | " + b).orElse("");
    }
}
