package org.recoup.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.recoup.domain.Channel;
import org.recoup.domain.ContactOutcome;
import org.recoup.domain.Direction;
import org.recoup.domain.LetterKind;
import org.recoup.domain.Party;

/** Evaluators about the state of a debt: disputes, validation notices, limitation, credit reports, notices. */
public final class DebtRules {

    private DebtRules() {
    }

    /**
     * The US validation period: receipt is assumed {@code receiptDays} days after mailing, not
     * counting Saturdays, Sundays and legal public holidays; the period ends {@code periodDays} days
     * after receipt.
     */
    public record ValidationClock(int receiptDays, int periodDays) {

        public LocalDate receipt(LocalDate mailed, boolean skipObserved) {
            return UsHolidays.addBusinessDays(mailed, receiptDays, skipObserved);
        }

        public LocalDate earliestEnd(LocalDate mailed, boolean skipObserved) {
            return receipt(mailed, skipObserved).plusDays(periodDays);
        }
    }

    /** How a dispute stops holding a debt. */
    public enum Release {
        /** verification mailed on or after the dispute date (US) */
        VERIFICATION_MAILED,
        /** a DISPUTE_RESOLVED event at or after the dispute (UK) */
        RESOLVED
    }

    /**
     * Any action on a disputed debt, but the letters named, until the dispute is released. With a
     * {@code clock}, only written disputes count, a dispute within the validation period blocks and a
     * later one warns; without one, every open dispute blocks.
     */
    public record DisputeHold(Set<LetterKind> allowedLetters, Release release, ValidationClock clock) implements Evaluator {

        public DisputeHold {
            allowedLetters = Set.copyOf(allowedLetters);
        }

        private Severity severityAt(Situation s, String debt, Event.Dispute d, long day) {
            long disputeDay = s.homeDay(d.at());
            if (release == Release.VERIFICATION_MAILED) {
                LocalDate vm = s.debt(debt).verificationMailed();
                if (vm != null && vm.toEpochDay() <= day && vm.toEpochDay() >= disputeDay) {
                    return null;
                }
            } else {
                for (Event e : s.others) {
                    if (e instanceof Event.DisputeResolved r && r.concerns(debt) && !r.at().isBefore(d.at())) {
                        return null;
                    }
                }
            }
            if (clock == null) {
                return Severity.BLOCK;
            }
            LocalDate mailed = s.validationMailed(debt);
            if (mailed == null || disputeDay < mailed.toEpochDay()) {
                return Severity.BLOCK;
            }
            LocalDate end = s.debt(debt).validationEnd();
            if (end == null) {
                end = clock.earliestEnd(mailed, false);
            }
            return disputeDay <= end.toEpochDay() ? Severity.BLOCK : Severity.WARN;
        }

        @Override
        public Hit evaluate(Situation s, Instant t) {
            if (s.proposal.channel() == Channel.LETTER && s.letterIn(allowedLetters)) {
                return null;
            }
            long day = s.homeDay(t);
            Hit worst = null;
            for (String debt : s.debts) {
                for (Event e : s.others) {
                    if (e instanceof Event.Dispute d && d.concerns(debt) && (clock == null || d.written())) {
                        Severity sev = severityAt(s, debt, d, day);
                        if (sev != null && (worst == null || sev.compareTo(worst.severity()) > 0)) {
                            worst = message(s, debt, d, sev);
                        }
                    }
                }
            }
            return worst;
        }

        private Hit message(Situation s, String debt, Event.Dispute d, Severity sev) {
            LocalDate date = Situation.date(s.homeDay(d.at()));
            if (clock == null) {
                return Evaluator.hit(sev,
                        "Debt " + debt + " has been in dispute since " + date
                                + " with no recorded outcome; pause recovery until the dispute is resolved.",
                        "债务 " + debt + " 自 " + date + " 起有异议，尚无处理结果；异议处理完之前暂停催收。");
            }
            if (sev == Severity.BLOCK) {
                return Evaluator.hit(sev,
                        "Debt " + debt + " was disputed in writing on " + date
                                + " within the validation period; stop collecting it until verification is mailed.",
                        "债务人已于 " + date + " 在确认期内对债务 " + debt + " 提出书面异议；寄出核实材料之前停止催收。");
            }
            return Evaluator.hit(sev,
                    "Debt " + debt + " was disputed in writing on " + date
                            + ", after the validation period; consider mailing verification before collecting further.",
                    "债务人已于 " + date + "（确认期之后）对债务 " + debt + " 提出书面异议；继续催收前建议先寄出核实材料。");
        }

        @Override
        public Instant clearFrom(Situation s, Instant t, boolean warnOffends) {
            if (release != Release.VERIFICATION_MAILED) {
                return null;
            }
            long day = s.homeDay(t);
            long clear = day;
            for (String debt : s.debts) {
                LocalDate vm = s.debt(debt).verificationMailed();
                for (Event e : s.others) {
                    if (e instanceof Event.Dispute d && d.concerns(debt) && (clock == null || d.written())) {
                        Severity sev = severityAt(s, debt, d, day);
                        if (sev != null && (sev == Severity.BLOCK || warnOffends)) {
                            if (vm == null || vm.toEpochDay() < s.homeDay(d.at())) {
                                return null;
                            }
                            clear = Math.max(clear, vm.toEpochDay());
                        }
                    }
                }
            }
            return clear > day ? s.startOfDay(clear) : null;
        }
    }

    /** More than {@code days} local dates since the initial communication about a debt and no validation notice mailed. */
    public record ValidationOverdue(int days) implements Evaluator {

        private static boolean communicates(Event.Contact c) {
            if (c.party() != Party.DEBTOR) {
                return false;
            }
            ContactOutcome o = c.outcome() == null ? null : c.outcome().asRuleOutcome();
            if (o == ContactOutcome.CONVERSATION || o == ContactOutcome.VOICEMAIL) {
                return true;
            }
            return c.direction() == Direction.OUTBOUND && c.channel() != Channel.CALL && c.channel() != Channel.CREDIT_REPORT;
        }

        @Override
        public Hit evaluate(Situation s, Instant t) {
            if (s.letterIs(LetterKind.VALIDATION_NOTICE)) {
                return null;
            }
            long day = s.homeDay(t);
            for (String debt : s.debts) {
                LocalDate mailed = s.validationMailed(debt);
                if (mailed != null && mailed.toEpochDay() <= day) {
                    continue;
                }
                long first = Long.MAX_VALUE;
                for (int i = 0; i < s.contacts.length; i++) {
                    if (s.contactDay[i] < first && communicates(s.contacts[i]) && s.contacts[i].concerns(debt)) {
                        first = s.contactDay[i];
                    }
                }
                for (Event.Letter l : s.letters) {
                    long d = s.homeDay(l.at());
                    if (d < first && l.party() == Party.DEBTOR && l.concerns(debt)) {
                        first = d;
                    }
                }
                if (first != Long.MAX_VALUE && day - first > days) {
                    LocalDate f = Situation.date(first);
                    return Evaluator.hit(Severity.WARN,
                            "The first contact about debt " + debt + " was on " + f + ", " + (day - first)
                                    + " days ago, and no validation notice has been mailed; mail one now.",
                            "关于债务 " + debt + " 的首次联系是在 " + f + "（" + (day - first)
                                    + " 天前），至今未寄出债务确认通知；请尽快寄出。");
                }
            }
            return null;
        }
    }

    /** A validation notice whose stated end date is earlier than the period the clock gives. */
    public record ValidationPeriod(ValidationClock clock) implements Evaluator {

        @Override
        public Hit evaluate(Situation s, Instant t) {
            LetterDetails l = s.proposal.letter();
            if (!s.letterIs(LetterKind.VALIDATION_NOTICE) || l.statedValidationEnd() == null) {
                return null;
            }
            LocalDate mailed = l.postingDate() != null ? l.postingDate() : Situation.date(s.homeDay(t));
            LocalDate stated = l.statedValidationEnd();
            LocalDate receipt = clock.receipt(mailed, false);
            LocalDate min = receipt.plusDays(clock.periodDays());
            if (stated.isBefore(min)) {
                return Evaluator.hit(Severity.BLOCK,
                        "The notice gives the debtor until " + stated + ", but mailed on " + mailed
                                + " it is assumed received on " + receipt + ", so the date must be " + min + " or later.",
                        "通知写明的截止日是 " + stated + "，但 " + mailed + " 寄出的通知视为 " + receipt
                                + " 收到，截止日至少应为 " + min + "。");
            }
            LocalDate safe = clock.earliestEnd(mailed, true);
            if (stated.isBefore(safe)) {
                return Evaluator.hit(Severity.WARN,
                        "The end date " + stated + " holds only because a holiday that fell on a weekend was counted"
                                + " on its observed day as a business day; " + safe + " would be safe.",
                        "截止日 " + stated + " 只有在把周末节假日的补休日算作工作日时才成立；改为 " + safe + " 更稳妥。");
            }
            return null;
        }
    }

    /** amount at date + interest + fees - payments and credits = current, to the cent. */
    public record ItemizationCheck() implements Evaluator {

        @Override
        public Hit evaluate(Situation s, Instant t) {
            LetterDetails l = s.proposal.letter();
            if (!s.letterIs(LetterKind.VALIDATION_NOTICE) || l.itemization() == null) {
                return null;
            }
            Itemization i = l.itemization();
            if (i.computedCurrent().compareTo(i.current()) == 0) {
                return null;
            }
            String sum = String.format("%s + %s + %s − %s = %s", i.amountAtDate().toPlainString(), i.interest().toPlainString(),
                    i.fees().toPlainString(), i.paymentsCredits().toPlainString(), i.computedCurrent().toPlainString());
            return Evaluator.hit(Severity.BLOCK,
                    "The itemization does not add up: " + sum + ", not " + i.current().toPlainString() + ".",
                    "明细金额对不上：" + sum + "，而不是 " + i.current().toPlainString() + "。");
        }
    }

    /**
     * A demand on a debt whose limitation period has run out. A demand is a letter of one of
     * {@code letters} (or any letter that threatens suit, when {@code threatFlag}), or a contact by one
     * of {@code channels} with the debtor. With {@code requiresClaim}, only once the debtor said he
     * will not pay for that reason. {@code defaultYears} is used when the debt states none.
     */
    public record TimeBarred(Set<LetterKind> letters, boolean threatFlag, Set<Channel> channels,
                             boolean requiresClaim, Integer defaultYears) implements Evaluator {

        public TimeBarred {
            letters = Set.copyOf(letters);
            channels = Set.copyOf(channels);
        }

        private boolean isDemand(Situation s) {
            ProposedAction p = s.proposal;
            if (p.channel() == Channel.LETTER) {
                return p.letter() != null && (letters.contains(p.letter().kind()) || (threatFlag && p.letter().threatensSuit()));
            }
            return channels.contains(p.channel()) && p.party() == Party.DEBTOR;
        }

        @Override
        public Hit evaluate(Situation s, Instant t) {
            if (!isDemand(s)) {
                return null;
            }
            LocalDate today = Situation.date(s.homeDay(t));
            for (String debt : s.debts) {
                Limitation lim = s.debt(debt).limitation();
                LocalDate expiry = lim == null ? null : lim.expiry(defaultYears);
                if (expiry == null || today.isBefore(expiry)) {
                    continue;
                }
                if (requiresClaim && !claimed(s, debt)) {
                    continue;
                }
                if (requiresClaim) {
                    return Evaluator.hit(Severity.BLOCK,
                            "The limitation period of debt " + debt + " ran out on " + expiry
                                    + " and the customer said he will not pay for that reason; do not demand payment.",
                            "债务 " + debt + " 的诉讼时效已于 " + expiry + " 届满，且客户已以此为由表示不还；不得再催讨。");
                }
                return Evaluator.hit(Severity.BLOCK,
                        "The limitation period of debt " + debt + " ran out on " + expiry
                                + "; a letter must not threaten or mention a lawsuit.",
                        "债务 " + debt + " 的诉讼时效已于 " + expiry + " 届满；信函中不得威胁或提及起诉。");
            }
            return null;
        }

        private static boolean claimed(Situation s, String debt) {
            for (Event e : s.others) {
                if (e instanceof Event.StatuteBarredClaimed c && c.concerns(debt)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A credit report before a conversation with the debtor about the debt, or before {@code days}
     * days after a letter about it (not returned undeliverable) was mailed.
     */
    public record PassiveCollection(int days) implements Evaluator {

        @Override
        public Hit evaluate(Situation s, Instant t) {
            if (s.proposal.channel() != Channel.CREDIT_REPORT) {
                return null;
            }
            long day = s.homeDay(t);
            for (String debt : s.debts) {
                long allowed = allowedFrom(s, debt);
                if (allowed > day) {
                    String when = allowed == Long.MAX_VALUE ? ""
                            : " (with the letter already mailed: from " + Situation.date(allowed) + ")";
                    String whenZh = allowed == Long.MAX_VALUE ? ""
                            : "（按已寄出的信函，最早 " + Situation.date(allowed) + "）";
                    return Evaluator.hit(Severity.BLOCK,
                            "Do not report debt " + debt + " to a credit bureau yet: first speak with the debtor about it,"
                                    + " or wait " + (days - 1) + " full days after mailing him a letter that was not returned" + when + ".",
                            "暂不能把债务 " + debt + " 报送征信：须先就此与债务人通话，或在寄出且未被退回的信函后等满 "
                                    + (days - 1) + " 天" + whenZh + "。");
                }
            }
            return null;
        }

        /** The first epoch day on which a report is allowed; Long.MIN_VALUE after a conversation. */
        private long allowedFrom(Situation s, String debt) {
            for (int i = 0; i < s.contacts.length; i++) {
                Event.Contact c = s.contacts[i];
                if (c.party() == Party.DEBTOR && Situation.isConversation(c.outcome()) && c.concerns(debt)) {
                    return Long.MIN_VALUE;
                }
            }
            long best = Long.MAX_VALUE;
            boolean validationEvent = false;
            for (Event.Letter l : s.letters) {
                if (l.party() == Party.DEBTOR && l.concerns(debt)) {
                    validationEvent |= l.kind() == LetterKind.VALIDATION_NOTICE;
                    if (!l.undeliverable()) {
                        best = Math.min(best, s.homeDay(l.at()) + days);
                    }
                }
            }
            LocalDate field = s.debt(debt).validationNoticeMailed();
            if (!validationEvent && field != null) {
                best = Math.min(best, field.toEpochDay() + days);
            }
            return best;
        }

        @Override
        public Instant clearFrom(Situation s, Instant t, boolean warnOffends) {
            long day = s.homeDay(t);
            long clear = day;
            for (String debt : s.debts) {
                long allowed = allowedFrom(s, debt);
                if (allowed == Long.MAX_VALUE) {
                    return null;
                }
                clear = Math.max(clear, allowed);
            }
            return clear > day ? s.startOfDay(clear) : null;
        }
    }

    /**
     * A default notice whose remedy date is less than {@code days} days after service; where only
     * the posting date is known (the proposed date when none is given), BLOCK below that, else WARN.
     */
    public record DefaultNoticePeriod(int days) implements Evaluator {

        @Override
        public Hit evaluate(Situation s, Instant t) {
            LetterDetails l = s.proposal.letter();
            if (!s.letterIs(LetterKind.DEFAULT_NOTICE) || l.remedyDate() == null) {
                return null;
            }
            LocalDate remedy = l.remedyDate();
            if (l.serviceDate() != null) {
                LocalDate min = l.serviceDate().plusDays(days);
                if (remedy.isBefore(min)) {
                    return Evaluator.hit(Severity.BLOCK,
                            "The remedy date " + remedy + " is less than " + days + " days after service on "
                                    + l.serviceDate() + "; it must be " + min + " or later.",
                            "补救截止日 " + remedy + " 距送达日 " + l.serviceDate() + " 不足 " + days + " 天；应不早于 " + min + "。");
                }
                return null;
            }
            LocalDate posted = l.postingDate() != null ? l.postingDate() : Situation.date(s.homeDay(t));
            LocalDate min = posted.plusDays(days);
            if (remedy.isBefore(min)) {
                return Evaluator.hit(Severity.BLOCK,
                        "The remedy date " + remedy + " is less than " + days + " days even after posting on " + posted
                                + "; it must be later than " + min.minusDays(1) + " plus the time for service.",
                        "补救截止日 " + remedy + " 距寄出日 " + posted + " 都不足 " + days + " 天；须留出送达时间并不早于 " + min + "。");
            }
            return Evaluator.hit(Severity.WARN,
                    "Only the posting date (" + posted + ") is known, so service is unproven; make sure the remedy date "
                            + remedy + " is at least " + days + " days after the notice is served.",
                    "只知道寄出日（" + posted + "），送达未经证实；请确保补救截止日 " + remedy + " 在送达后至少 " + days + " 天。");
        }
    }

    /**
     * Contacting a third party while the debtor is reachable: he is unreachable when his latest
     * attempt was NOT_IN_SERVICE or his {@code failures} latest attempts all failed.
     */
    public record ThirdPartyReach(int failures) implements Evaluator {

        @Override
        public Hit evaluate(Situation s, Instant t) {
            if (s.proposal.party() != Party.THIRD_PARTY || s.proposal.channel() == Channel.CREDIT_REPORT) {
                return null;
            }
            List<Event.Contact> attempts = new ArrayList<>();
            for (Event.Contact c : s.contacts) {
                if (c.channel() == Channel.CALL && c.direction() == Direction.OUTBOUND && c.party() == Party.DEBTOR) {
                    attempts.add(c);
                }
            }
            // where attempts share an instant, the one that reached him is taken as the latest
            attempts.sort(Comparator.comparing(Event.Contact::at).thenComparingInt(ThirdPartyReach::rank));
            int n = attempts.size();
            if (n > 0 && attempts.get(n - 1).outcome() == ContactOutcome.NOT_IN_SERVICE) {
                return null;
            }
            if (n >= failures) {
                boolean allFailed = true;
                for (int i = n - failures; i < n; i++) {
                    allFailed &= !Situation.isConversation(attempts.get(i).outcome());
                }
                if (allFailed) {
                    return null;
                }
            }
            return Evaluator.hit(Severity.BLOCK,
                    "The debtor can still be reached (his number is in service and his last " + failures
                            + " calls did not all fail); do not contact other people about him.",
                    "债务人仍可联系上（号码正常，且最近 " + failures + " 次呼叫并非都未接通）；不要联系第三方。");
        }

        private static int rank(Event.Contact c) {
            if (c.outcome() == ContactOutcome.NOT_IN_SERVICE) {
                return 0;
            }
            return Situation.isConversation(c.outcome()) ? 2 : 1;
        }
    }
}
