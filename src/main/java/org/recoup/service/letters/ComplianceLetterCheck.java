package org.recoup.service.letters;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.recoup.letters.LetterCheck;
import org.recoup.letters.LetterRequest;
import org.recoup.service.compliance.CheckResult;
import org.recoup.service.compliance.ComplianceService;
import org.recoup.service.compliance.Proposal;

/**
 * The compliance engine as the letters core's per-letter check: each letter of a batch is checked
 * against its debtor's snapshot, just before it is produced, as a LETTER of its template's kind.
 * Called from the renderer's worker threads: snapshots are immutable and the engine is pure; the
 * verdicts are kept for the caller to log the blocked ones.
 */
final class ComplianceLetterCheck implements LetterCheck {

    /** What a letter is checked against: its debtor as loaded for the batch, and the proposal. */
    record Subject(ComplianceService.Snapshot snapshot, Proposal proposal) {
    }

    private final ComplianceService compliance;
    private final Map<String, Subject> subjects;
    private final Map<String, CheckResult> results = new ConcurrentHashMap<>();

    ComplianceLetterCheck(ComplianceService compliance, Map<String, Subject> subjects) {
        this.compliance = compliance;
        this.subjects = Map.copyOf(subjects);
    }

    @Override
    public Verdict check(LetterRequest request) {
        Subject subject = subjects.get(request.letterId());
        if (subject == null) {
            return Verdict.block("LETTER-DATA", "letter " + request.letterId() + " was not prepared for this batch");
        }
        CheckResult result = compliance.check(subject.snapshot(), subject.proposal());
        results.put(request.letterId(), result);
        return result.blocks() ? Verdict.block(String.join(", ", result.blockingRules()), blockingSummary(result))
                : Verdict.PASS;
    }

    /** The verdict of a letter that was checked, or null. */
    CheckResult result(String letterId) {
        return results.get(letterId);
    }

    /** The blocking findings, "RULE: message" joined by " | ", in English. */
    static String blockingSummary(CheckResult result) {
        return String.join(" | ", result.findings().stream().filter(CheckResult.FindingView::blocking)
                .map(f -> f.rule() + ": " + f.message()).toList());
    }

    /** The same in Chinese. */
    static String blockingSummaryZh(CheckResult result) {
        return String.join(" | ", result.findings().stream().filter(CheckResult.FindingView::blocking)
                .map(f -> f.rule() + ": " + (f.messageZh() == null ? f.message() : f.messageZh())).toList());
    }
}
