package org.recoup.compliance;

import static org.recoup.compliance.Filters.ANYONE;
import static org.recoup.compliance.Filters.TIMED;
import static org.recoup.compliance.Filters.proposals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.recoup.compliance.BarRules.AnyOf;
import org.recoup.compliance.BarRules.BarEvent;
import org.recoup.compliance.BarRules.EventBars;
import org.recoup.compliance.BarRules.ProposalBars;
import org.recoup.compliance.CountRules.Clause;
import org.recoup.compliance.CountRules.Cooldown;
import org.recoup.compliance.CountRules.Grouping;
import org.recoup.compliance.CountRules.WindowCount;
import org.recoup.compliance.DebtRules.DefaultNoticePeriod;
import org.recoup.compliance.DebtRules.DisputeHold;
import org.recoup.compliance.DebtRules.ItemizationCheck;
import org.recoup.compliance.DebtRules.PassiveCollection;
import org.recoup.compliance.DebtRules.Release;
import org.recoup.compliance.DebtRules.ThirdPartyReach;
import org.recoup.compliance.DebtRules.TimeBarred;
import org.recoup.compliance.DebtRules.ValidationClock;
import org.recoup.compliance.DebtRules.ValidationOverdue;
import org.recoup.compliance.DebtRules.ValidationPeriod;
import org.recoup.compliance.Filters.Cond;
import org.recoup.compliance.Filters.EventFilter;
import org.recoup.compliance.Filters.NumberScope;
import org.recoup.compliance.TimeRules.ConvenientHours;
import org.recoup.compliance.TimeRules.Lift;
import org.recoup.compliance.TimeRules.NamedTimes;
import org.recoup.compliance.TimeRules.ZoneScope;
import org.recoup.domain.Channel;
import org.recoup.domain.ContactOutcome;
import org.recoup.domain.Direction;
import org.recoup.domain.LetterKind;
import org.recoup.domain.Party;

/**
 * The rule packs of RULES.md, as data: each rule's id, code, severity, citation, parameters and the
 * date from which it holds. A new reading or a new jurisdiction is a change here, not new code.
 */
public final class StandardPacks {

    /** FDCPA in force (enacted 1977-09-20, effective six months later). */
    public static final LocalDate FDCPA = LocalDate.of(1978, 3, 20);
    /** Regulation F (12 CFR part 1006) in force. */
    public static final LocalDate REG_F = LocalDate.of(2021, 11, 30);
    /** FCA CONC in force (consumer credit regulation moved to the FCA). */
    public static final LocalDate CONC = LocalDate.of(2014, 4, 1);
    /** Consumer Credit Act 1974 ss.87-88 commenced. */
    public static final LocalDate CCA_DEFAULT = LocalDate.of(1985, 5, 19);
    /**
     * State rules in force long before any debt this application holds; their exact commencement
     * does not change a check (decision 0008).
     */
    public static final LocalDate LONG_STANDING = LocalDate.of(1970, 1, 1);
    /** Chinese industry rules: approximate, pending confirmation (decision 0008). */
    public static final LocalDate CN_GUIDANCE = LocalDate.of(2024, 1, 1);

    private static final LocalTime H0730 = LocalTime.of(7, 30);
    private static final LocalTime H0800 = LocalTime.of(8, 0);
    private static final LocalTime H2100 = LocalTime.of(21, 0);
    private static final LocalTime H2200 = LocalTime.of(22, 0);

    private static final Set<Party> DEBTOR = EnumSet.of(Party.DEBTOR);
    private static final Set<Party> THIRD = EnumSet.of(Party.THIRD_PARTY);
    private static final Set<Channel> CALL = EnumSet.of(Channel.CALL);
    private static final Set<Channel> CALL_SMS = EnumSet.of(Channel.CALL, Channel.SMS);
    private static final Set<Channel> CALL_VISIT = EnumSet.of(Channel.CALL, Channel.VISIT);
    private static final Set<Channel> SMS_EMAIL = EnumSet.of(Channel.SMS, Channel.EMAIL);
    private static final Set<Channel> EVERY = EnumSet.allOf(Channel.class);
    private static final Set<Channel> CONTACTING = EnumSet.complementOf(EnumSet.of(Channel.CREDIT_REPORT));
    private static final Set<Direction> OUT = EnumSet.of(Direction.OUTBOUND);
    private static final Set<Direction> BOTH = EnumSet.allOf(Direction.class);
    private static final Set<ContactOutcome> CONVERSATION = EnumSet.of(ContactOutcome.CONVERSATION);
    private static final Set<ContactOutcome> SPOKE_OR_MESSAGE = EnumSet.of(ContactOutcome.CONVERSATION, ContactOutcome.VOICEMAIL);
    private static final Set<ContactOutcome> CONNECTED =
            EnumSet.complementOf(EnumSet.of(ContactOutcome.BUSY, ContactOutcome.NOT_IN_SERVICE));
    private static final Set<ContactOutcome> UNANSWERED = EnumSet.of(ContactOutcome.NO_ANSWER, ContactOutcome.BUSY,
            ContactOutcome.NOT_IN_SERVICE, ContactOutcome.VOICEMAIL);

    private static final ValidationClock US_VALIDATION = new ValidationClock(5, 30);

    private StandardPacks() {
    }

    /** US-FED, US-MA, US-WA, CN and UK. */
    public static RulePacks standard() {
        return new RulePacks(List.of(usFed(), usMa(), usWa(), china(), uk()));
    }

    static RulePack usFed() {
        var calls = proposals(CALL, DEBTOR);
        return new RulePack("US-FED", null, List.of(
                rule("US-TIME-1", Code.INCONVENIENT_TIME,
                        v(FDCPA, Severity.BLOCK, "15 USC 1692c(a)(1)",
                                new ConvenientHours(H0800, H2100, proposals(TIMED, ANYONE), ZoneScope.ONE, Lift.NONE, Severity.BLOCK)),
                        v(REG_F, Severity.BLOCK, "12 CFR 1006.6(b)(1)(i); 15 USC 1692c(a)(1)",
                                new ConvenientHours(H0800, H2100, proposals(TIMED, ANYONE), ZoneScope.ONE, Lift.CONSENT_WINDOW, Severity.BLOCK))),
                rule("US-TIME-2", Code.INCONVENIENT_TIME,
                        v(REG_F, Severity.BLOCK, "12 CFR part 1006, Supplement I, comment 6(b)(1)(i)-1",
                                new ConvenientHours(H0800, H2100, proposals(TIMED, ANYONE), ZoneScope.SEVERAL, Lift.CONSENT_WINDOW, Severity.BLOCK))),
                rule("US-TIME-3", Code.INCONVENIENT_TIME,
                        v(REG_F, Severity.BLOCK, "12 CFR part 1006, Supplement I, comment 6(b)(1)-1",
                                new NamedTimes(proposals(TIMED, DEBTOR), Lift.CONSENT_WINDOW, Severity.BLOCK))),
                rule("US-FREQ-1", Code.CALL_FREQUENCY,
                        v(REG_F, Severity.BLOCK, "12 CFR 1006.14(b)(2)(i)(A)",
                                new WindowCount(List.of(new Clause(calls,
                                        new EventFilter(CALL, OUT, DEBTOR, CONNECTED, NumberScope.ANY, true), 7, 7,
                                        new Text("calls to the debtor", "打给债务人的电话"))),
                                        Grouping.PER_DEBT, true))),
                rule("US-FREQ-2", Code.CONVERSATION_COOLDOWN,
                        v(REG_F, Severity.BLOCK, "12 CFR 1006.14(b)(2)(i)(B)",
                                new Cooldown(calls, new EventFilter(CALL, BOTH, DEBTOR, CONVERSATION, NumberScope.ANY, false),
                                        7, true, true))),
                rule("US-CEASE", Code.CEASE_COMMUNICATION,
                        v(FDCPA, Severity.BLOCK, "15 USC 1692c(c)",
                                new EventBars(BarEvent.CEASE, proposals(EVERY, ANYONE),
                                        EnumSet.of(LetterKind.TERMINATION_NOTICE, LetterKind.REMEDY_NOTICE), Severity.BLOCK)),
                        v(REG_F, Severity.BLOCK, "15 USC 1692c(c); 12 CFR 1006.6(c)",
                                new EventBars(BarEvent.CEASE, proposals(EVERY, ANYONE),
                                        EnumSet.of(LetterKind.TERMINATION_NOTICE, LetterKind.REMEDY_NOTICE), Severity.BLOCK))),
                rule("US-ATTY", Code.ATTORNEY_REPRESENTED,
                        v(FDCPA, Severity.BLOCK, "15 USC 1692c(a)(2)",
                                new EventBars(BarEvent.ATTORNEY, proposals(EVERY, DEBTOR), Set.of(), Severity.BLOCK)),
                        v(REG_F, Severity.BLOCK, "15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)",
                                new EventBars(BarEvent.ATTORNEY, proposals(EVERY, DEBTOR), Set.of(), Severity.BLOCK))),
                rule("US-WORK", Code.WORKPLACE_CONTACT,
                        v(FDCPA, Severity.BLOCK, "15 USC 1692c(a)(3)", workplaceCalls()),
                        v(REG_F, Severity.BLOCK, "15 USC 1692c(a)(3); 12 CFR 1006.22(f)(3)", new AnyOf(List.of(
                                workplaceCalls(),
                                new ProposalBars(proposals(EnumSet.of(Channel.EMAIL), DEBTOR, Cond.TO_EMPLOYER_ADDRESS), Severity.BLOCK,
                                        new Text("This email address was provided by the debtor's employer; do not email it.",
                                                "这个邮箱是债务人雇主提供的；不要往这个邮箱发邮件。")))))),
                rule("US-MEDIA", Code.CHANNEL_OPT_OUT,
                        v(REG_F, Severity.BLOCK, "12 CFR 1006.14(h); 12 CFR 1006.6(e)", new AnyOf(List.of(
                                new EventBars(BarEvent.OPT_OUT, proposals(EVERY, ANYONE), Set.of(), Severity.BLOCK),
                                new ProposalBars(proposals(SMS_EMAIL, ANYONE, Cond.NO_OPT_OUT_TEXT), Severity.BLOCK,
                                        new Text("A text message or email must tell the debtor how to opt out; add the opt-out instruction.",
                                                "短信或邮件必须告诉对方如何退订；请加上退订说明。")))))),
                rule("US-DISP", Code.DISPUTE_PENDING,
                        v(FDCPA, Severity.BLOCK, "15 USC 1692g(b); 12 CFR 1006.38",
                                new DisputeHold(EnumSet.of(LetterKind.VERIFICATION, LetterKind.TERMINATION_NOTICE),
                                        Release.VERIFICATION_MAILED, US_VALIDATION))),
                rule("US-VAL-1", Code.VALIDATION_NOTICE_OVERDUE,
                        v(REG_F, Severity.WARN, "12 CFR 1006.34(a)", new ValidationOverdue(5))),
                rule("US-VAL-2", Code.VALIDATION_PERIOD,
                        v(REG_F, Severity.BLOCK, "12 CFR 1006.34(b)(5)", new ValidationPeriod(US_VALIDATION))),
                rule("US-VAL-3", Code.ITEMIZATION_MISMATCH,
                        v(REG_F, Severity.BLOCK, "12 CFR 1006.34(c)(2)", new ItemizationCheck())),
                rule("US-TBD", Code.TIME_BARRED,
                        v(REG_F, Severity.BLOCK, "12 CFR 1006.26(b)",
                                new TimeBarred(EnumSet.of(LetterKind.LEGAL_ACTION), true, Set.of(), false, null))),
                rule("US-PASSIVE", Code.PASSIVE_COLLECTION,
                        v(REG_F, Severity.BLOCK, "12 CFR 1006.30(a)", new PassiveCollection(15)))));
    }

    private static Evaluator workplaceCalls() {
        return new ProposalBars(proposals(CALL_VISIT, DEBTOR, Cond.AT_WORKPLACE, Cond.EMPLOYER_PROHIBITS_CONTACT),
                Severity.BLOCK,
                new Text("The debtor's employer prohibits contact at work; do not call or visit him at his workplace.",
                        "债务人的雇主禁止在工作场所联系他；不要往单位打电话或上门。"));
    }

    static RulePack usMa() {
        var personal = new EventFilter(CALL_SMS, OUT, DEBTOR, SPOKE_OR_MESSAGE, NumberScope.PERSONAL, false);
        var other = new EventFilter(CALL_SMS, OUT, DEBTOR, SPOKE_OR_MESSAGE, NumberScope.OTHER, false);
        return new RulePack("US-MA", "US-FED", List.of(
                rule("MA-1", Code.CALL_FREQUENCY,
                        v(LONG_STANDING, Severity.BLOCK, "209 CMR 18.16(1)(d); 940 CMR 7.04(1)(f); Armata v. Target Corp., 480 Mass. 14 (2018)",
                                new WindowCount(List.of(
                                        new Clause(proposals(CALL_SMS, DEBTOR, Cond.TO_PERSONAL_NUMBER), personal, 7, 2,
                                                new Text("calls answered or with a message left, and texts, to the debtor's personal numbers",
                                                        "打给债务人私人号码且接通或留言的电话及短信")),
                                        new Clause(proposals(CALL_SMS, DEBTOR, Cond.TO_OTHER_NUMBER), other, 30, 2,
                                                new Text("calls answered or with a message left, and texts, to the debtor's other numbers",
                                                        "打给债务人其他号码且接通或留言的电话及短信"))),
                                        Grouping.NONE, false)))));
    }

    static RulePack usWa() {
        var communications = EnumSet.of(Channel.CALL, Channel.SMS, Channel.EMAIL, Channel.VISIT);
        return new RulePack("US-WA", "US-FED", List.of(
                rule("WA-1", Code.CALL_FREQUENCY,
                        v(LONG_STANDING, Severity.BLOCK, "RCW 19.16.250",
                                new WindowCount(List.of(
                                        new Clause(proposals(communications, DEBTOR),
                                                new EventFilter(communications, OUT, DEBTOR, SPOKE_OR_MESSAGE, NumberScope.ANY, false), 7, 3,
                                                new Text("communications with the debtor", "与债务人的联系")),
                                        new Clause(proposals(communications, DEBTOR, Cond.AT_WORKPLACE),
                                                new EventFilter(communications, OUT, DEBTOR, SPOKE_OR_MESSAGE, NumberScope.WORKPLACE, false), 7, 1,
                                                new Text("communications with the debtor at his workplace", "在债务人工作场所与他的联系"))),
                                        Grouping.NONE, false))),
                rule("WA-2", Code.INCONVENIENT_TIME,
                        v(LONG_STANDING, Severity.BLOCK, "RCW 19.16.250",
                                new ConvenientHours(H0730, H2100, proposals(CALL_VISIT, DEBTOR, Cond.AT_HOME), ZoneScope.ANY,
                                        Lift.NONE, Severity.BLOCK)))));
    }

    static RulePack china() {
        return new RulePack("CN", null, List.of(
                rule("CN-TIME", Code.INCONVENIENT_TIME,
                        v(CN_GUIDANCE, Severity.BLOCK, "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》(2026); GB/T 45251-2025",
                                new ConvenientHours(H0800, H2200, proposals(EnumSet.of(Channel.CALL, Channel.SMS, Channel.VISIT), ANYONE),
                                        ZoneScope.ANY, Lift.CONSENT_TO_OTHER_HOURS, Severity.BLOCK))),
                rule("CN-ATT", Code.CALL_FREQUENCY,
                        v(CN_GUIDANCE, Severity.BLOCK, "中国银行业协会 指引 (2026)",
                                new WindowCount(List.of(new Clause(proposals(CALL, ANYONE),
                                        new EventFilter(CALL, OUT, ANYONE, UNANSWERED, NumberScope.ANY, false), 1, 6,
                                        new Text("calls to this number (after 6 unanswered attempts today)", "拨打这个号码的电话（当天已有 6 次未接通）"))),
                                        Grouping.PER_NUMBER, false))),
                rule("CN-CONN", Code.CALL_FREQUENCY,
                        v(CN_GUIDANCE, Severity.BLOCK, "GB/T 45251-2025; 中国互联网金融协会《互联网金融贷后催收业务指引》(2024)",
                                new WindowCount(List.of(new Clause(proposals(CALL, DEBTOR),
                                        new EventFilter(CALL, OUT, DEBTOR, CONVERSATION, NumberScope.ANY, false), 1, 3,
                                        new Text("calls with the debtor (after 3 connected calls today)", "与债务人的通话（当天已接通 3 次）"))),
                                        Grouping.NONE, false))),
                rule("CN-3P", Code.THIRD_PARTY_CONTACT,
                        v(CN_GUIDANCE, Severity.BLOCK, "中国银行业协会 指引 (2026)", new AnyOf(List.of(
                                new ThirdPartyReach(3),
                                new ProposalBars(proposals(CONTACTING, THIRD, Cond.MENTIONS_DEBT), Severity.BLOCK,
                                        new Text("Do not mention the debt to a third party.", "不得向第三方透露债务信息。")),
                                new EventBars(BarEvent.OBJECTION, proposals(CONTACTING, THIRD), Set.of(), Severity.BLOCK)))))));
    }

    static RulePack uk() {
        return new RulePack("UK", null, List.of(
                rule("UK-TIME", Code.INCONVENIENT_TIME,
                        v(CONC, Severity.BLOCK, "CONC 7.9; hours as in MCOB 13.5.4G", new AnyOf(List.of(
                                new ConvenientHours(H0800, H2100, proposals(TIMED, ANYONE), ZoneScope.ANY, Lift.NONE, Severity.WARN),
                                new NamedTimes(proposals(TIMED, DEBTOR), Lift.NONE, Severity.BLOCK))))),
                rule("UK-DISP", Code.DISPUTE_PENDING,
                        v(CONC, Severity.BLOCK, "CONC 7.14.1R, 7.14.3R", new DisputeHold(Set.of(), Release.RESOLVED, null))),
                rule("UK-SB", Code.TIME_BARRED,
                        v(CONC, Severity.BLOCK, "CONC 7.15.4R; Limitation Act 1980 s.5",
                                new TimeBarred(EnumSet.of(LetterKind.DEMAND, LetterKind.FINAL_NOTICE, LetterKind.LEGAL_ACTION),
                                        false, TIMED, true, 6))),
                rule("UK-DN", Code.DEFAULT_NOTICE_PERIOD,
                        v(CCA_DEFAULT, Severity.BLOCK, "Consumer Credit Act 1974 ss.87, 88(2)", new DefaultNoticePeriod(14)))));
    }

    private static Rule rule(String id, Code code, Rule.Version... versions) {
        return new Rule(id, code, List.of(versions));
    }

    private static Rule.Version v(LocalDate from, Severity severity, String citation, Evaluator evaluator) {
        return new Rule.Version(from, severity, citation, evaluator);
    }
}
