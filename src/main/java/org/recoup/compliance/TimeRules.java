package org.recoup.compliance;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

import org.recoup.compliance.Filters.ProposalFilter;
import org.recoup.domain.Channel;
import org.recoup.domain.Party;

/** Time-of-day evaluators: convenient hours in the zones of the party contacted, and times the debtor named. */
public final class TimeRules {

    private TimeRules() {
    }

    /** Which zone sets a rule reads: exactly one distinct zone, several, or any. */
    public enum ZoneScope { ONE, SEVERAL, ANY }

    /** What lifts a time rule. */
    public enum Lift {
        NONE,
        /** a call inside the window of a consent given within the last 7 days */
        CONSENT_WINDOW,
        /** the debtor agreed to other hours */
        CONSENT_TO_OTHER_HOURS
    }

    /** open <= local time < close (past midnight when close is not after open), in every zone of the party contacted. */
    public record ConvenientHours(LocalTime open, LocalTime close, ProposalFilter when, ZoneScope scope,
                                  Lift lift, Severity severity) implements Evaluator {

        private boolean applies(Situation s) {
            if (!when.matches(s) || s.partyZones.isEmpty()) {
                return false;
            }
            int zones = s.partyZones.size();
            if ((scope == ZoneScope.ONE && zones != 1) || (scope == ZoneScope.SEVERAL && zones < 2)) {
                return false;
            }
            return !(lift == Lift.CONSENT_TO_OTHER_HOURS && s.context.consentToOtherHours());
        }

        private boolean inside(LocalTime t) {
            if (open.isBefore(close)) {
                return !t.isBefore(open) && t.isBefore(close);
            }
            return !t.isBefore(open) || t.isBefore(close);
        }

        @Override
        public Hit evaluate(Situation s, Instant t) {
            if (!applies(s) || (lift == Lift.CONSENT_WINDOW && s.proposalCovered(t))) {
                return null;
            }
            for (ZoneId z : s.partyZones) {
                LocalTime local = LocalTime.ofInstant(t, z);
                if (!inside(local)) {
                    return Evaluator.lazy(severity, () -> wording(s, z, local));
                }
            }
            return null;
        }

        private Text wording(Situation s, ZoneId z, LocalTime local) {
            String hhmm = hhmm(local);
            String place = LocalTimes.place(z);
            boolean several = s.partyZones.size() > 1;
            String hours = hhmm(open) + "–" + hhmm(close);
            return new Text(
                    "It is " + hhmm + " for the " + partyEn(s.proposal.party()) + " in " + place + "; "
                            + channelEn(s.proposal.channel()) + " are allowed " + hours + " local"
                            + (several ? " in each of the zones he may be in" : "") + ".",
                    partyZh(s.proposal.party()) + "所在地（" + place + "）现在是 " + hhmm + "；只能在当地 " + hours + " 之间"
                            + channelZh(s.proposal.channel()) + (several ? "（他可能所在的每个时区都要符合）" : "") + "。");
        }

        @Override
        public Instant clearFrom(Situation s, Instant t, boolean warnOffends) {
            LocalTime[] bounds = {open, close};
            Instant x = t;
            boolean moved = true;
            for (int round = 0; moved && round < 50; round++) {
                moved = false;
                for (ZoneId z : s.partyZones) {
                    Instant y = LocalTimes.next(z, x, bounds, ldt -> inside(ldt.toLocalTime()), 2);
                    if (y == null) {
                        x = null;
                        break;
                    }
                    if (y.isAfter(x)) {
                        x = y;
                        moved = true;
                    }
                }
                if (x == null) {
                    break;
                }
            }
            return lift == Lift.CONSENT_WINDOW ? LocalTimes.min(x, s.nextCover(t)) : x;
        }
    }

    /** Times the debtor named as inconvenient, read in the home zone. */
    public record NamedTimes(ProposalFilter when, Lift lift, Severity severity) implements Evaluator {

        private boolean named(Situation s, LocalDateTime local) {
            for (TimeRange r : s.context.inconvenientTimes()) {
                if (r.contains(local)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Hit evaluate(Situation s, Instant t) {
            if (!when.matches(s) || s.context.inconvenientTimes().isEmpty()
                    || (lift == Lift.CONSENT_WINDOW && s.proposalCovered(t))) {
                return null;
            }
            LocalDateTime local = LocalDateTime.ofInstant(t, s.home);
            for (TimeRange r : s.context.inconvenientTimes()) {
                if (r.contains(local)) {
                    return Evaluator.lazy(severity, () -> wording(s, r, local));
                }
            }
            return null;
        }

        private static Text wording(Situation s, TimeRange r, LocalDateTime local) {
            String day = local.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String dayZh = "周" + "一二三四五六日".charAt(local.getDayOfWeek().getValue() - 1);
            return new Text(
                    String.format("The debtor said %s is inconvenient for him; it is %s %s where he lives (%s).",
                            r, day, hhmm(local.toLocalTime()), LocalTimes.place(s.home)),
                    String.format("债务人说过 %s 不方便联系；他所在地（%s）现在是%s %s。", r,
                            LocalTimes.place(s.home), dayZh, hhmm(local.toLocalTime())));
        }

        @Override
        public Instant clearFrom(Situation s, Instant t, boolean warnOffends) {
            var ranges = s.context.inconvenientTimes();
            LocalTime[] bounds = new LocalTime[ranges.size() * 2 + 1];
            int i = 0;
            for (TimeRange r : ranges) {
                bounds[i++] = r.from();
                bounds[i++] = r.to();
            }
            bounds[i] = LocalTime.MIDNIGHT;
            Instant x = LocalTimes.next(s.home, t, bounds, ldt -> !named(s, ldt), 8);
            return lift == Lift.CONSENT_WINDOW ? LocalTimes.min(x, s.nextCover(t)) : x;
        }
    }

    static String hhmm(LocalTime t) {
        int h = t.getHour();
        int m = t.getMinute();
        return new String(new char[] {(char) ('0' + h / 10), (char) ('0' + h % 10), ':', (char) ('0' + m / 10), (char) ('0' + m % 10)});
    }

    static String partyEn(Party p) {
        return switch (p) {
            case DEBTOR -> "debtor";
            case ATTORNEY -> "attorney";
            case THIRD_PARTY -> "person you are contacting";
        };
    }

    static String partyZh(Party p) {
        return switch (p) {
            case DEBTOR -> "债务人";
            case ATTORNEY -> "律师";
            case THIRD_PARTY -> "联系对象";
        };
    }

    static String channelEn(Channel c) {
        return switch (c) {
            case CALL -> "calls";
            case SMS -> "text messages";
            case EMAIL -> "emails";
            case VISIT -> "visits";
            case LETTER -> "letters";
            case CREDIT_REPORT -> "credit reports";
        };
    }

    static String channelZh(Channel c) {
        return switch (c) {
            case CALL -> "打电话";
            case SMS -> "发短信";
            case EMAIL -> "发邮件";
            case VISIT -> "上门";
            case LETTER -> "寄信";
            case CREDIT_REPORT -> "报送征信";
        };
    }
}
