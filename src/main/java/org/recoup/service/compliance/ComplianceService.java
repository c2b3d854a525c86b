package org.recoup.service.compliance;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.recoup.compliance.ComplianceEngine;
import org.recoup.compliance.DebtorContext;
import org.recoup.compliance.Finding;
import org.recoup.compliance.Itemization;
import org.recoup.compliance.LetterDetails;
import org.recoup.compliance.Message;
import org.recoup.compliance.ProposedAction;
import org.recoup.compliance.Severity;
import org.recoup.compliance.Verdict;
import org.recoup.domain.AuditEntry;
import org.recoup.domain.ComplianceLogEntry;
import org.recoup.domain.Debtor;
import org.recoup.domain.ValidationException;
import org.recoup.store.Database;
import org.recoup.store.StoreSession;

/**
 * Asks the compliance engine about actions on stored debtors. A dialog loads a debtor's
 * {@link Snapshot} once and checks as the user edits (pure and fast); just before an action is
 * saved or performed it is checked again against the latest events with {@link #check(long, Proposal)}.
 * Blocked attempts and overrides go to the compliance log (and overrides to the audit trail).
 */
public final class ComplianceService {

    public static final String OVERRIDE = "COMPLIANCE_OVERRIDE";

    private final Database database;
    private final Clock clock;
    private final ComplianceEngine engine;

    public ComplianceService(Database database, Clock clock, ComplianceEngine engine) {
        this.database = database;
        this.clock = clock;
        this.engine = engine;
    }

    /**
     * A debtor's compliance context and packs as stored now, with each debt's reference by its
     * context id, so that findings name debts as the collector knows them.
     */
    public record Snapshot(long debtorId, DebtorContext context, List<String> packs, Map<String, String> debtLabels) {

        public Snapshot {
            debtLabels = Map.copyOf(debtLabels);
        }

        /** The snapshot of these facts, with the packs of the debtor's address or override. */
        public static Snapshot of(DebtorFacts facts) {
            return of(facts, ComplianceContexts.packs(facts.debtor()));
        }

        /** The snapshot of these facts with packs the caller already worked out. */
        public static Snapshot of(DebtorFacts facts, List<String> packs) {
            Map<String, String> labels = new HashMap<>();
            facts.debts().forEach(d -> labels.put(ComplianceContexts.debt(d.getId()), d.getReference()));
            return new Snapshot(facts.debtor().getId(), ComplianceContexts.context(facts), packs, labels);
        }
    }

    /** Loads what the rules read about a debtor. */
    public Snapshot snapshot(long debtorId) {
        return database.read(s -> snapshot(s, debtorId));
    }

    /** Loads a debtor's facts inside a transaction that is already open. */
    public static DebtorFacts facts(StoreSession s, long debtorId) {
        Debtor debtor = s.debtors().find(debtorId)
                .orElseThrow(() -> new ValidationException("debtor", "no debtor with id " + debtorId));
        var debts = s.debts().forDebtor(debtorId);
        return new DebtorFacts(debtor, s.thirdParties().forDebtor(debtorId), s.events().inconvenientTimes(debtorId),
                debts, s.contacts().forDebtor(debtorId), s.events().forDebtor(debtorId),
                s.ledger().lastPayments(debts.stream().map(org.recoup.domain.Debt::getId).toList()));
    }

    static Snapshot snapshot(StoreSession s, long debtorId) {
        return Snapshot.of(facts(s, debtorId));
    }

    /** Checks a proposal against a snapshot; pure, fast enough to call on every keystroke. */
    public CheckResult check(Snapshot snapshot, Proposal proposal) {
        return result(engine.check(action(proposal), snapshot.context(), snapshot.packs()), snapshot.debtLabels());
    }

    /** Checks a proposal against the debtor as stored now. */
    public CheckResult check(long debtorId, Proposal proposal) {
        return check(snapshot(debtorId), proposal);
    }

    /**
     * Records in the compliance log that an action the rules block was attempted, and, when
     * {@code overrideReason} is given, that it was taken anyway (also in the audit trail).
     */
    public void logBlocked(StoreSession s, long debtorId, Proposal proposal, CheckResult result, String overrideReason,
                           ComplianceLogEntry.Source source) {
        Instant now = Instant.now(clock);
        s.complianceLog().append(new ComplianceLogEntry(now, debtorId, proposal.debtIds(), proposal.channel(),
                proposal.at(), result.level().name(), result.blockingRules(),
                result.findings().stream().filter(CheckResult.FindingView::blocking).map(CheckResult.FindingView::code).toList(),
                result.summary(), overrideReason, source));
        if (overrideReason != null) {
            s.audit().append(new AuditEntry(now, AuditEntry.Subject.DEBTOR, debtorId, OVERRIDE,
                    String.join(",", result.blockingRules()), proposal.channel() + " at " + proposal.at(), overrideReason));
        }
    }

    /** The same, in its own transaction. */
    public void logBlocked(long debtorId, Proposal proposal, CheckResult result, String overrideReason,
                           ComplianceLogEntry.Source source) {
        database.write(s -> {
            logBlocked(s, debtorId, proposal, result, overrideReason, source);
            return null;
        });
    }

    static ProposedAction action(Proposal p) {
        String to = p.thirdPartyId() != null ? ComplianceContexts.thirdParty(p.thirdPartyId())
                : p.locationId() != null ? ComplianceContexts.location(p.locationId()) : null;
        Message message = p.message() == null ? null : new Message(p.message().hasOptOut(), p.message().mentionsDebt());
        LetterDetails letter = null;
        if (p.letter() != null) {
            Proposal.LetterFacts l = p.letter();
            Itemization itemization = l.itemization() == null ? null : new Itemization(l.itemization().date(),
                    l.itemization().amountAtDate(), l.itemization().interest(), l.itemization().fees(),
                    l.itemization().paymentsCredits(), l.itemization().current());
            letter = new LetterDetails(l.kind(), l.statedValidationEnd(), l.threatensSuit(), itemization,
                    l.postingDate(), l.serviceDate(), l.remedyDate());
        }
        return new ProposedAction(p.at(), p.channel(), to, p.party(), ComplianceContexts.debts(p.debtIds()),
                p.atWorkplace(), message, letter);
    }

    static CheckResult result(Verdict verdict, Map<String, String> debtLabels) {
        List<CheckResult.FindingView> findings = verdict.findings().stream().map(f -> finding(f, debtLabels)).toList();
        return new CheckResult(CheckResult.Level.valueOf(verdict.verdict().name()), findings,
                verdict.earliestCompliant().orElse(null));
    }

    private static CheckResult.FindingView finding(Finding f, Map<String, String> debtLabels) {
        return new CheckResult.FindingView(f.code().name(), f.rule(), f.severity() == Severity.BLOCK, f.citation(),
                labelled(f.message(), debtLabels), labelled(f.messageZh(), debtLabels), f.earliestCompliant().orElse(null));
    }

    private static final Pattern DEBT_ID = Pattern.compile("\\bD\\d+\\b");

    /** The engine names debts by context id ({@code D42}); the collector knows them by reference. */
    static String labelled(String message, Map<String, String> debtLabels) {
        if (message == null || debtLabels.isEmpty()) {
            return message;
        }
        return DEBT_ID.matcher(message).replaceAll(m -> Matcher.quoteReplacement(
                debtLabels.getOrDefault(m.group(), m.group())));
    }
}
