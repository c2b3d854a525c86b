package org.recoup.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.recoup.compliance.Filters.ProposalFilter;
import org.recoup.compliance.TimeRules.ConvenientHours;
import org.recoup.compliance.TimeRules.Lift;
import org.recoup.compliance.TimeRules.ZoneScope;
import org.recoup.domain.Channel;
import org.recoup.domain.ContactOutcome;
import org.recoup.domain.LetterKind;
import org.recoup.domain.Party;
import org.recoup.domain.PhoneType;
import org.recoup.domain.ValidationException;

class ComplianceEngineTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

    private static DebtorContext debtor(ZoneId home, ZoneId phone, Event... events) {
        return new DebtorContext(List.of(Location.address(home), Location.phone("P1", PhoneType.MOBILE, phone),
                Location.phone("P2", PhoneType.WORK, home), Location.email("E1", true)),
                false, false, List.of(), List.of(),
                List.of(new DebtInfo("D1", LocalDate.of(2026, 1, 2), null, null, null, false)), List.of(events));
    }

    @Test
    void callAt2100LocalIsBlockedUntil0800NextDay() {
        Verdict v = ENGINE.check(ProposedAction.call(Instant.parse("2026-01-16T03:00:00Z"), "P1", "D1"),
                debtor(CHICAGO, CHICAGO), List.of("US-FED"));
        assertThat(v.verdict()).isEqualTo(Verdict.Level.BLOCK);
        assertThat(v.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("US-TIME-1");
            assertThat(f.code()).isEqualTo(Code.INCONVENIENT_TIME);
            assertThat(f.message()).isEqualTo("It is 21:00 for the debtor in Chicago; calls are allowed 08:00–21:00 local.");
            assertThat(f.messageZh()).isEqualTo("债务人所在地（Chicago）现在是 21:00；只能在当地 08:00–21:00 之间打电话。");
            assertThat(f.earliestCompliant()).contains(Instant.parse("2026-01-16T14:00:00Z"));
        });
    }

    @Test
    void severalZonesAreJudgedByUsTime2NotUsTime1() {
        Verdict v = ENGINE.check(ProposedAction.call(Instant.parse("2026-01-15T14:30:00Z"), "P1", "D1"),
                debtor(CHICAGO, LOS_ANGELES), List.of("US-FED"));
        assertThat(v.findings()).extracting(Finding::rule).containsExactly("US-TIME-2");
        assertThat(v.findings().get(0).message()).contains("Los Angeles").contains("06:30").contains("each of the zones");
        assertThat(v.earliestCompliant()).contains(Instant.parse("2026-01-15T16:00:00Z"));
    }

    @Test
    void washingtonOpensAt0730WhereConsentLiftsTheFederalHours() {
        Event consent = new Event.Consent(Instant.parse("2026-01-14T18:00:00Z"), Instant.parse("2026-01-15T15:00:00Z"),
                Instant.parse("2026-01-15T16:00:00Z"));
        Verdict v = ENGINE.check(ProposedAction.call(Instant.parse("2026-01-15T15:29:00Z"), "P1", "D1"),
                debtor(LOS_ANGELES, LOS_ANGELES, consent), List.of("US-FED", "US-WA"));
        assertThat(v.findings()).extracting(Finding::rule).containsExactly("WA-2");
        assertThat(v.earliestCompliant()).contains(Instant.parse("2026-01-15T15:30:00Z"));
    }

    @Test
    void ruleVersionInForceOnTheProposedDateIsApplied() {
        Instant beforeRegF = Instant.parse("2021-11-29T03:30:00Z");
        Verdict old = ENGINE.check(ProposedAction.call(beforeRegF, "P1", "D1"), debtor(CHICAGO, CHICAGO), List.of("US-FED"));
        assertThat(old.findings()).singleElement().satisfies(f -> assertThat(f.citation()).isEqualTo("15 USC 1692c(a)(1)"));

        ProposedAction email = new ProposedAction(Instant.parse("2021-11-29T16:00:00Z"), Channel.EMAIL, "E1", Party.DEBTOR,
                Set.of("D1"), false, new Message(true, false), null);
        assertThat(ENGINE.check(email, debtor(CHICAGO, CHICAGO), List.of("US-FED")).verdict())
                .as("employer-provided email is barred only from Regulation F on").isEqualTo(Verdict.Level.PASS);
        assertThat(ENGINE.check(email.at(Instant.parse("2021-11-30T16:00:00Z")), debtor(CHICAGO, CHICAGO), List.of("US-FED"))
                .findings()).extracting(Finding::rule).containsExactly("US-WORK");
    }

    @Test
    void aNewJurisdictionIsOnlyData() {
        RulePack quiet = new RulePack("XX", null, List.of(new Rule("XX-TIME", Code.INCONVENIENT_TIME, List.of(
                new Rule.Version(LocalDate.of(2020, 1, 1), Severity.BLOCK, "XX Act s.1",
                        new ConvenientHours(LocalTime.of(9, 0), LocalTime.of(20, 0),
                                new ProposalFilter(EnumSet.of(Channel.CALL), EnumSet.allOf(Party.class), Set.of()),
                                ZoneScope.ANY, Lift.NONE, Severity.BLOCK))))));
        ComplianceEngine engine = new ComplianceEngine(new RulePacks(List.of(quiet)));
        Verdict v = engine.check(ProposedAction.call(Instant.parse("2026-01-15T14:30:00Z"), "P1", "D1"),
                debtor(CHICAGO, CHICAGO), List.of("XX"));
        assertThat(v.findings()).extracting(Finding::rule).containsExactly("XX-TIME");
        assertThat(v.earliestCompliant()).contains(Instant.parse("2026-01-15T15:00:00Z"));
    }

    @Test
    void overlayIsCheckedTogetherWithItsBasePack() {
        assertThat(ENGINE.packs().resolve(List.of("US-MA"))).extracting(RulePack::id).containsExactly("US-FED", "US-MA");
        assertThat(ENGINE.packs().resolve(List.of("UK", "CN"))).extracting(RulePack::id).containsExactly("CN", "UK");
    }

    @Test
    void unknownPackIsRefusedNamingTheField() {
        assertThatThrownBy(() -> ENGINE.check(ProposedAction.call(Instant.parse("2026-01-15T15:00:00Z"), "P1"),
                debtor(CHICAGO, CHICAGO), List.of("US-TX")))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("packs: 'US-TX' is not one of");
    }

    @Test
    void everyRuleOfRulesMdIsInThePacksWithItsCode() {
        RulePacks packs = StandardPacks.standard();
        assertThat(packs.ids()).containsExactly("US-FED", "US-MA", "US-WA", "CN", "UK");
        assertThat(packs.get("US-FED").rules()).extracting(Rule::id).containsExactly("US-TIME-1", "US-TIME-2", "US-TIME-3",
                "US-FREQ-1", "US-FREQ-2", "US-CEASE", "US-ATTY", "US-WORK", "US-MEDIA", "US-DISP", "US-VAL-1", "US-VAL-2",
                "US-VAL-3", "US-TBD", "US-PASSIVE");
        assertThat(packs.get("US-MA").rules()).extracting(Rule::id).containsExactly("MA-1");
        assertThat(packs.get("US-WA").rules()).extracting(Rule::id).containsExactly("WA-1", "WA-2");
        assertThat(packs.get("CN").rules()).extracting(Rule::id).containsExactly("CN-TIME", "CN-ATT", "CN-CONN", "CN-3P");
        assertThat(packs.get("UK").rules()).extracting(Rule::id).containsExactly("UK-TIME", "UK-DISP", "UK-SB", "UK-DN");
        assertThat(packs.get("US-FED").rules().stream().filter(r -> r.id().equals("US-FREQ-1")).findFirst().orElseThrow()
                .inForce(LocalDate.of(2021, 11, 29))).isNull();
    }

    @Test
    void cnThirdPartyRuleSpeaksOfReachability() {
        DebtorContext c = new DebtorContext(List.of(Location.address(ZoneId.of("Asia/Shanghai")),
                Location.phone("P1", PhoneType.MOBILE, ZoneId.of("Asia/Shanghai"))), false, false, List.of(),
                List.of(new ThirdPartyContact("T1", null, null)), List.of(DebtInfo.of("D1")),
                List.of(Event.Contact.call(Instant.parse("2026-05-11T01:00:00Z"), "P1", ContactOutcome.CONVERSATION, "D1")));
        ProposedAction p = new ProposedAction(Instant.parse("2026-05-11T03:00:00Z"), Channel.CALL, "T1", Party.THIRD_PARTY,
                Set.of("D1"), false, null, null);
        Verdict v = ENGINE.check(p, c, List.of("CN"));
        assertThat(v.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CN-3P");
            assertThat(f.earliestCompliant()).isEmpty();
            assertThat(f.messageZh()).contains("第三方");
        });
    }

    @Test
    void letterDetailsOfADefaultNoticeAreReadOnlyForThatKind() {
        ProposedAction demand = new ProposedAction(Instant.parse("2026-03-02T10:00:00Z"), Channel.LETTER, null, Party.DEBTOR,
                Set.of("D1"), false, null, LetterDetails.of(LetterKind.DEMAND));
        assertThat(ENGINE.check(demand, debtor(ZoneId.of("Europe/London"), ZoneId.of("Europe/London")), List.of("UK")).verdict())
                .isEqualTo(Verdict.Level.PASS);
    }

    @Test
    void attemptsAtTheSameInstantCountTheOneThatReachedTheDebtorAsTheLatest() {
        Instant last = Instant.parse("2026-05-11T02:00:00Z");
        List<Event> events = List.of(
                Event.Contact.call(Instant.parse("2026-05-11T01:00:00Z"), "P1", ContactOutcome.NO_ANSWER, "D1"),
                Event.Contact.call(Instant.parse("2026-05-11T01:30:00Z"), "P1", ContactOutcome.NO_ANSWER, "D1"),
                Event.Contact.call(last, "P1", ContactOutcome.NOT_IN_SERVICE, "D1"),
                Event.Contact.call(last, "P1", ContactOutcome.CONVERSATION, "D1"));
        ProposedAction p = new ProposedAction(Instant.parse("2026-05-11T03:00:00Z"), Channel.CALL, "T1", Party.THIRD_PARTY,
                Set.of("D1"), false, null, null);
        for (List<Event> order : List.of(events, List.of(events.get(3), events.get(2), events.get(1), events.get(0)))) {
            DebtorContext c = new DebtorContext(List.of(Location.address(ZoneId.of("Asia/Shanghai")),
                    Location.phone("P1", PhoneType.MOBILE, ZoneId.of("Asia/Shanghai"))), false, false, List.of(),
                    List.of(new ThirdPartyContact("T1", null, null)), List.of(DebtInfo.of("D1")), order);
            assertThat(ENGINE.check(p, c, List.of("CN")).findings()).extracting(Finding::rule).containsExactly("CN-3P");
        }
    }

    @Test
    void convenientHoursMayRunPastMidnightForAFuturePack() {
        RulePack night = new RulePack("NIGHT", null, List.of(new Rule("NIGHT-TIME", Code.INCONVENIENT_TIME, List.of(
                new Rule.Version(LocalDate.of(2020, 1, 1), Severity.BLOCK, "Night shift rule",
                        new ConvenientHours(LocalTime.of(22, 0), LocalTime.of(6, 0),
                                new ProposalFilter(EnumSet.of(Channel.CALL), EnumSet.allOf(Party.class), Set.of()),
                                ZoneScope.ANY, Lift.NONE, Severity.BLOCK))))));
        ComplianceEngine engine = new ComplianceEngine(new RulePacks(List.of(night)));
        DebtorContext chicago = debtor(CHICAGO, CHICAGO);
        // 23:30 CST passes; 12:00 CST waits for 22:00 CST (04:00Z next UTC day)
        assertThat(engine.check(ProposedAction.call(Instant.parse("2026-01-16T05:30:00Z"), "P1", "D1"), chicago, List.of("NIGHT"))
                .verdict()).isEqualTo(Verdict.Level.PASS);
        assertThat(engine.check(ProposedAction.call(Instant.parse("2026-01-15T18:00:00Z"), "P1", "D1"), chicago, List.of("NIGHT"))
                .earliestCompliant()).contains(Instant.parse("2026-01-16T04:00:00Z"));
    }
}
