package org.recoup.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.recoup.compliance.Filters.ProposalFilter;
import org.recoup.domain.LetterKind;
import org.recoup.domain.Party;

/** Evaluators that bar a proposal outright: after an event, for what the proposal is, or any of several. */
public final class BarRules {

    private BarRules() {
    }

    /** Which event bars, and how it is matched to the proposal. */
    public enum BarEvent {
        /** a written cease request: about the proposal's debts (every debt when it names none) */
        CEASE,
        /** an attorney represents the debtor on one of the proposal's debts */
        ATTORNEY,
        /** an opt-out of the proposal's channel: of its address, or of the whole channel for the debtor */
        OPT_OUT,
        /** the contact the proposal goes to objected */
        OBJECTION
    }

    /** A proposal that {@code when} matches is barred once such an event happened, except the letters named. */
    public record EventBars(BarEvent event, ProposalFilter when, Set<LetterKind> exceptLetters, Severity severity)
            implements Evaluator {

        public EventBars {
            exceptLetters = Set.copyOf(exceptLetters);
        }

        private boolean matches(Situation s, Event e) {
            ProposedAction p = s.proposal;
            return switch (event) {
                case CEASE -> e instanceof Event.Cease c && aboutProposal(s, c);
                case ATTORNEY -> e instanceof Event.Attorney a && aboutProposal(s, a);
                case OPT_OUT -> e instanceof Event.OptOut o && o.channel() == p.channel()
                        && (o.to() == null ? p.party() == Party.DEBTOR : o.to().equals(p.to()));
                case OBJECTION -> e instanceof Event.Objection o && o.contact().equals(p.to());
            };
        }

        private static boolean aboutProposal(Situation s, Event e) {
            for (String d : s.debts) {
                if (e.concerns(d)) {
                    return true;
                }
            }
            return s.debts.isEmpty();
        }

        @Override
        public Hit evaluate(Situation s, Instant t) {
            if (!when.matches(s) || s.letterIn(exceptLetters)) {
                return null;
            }
            Event first = null;
            for (Event e : s.others) {
                if (matches(s, e) && (first == null || e.at().isBefore(first.at()))) {
                    first = e;
                }
            }
            if (first == null) {
                return null;
            }
            String date = Situation.date(s.homeDay(first.at())).toString();
            return switch (event) {
                case CEASE -> Evaluator.hit(severity,
                        "The debtor asked in writing on " + date + " to stop contact; only a letter saying collection"
                                + " has ended or naming a specific remedy may still be sent.",
                        "债务人已于 " + date + " 书面要求停止联系；只能再寄出告知停止催收或说明具体措施的信函。");
                case ATTORNEY -> Evaluator.hit(severity,
                        "An attorney represents the debtor on this debt (known since " + date
                                + "); contact the attorney, not the debtor.",
                        "债务人就这笔债务已委托律师（" + date + " 起）；请联系律师，不要直接联系债务人。");
                case OPT_OUT -> Evaluator.hit(severity,
                        "The debtor opted out of " + TimeRules.channelEn(p(s).channel()) + " here on " + date
                                + "; use another way to reach him.",
                        "债务人已于 " + date + " 要求不再通过这个渠道联系（" + TimeRules.channelZh(p(s).channel())
                                + "）；请换其他方式。");
                case OBJECTION -> Evaluator.hit(severity,
                        "This person objected on " + date + " to being contacted; do not contact them again.",
                        "此人已于 " + date + " 表示反对被联系；不要再联系。");
            };
        }

        private static ProposedAction p(Situation s) {
            return s.proposal;
        }
    }

    /** A proposal that {@code when} matches is barred; the message says why. */
    public record ProposalBars(ProposalFilter when, Severity severity, Text why) implements Evaluator {

        @Override
        public Hit evaluate(Situation s, Instant t) {
            return when.matches(s) ? new Hit(severity, () -> why) : null;
        }
    }

    /** Several checks that make one rule: one finding, of the highest severity found. */
    public record AnyOf(List<Evaluator> parts) implements Evaluator {

        public AnyOf {
            parts = List.copyOf(parts);
        }

        @Override
        public Hit evaluate(Situation s, Instant t) {
            Hit worst = null;
            for (Evaluator e : parts) {
                Hit h = e.evaluate(s, t);
                if (h != null && (worst == null || h.severity().compareTo(worst.severity()) > 0)) {
                    worst = h;
                }
            }
            return worst;
        }

        @Override
        public Instant clearFrom(Situation s, Instant t, boolean warnOffends) {
            Instant x = t;
            for (int round = 0; round < 100; round++) {
                boolean moved = false;
                for (Evaluator e : parts) {
                    Hit h = e.evaluate(s, x);
                    if (h != null && h.offends(warnOffends)) {
                        Instant y = e.clearFrom(s, x, warnOffends);
                        if (y == null) {
                            return null;
                        }
                        if (!y.isAfter(x)) {
                            y = x.plusSeconds(60);
                        }
                        x = y;
                        moved = true;
                    }
                }
                if (!moved) {
                    return x;
                }
            }
            return x;
        }
    }
}
