package org.recoup.compliance;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.recoup.compliance.Filters.EventFilter;
import org.recoup.compliance.Filters.ProposalFilter;

/** Counting evaluators: contacts in N consecutive days, and a cooldown after a conversation. */
public final class CountRules {

    private CountRules() {
    }

    /** How counted contacts are grouped: all together, per debt the proposal is about, or per number dialled. */
    public enum Grouping { NONE, PER_DEBT, PER_NUMBER }

    /**
     * One limit: for proposals that {@code when} matches, at most {@code max} contacts (the proposal
     * included) that {@code counts} matches in any {@code days} consecutive home-zone dates.
     *
     * @param what what is counted, in plain words (English, Chinese), e.g. "calls to the debtor"
     */
    public record Clause(ProposalFilter when, EventFilter counts, int days, int max, Text what) {
    }

    /** More than {@code max} counted contacts in {@code days} consecutive days, for the first clause that breaks. */
    public record WindowCount(List<Clause> clauses, Grouping grouping, boolean liftedByConsent) implements Evaluator {

        public WindowCount {
            clauses = List.copyOf(clauses);
        }

        private List<String> groups(Situation s) {
            return switch (grouping) {
                case PER_DEBT -> s.debts;
                case PER_NUMBER -> s.proposal.to() == null ? List.of() : List.of(s.proposal.to());
                case NONE -> List.of("");
            };
        }

        private boolean inGroup(Situation s, int i, String group) {
            return switch (grouping) {
                case PER_DEBT -> s.contacts[i].concerns(group);
                case PER_NUMBER -> group.equals(s.contacts[i].to());
                case NONE -> true;
            };
        }

        private int count(Situation s, Clause c, String group, long firstDay) {
            int n = 0;
            for (int i = 0; i < s.contacts.length; i++) {
                if (s.contactDay[i] >= firstDay && c.counts().matches(s, i) && inGroup(s, i, group)) {
                    n++;
                }
            }
            return n;
        }

        @Override
        public Hit evaluate(Situation s, Instant t) {
            if (liftedByConsent && s.proposalCovered(t)) {
                return null;
            }
            long day = s.homeDay(t);
            for (Clause c : clauses) {
                if (!c.when().matches(s)) {
                    continue;
                }
                long first = day - c.days() + 1;
                for (String g : groups(s)) {
                    int n = count(s, c, g, first) + 1;
                    if (n > c.max()) {
                        String about = grouping == Grouping.PER_DEBT ? " about debt " + g : "";
                        String aboutZh = grouping == Grouping.PER_DEBT ? "关于债务 " + g + " 的" : "";
                        String window = c.days() == 1 ? "on " + Situation.date(day)
                                : String.format("in the %d days %s to %s", c.days(), Situation.date(first), Situation.date(day));
                        String windowZh = c.days() == 1 ? Situation.date(day) + " 当天"
                                : String.format("%s 至 %s 这 %d 天内", Situation.date(first), Situation.date(day), c.days());
                        return Evaluator.hit(Severity.BLOCK,
                                String.format("This would make %d %s%s %s; at most %d are allowed.", n,
                                        c.what().en(), about, window, c.max()),
                                String.format("连同这次，%s%s%s将达到 %d 次，上限是 %d 次。", windowZh, aboutZh,
                                        c.what().zh(), n, c.max()));
                    }
                }
            }
            return null;
        }

        @Override
        public Instant clearFrom(Situation s, Instant t, boolean warnOffends) {
            long day = s.homeDay(t);
            long clearDay = day;
            long[] days = new long[s.contacts.length];
            for (Clause c : clauses) {
                if (!c.when().matches(s)) {
                    continue;
                }
                for (String g : groups(s)) {
                    int n = 0;
                    for (int i = 0; i < s.contacts.length; i++) {
                        if (c.counts().matches(s, i) && inGroup(s, i, g)) {
                            days[n++] = s.contactDay[i];
                        }
                    }
                    if (n >= c.max()) {
                        // the window must no longer hold the max-th most recent counted contact
                        Arrays.sort(days, 0, n);
                        long drop = days[n - c.max()] + c.days();
                        clearDay = Math.max(clearDay, drop);
                    }
                }
            }
            Instant x = clearDay > day ? s.startOfDay(clearDay) : t;
            return liftedByConsent ? LocalTimes.min(x, s.nextCover(t)) : x;
        }
    }

    /** No proposal that {@code when} matches within {@code days} consecutive days after a triggering contact, its date day 1. */
    public record Cooldown(ProposalFilter when, EventFilter trigger, int days, boolean perDebt, boolean liftedByConsent)
            implements Evaluator {

        private long lastTrigger(Situation s, String debt) {
            long last = Long.MIN_VALUE;
            for (int i = 0; i < s.contacts.length; i++) {
                if (s.contactDay[i] > last && trigger.matches(s, i) && (debt == null || s.contacts[i].concerns(debt))) {
                    last = s.contactDay[i];
                }
            }
            return last;
        }

        private List<String> groups(Situation s) {
            return perDebt ? s.debts : Arrays.asList((String) null);
        }

        @Override
        public Hit evaluate(Situation s, Instant t) {
            if (!when.matches(s) || (liftedByConsent && s.proposalCovered(t))) {
                return null;
            }
            long day = s.homeDay(t);
            for (String d : groups(s)) {
                long last = lastTrigger(s, d);
                if (last != Long.MIN_VALUE && day < last + days) {
                    String about = d == null ? "" : " about debt " + d;
                    String aboutZh = d == null ? "" : "就债务 " + d + " ";
                    return Evaluator.hit(Severity.BLOCK,
                            String.format("You spoke with the debtor%s on %s; no calls%s until %s (%d days counting that day).",
                                    about, Situation.date(last), about, Situation.date(last + days), days),
                            String.format("%s已%s与债务人通过电话；%s之前不能再%s打电话（含当天共 %d 天）。",
                                    Situation.date(last), aboutZh.isEmpty() ? "" : aboutZh, Situation.date(last + days),
                                    aboutZh, days));
                }
            }
            return null;
        }

        @Override
        public Instant clearFrom(Situation s, Instant t, boolean warnOffends) {
            long day = s.homeDay(t);
            long clearDay = day;
            for (String d : groups(s)) {
                long last = lastTrigger(s, d);
                if (last != Long.MIN_VALUE) {
                    clearDay = Math.max(clearDay, last + days);
                }
            }
            Instant x = clearDay > day ? s.startOfDay(clearDay) : t;
            return liftedByConsent ? LocalTimes.min(x, s.nextCover(t)) : x;
        }
    }
}
