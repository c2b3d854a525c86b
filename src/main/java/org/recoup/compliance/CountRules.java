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

    private static List<String> groups(Situation s, Grouping grouping) {
        return switch (grouping) {
            case PER_DEBT -> s.debts;
            case PER_NUMBER -> s.proposal.to() == null ? List.of() : List.of(s.proposal.to());
            case NONE -> List.of("");
        };
    }

    private static boolean inGroup(Situation s, int i, String group, Grouping grouping) {
        return switch (grouping) {
            case PER_DEBT -> s.contacts[i].concerns(group);
            case PER_NUMBER -> group.equals(s.contacts[i].to());
            case NONE -> true;
        };
    }

    /** Per group, the sorted home-zone days of the contacts a filter counts. */
    private static long[][] countedDays(Situation s, EventFilter filter, List<String> groups, Grouping grouping) {
        boolean[] counted = new boolean[s.contacts.length];
        for (int i = 0; i < counted.length; i++) {
            counted[i] = filter.matches(s, i);
        }
        long[][] perGroup = new long[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            long[] days = new long[counted.length];
            int n = 0;
            for (int i = 0; i < counted.length; i++) {
                if (counted[i] && inGroup(s, i, groups.get(g), grouping)) {
                    days[n++] = s.contactDay[i];
                }
            }
            days = Arrays.copyOf(days, n);
            Arrays.sort(days);
            perGroup[g] = days;
        }
        return perGroup;
    }

    /** How many of the sorted days are on or after {@code first}. */
    private static int countFrom(long[] days, long first) {
        int lo = 0;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < first) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return days.length - lo;
    }

    /** More than {@code max} counted contacts in {@code days} consecutive days, for the first clause that breaks. */
    public record WindowCount(List<Clause> clauses, Grouping grouping, boolean liftedByConsent) implements Evaluator {

        public WindowCount {
            clauses = List.copyOf(clauses);
        }

        /** [clause][group] -> sorted counted days; null for a clause that does not concern the proposal. */
        private long[][][] index(Situation s) {
            return s.memo(this, () -> {
                List<String> groups = groups(s, grouping);
                long[][][] index = new long[clauses.size()][][];
                for (int c = 0; c < clauses.size(); c++) {
                    Clause clause = clauses.get(c);
                    if (clause.when().matches(s)) {
                        index[c] = countedDays(s, clause.counts(), groups, grouping);
                    }
                }
                return index;
            });
        }

        @Override
        public Hit evaluate(Situation s, Instant t) {
            if (liftedByConsent && s.proposalCovered(t)) {
                return null;
            }
            long day = s.homeDay(t);
            long[][][] index = index(s);
            for (int c = 0; c < index.length; c++) {
                if (index[c] == null) {
                    continue;
                }
                Clause clause = clauses.get(c);
                long first = day - clause.days() + 1;
                for (int g = 0; g < index[c].length; g++) {
                    int n = countFrom(index[c][g], first) + 1;
                    if (n > clause.max()) {
                        String group = groups(s, grouping).get(g);
                        return Evaluator.lazy(Severity.BLOCK, () -> wording(clause, group, n, first, day));
                    }
                }
            }
            return null;
        }

        private Text wording(Clause c, String group, int n, long first, long day) {
            String about = grouping == Grouping.PER_DEBT ? " about debt " + group : "";
            String aboutZh = grouping == Grouping.PER_DEBT ? "关于债务 " + group + " 的" : "";
            String window = c.days() == 1 ? "on " + Situation.date(day)
                    : "in the " + c.days() + " days " + Situation.date(first) + " to " + Situation.date(day);
            String windowZh = c.days() == 1 ? Situation.date(day) + " 当天"
                    : Situation.date(first) + " 至 " + Situation.date(day) + " 这 " + c.days() + " 天内";
            return new Text(
                    "This would make " + n + " " + c.what().en() + about + " " + window + "; at most " + c.max() + " are allowed.",
                    "连同这次，" + windowZh + aboutZh + c.what().zh() + "将达到 " + n + " 次，上限是 " + c.max() + " 次。");
        }

        @Override
        public Instant clearFrom(Situation s, Instant t, boolean warnOffends) {
            long day = s.homeDay(t);
            long clearDay = day;
            long[][][] index = index(s);
            for (int c = 0; c < index.length; c++) {
                if (index[c] == null) {
                    continue;
                }
                Clause clause = clauses.get(c);
                for (long[] days : index[c]) {
                    if (days.length >= clause.max()) {
                        // the window must no longer hold the max-th most recent counted contact
                        clearDay = Math.max(clearDay, days[days.length - clause.max()] + clause.days());
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

        /** Per group: the day of the latest trigger, or Long.MIN_VALUE; null when the proposal is not concerned. */
        private long[] latest(Situation s) {
            return s.memo(this, () -> {
                if (!when.matches(s)) {
                    return null;
                }
                Grouping grouping = perDebt ? Grouping.PER_DEBT : Grouping.NONE;
                long[][] days = countedDays(s, trigger, groups(s, grouping), grouping);
                long[] last = new long[days.length];
                for (int g = 0; g < days.length; g++) {
                    last[g] = days[g].length == 0 ? Long.MIN_VALUE : days[g][days[g].length - 1];
                }
                return last;
            });
        }

        @Override
        public Hit evaluate(Situation s, Instant t) {
            long[] latest = latest(s);
            if (latest == null || (liftedByConsent && s.proposalCovered(t))) {
                return null;
            }
            long day = s.homeDay(t);
            for (int g = 0; g < latest.length; g++) {
                long last = latest[g];
                if (last != Long.MIN_VALUE && day < last + days) {
                    String debt = perDebt ? s.debts.get(g) : null;
                    return Evaluator.lazy(Severity.BLOCK, () -> wording(debt, last));
                }
            }
            return null;
        }

        private Text wording(String debt, long last) {
            String about = debt == null ? "" : " about debt " + debt;
            String aboutZh = debt == null ? "" : "就债务 " + debt + " ";
            return new Text(
                    String.format("You spoke with the debtor%s on %s; no calls%s until %s (%d days counting that day).",
                            about, Situation.date(last), about, Situation.date(last + days), days),
                    String.format("%s已%s与债务人通过电话；%s之前不能再%s打电话（含当天共 %d 天）。",
                            Situation.date(last), aboutZh, Situation.date(last + days), aboutZh, days));
        }

        @Override
        public Instant clearFrom(Situation s, Instant t, boolean warnOffends) {
            long day = s.homeDay(t);
            long clearDay = day;
            for (long last : latest(s)) {
                if (last != Long.MIN_VALUE) {
                    clearDay = Math.max(clearDay, last + days);
                }
            }
            Instant x = clearDay > day ? s.startOfDay(clearDay) : t;
            return liftedByConsent ? LocalTimes.min(x, s.nextCover(t)) : x;
        }
    }
}
