package org.recoup.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The compliance check: a proposed action against a debtor's context and the rule packs of his
 * jurisdiction, giving a verdict with findings and, for time and frequency findings, the earliest
 * compliant instant.
 *
 * <pre>
 *   Verdict v = ComplianceEngine.standard().check(proposal, context, List.of("US-FED", "US-MA"));
 * </pre>
 */
public final class ComplianceEngine {

    /** How far ahead the earliest compliant instant is looked for. */
    public static final long HORIZON_DAYS = 366;

    private static final int MAX_ROUNDS = 10_000;

    private final RulePacks packs;

    public ComplianceEngine(RulePacks packs) {
        this.packs = packs;
    }

    public static ComplianceEngine standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ComplianceEngine STANDARD = new ComplianceEngine(StandardPacks.standard());
    }

    public RulePacks packs() {
        return packs;
    }

    private record Active(Rule rule, Rule.Version version) {
    }

    /**
     * Checks a proposal. Events at or after {@code proposal.at()} are not counted, neither at the
     * proposed instant nor at any later one the earliest-compliant search tries.
     *
     * @throws org.recoup.domain.ValidationException for an unknown pack, or a debtor without any zone
     */
    public Verdict check(ProposedAction proposal, DebtorContext context, Collection<String> packIds) {
        Situation s = new Situation(proposal, context);
        LocalDate day = Situation.date(s.homeDay(proposal.at()));
        List<Active> active = new ArrayList<>();
        for (RulePack pack : packs.resolve(packIds)) {
            for (Rule rule : pack.rules()) {
                Rule.Version v = rule.inForce(day);
                if (v != null) {
                    active.add(new Active(rule, v));
                }
            }
        }
        List<Evaluator.Hit> hits = new ArrayList<>(active.size());
        boolean timed = false;
        for (Active a : active) {
            Evaluator.Hit h = a.version.evaluator().evaluate(s, proposal.at());
            hits.add(h);
            timed |= h != null && a.rule.code().isTimeOrFrequency();
        }
        Optional<Instant> earliest = timed ? Optional.ofNullable(earliest(s, active, proposal.at())) : Optional.empty();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            Evaluator.Hit h = hits.get(i);
            if (h != null) {
                Active a = active.get(i);
                Text text = h.text();
                findings.add(new Finding(a.rule.code(), a.rule.id(), h.severity(), a.version.citation(),
                        text.en(), text.zh(),
                        a.rule.code().isTimeOrFrequency() ? earliest : Optional.empty()));
            }
        }
        return Verdict.of(findings);
    }

    /**
     * The first instant at or after {@code from}, to the minute, at which no rule blocks and no time
     * or frequency rule finds anything; null when none within the horizon. Each offending rule
     * says when it alone clears at the earliest; the latest of those is the next candidate, which
     * is checked again. No instant before a candidate can be clear, so none is skipped.
     */
    private static Instant earliest(Situation s, List<Active> active, Instant from) {
        Instant limit = from.plus(HORIZON_DAYS, ChronoUnit.DAYS);
        Instant t = from;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Instant next = t;
            boolean offending = false;
            for (Active a : active) {
                boolean warnOffends = a.rule.code().isTimeOrFrequency();
                Evaluator e = a.version.evaluator();
                Evaluator.Hit h = e.evaluate(s, t);
                if (h != null && h.offends(warnOffends)) {
                    offending = true;
                    Instant clear = e.clearFrom(s, t, warnOffends);
                    if (clear == null) {
                        return null;
                    }
                    next = LocalTimes.max(next, clear);
                }
            }
            if (!offending) {
                return t;
            }
            next = LocalTimes.ceilToMinute(next);
            if (!next.isAfter(t)) {
                next = LocalTimes.ceilToMinute(t.plusSeconds(1));
            }
            if (next.isAfter(limit)) {
                return null;
            }
            t = next;
        }
        return null;
    }
}
