package org.recoup.service.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.ActionPurpose;
import org.recoup.domain.Channel;
import org.recoup.domain.ComplianceEventType;
import org.recoup.domain.ContactOutcome;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.Direction;
import org.recoup.domain.Party;
import org.recoup.domain.PaymentMethod;
import org.recoup.domain.PromiseStatus;
import org.recoup.domain.StepAnchor;
import org.recoup.domain.StrategyAction;
import org.recoup.domain.ValidationException;
import org.recoup.service.compliance.CheckResult;
import org.recoup.service.money.PaymentRequest;

/** The collector's day through the services: log, events, scheduling, promises, strategies, queue. */
class DailyWorkServiceTest {

    /** Tuesday 10 March 2026, 10:00 in Chicago (CDT, UTC-5). */
    private static final Instant MORNING = Instant.parse("2026-03-10T15:00:00Z");

    @TempDir
    Path dir;

    private WorkFixture f;
    private long client;
    private long debtor;
    private long phone;
    private long debt;

    @BeforeEach
    void setUp() {
        f = new WorkFixture(dir, MORNING.minusSeconds(86_400 * 20L));
        client = f.client("Northwind Bank", "US");
        long[] ids = f.chicagoDebtor("Ann Lee");
        debtor = ids[0];
        phone = ids[2];
        debt = f.debt(client, debtor, "NWB-1", "USD", "500.00");
        f.clock.set(MORNING);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static Instant chicago(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkFixture.CHICAGO).toInstant();
    }

    private DebtStatus status() {
        return f.workspace.debts().view(debt).status();
    }

    @Test
    void callLoggedAt2130LocalIsRefusedWithoutAReasonAndKeptWithOne() {
        f.clock.set(chicago("2026-03-10T21:31:00"));
        ContactRequest call = ContactRequest.call(debtor, phone, Set.of(debt), ContactOutcome.NO_ANSWER)
                .withAt(chicago("2026-03-10T21:30:00"));
        assertThatThrownBy(() -> f.work.contacts().log(call))
                .isInstanceOf(ComplianceBlockedException.class)
                .hasMessageContaining("US-TIME-1")
                .hasMessageContaining("earliest compliant time 2026-03-11T13:00:00Z");
        assertThat(f.workspace.debtors().contacts(debtor)).isEmpty();

        ContactReceipt receipt = f.work.contacts().log(call.withOverride("debtor asked us to call tonight"));
        assertThat(receipt.overridden()).isTrue();
        assertThat(receipt.check().blockingRules()).contains("US-TIME-1");
        assertThat(f.workspace.debtors().contacts(debtor)).hasSize(1);
        assertThat(status()).isEqualTo(DebtStatus.ACTIVE);
    }

    @Test
    void firstContactMakesANewDebtActive() {
        assertThat(status()).isEqualTo(DebtStatus.NEW);
        ContactReceipt receipt = f.work.contacts().log(ContactRequest.call(debtor, phone, Set.of(), ContactOutcome.VOICEMAIL));
        assertThat(receipt.check().level()).isNotEqualTo(CheckResult.Level.BLOCK);
        assertThat(receipt.effects()).contains("NWB-1: NEW → ACTIVE");
        assertThat(status()).isEqualTo(DebtStatus.ACTIVE);
    }

    @Test
    void promiseToPayIsRecordedAndKeptOncePaid() {
        ContactReceipt receipt = f.work.contacts().log(ContactRequest.call(debtor, phone, Set.of(debt),
                ContactOutcome.PROMISE_TO_PAY).withPromise(new ContactRequest.PromiseTerms(null, new BigDecimal("120.00"),
                LocalDate.parse("2026-03-13"))));
        assertThat(receipt.promiseId()).isNotNull();
        List<PromiseView> promises = f.work.promises().forDebtor(debtor);
        assertThat(promises).singleElement().satisfies(p -> {
            assertThat(p.amount().amount()).isEqualByComparingTo("120");
            assertThat(p.state()).isEqualTo(PromiseRules.State.OPEN);
        });
        f.clock.set(chicago("2026-03-12T12:00:00"));
        f.workspace.money().recordPayment(new PaymentRequest(debt, new BigDecimal("120.00"), LocalDate.parse("2026-03-12"),
                PaymentMethod.CARD, null, null));
        assertThat(f.work.promises().evaluate()).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(PromiseStatus.KEPT));
    }

    @Test
    void unpaidPromiseStaysOpenUntilItsGraceDaysRunOutLocally() {
        f.work.contacts().log(ContactRequest.call(debtor, phone, Set.of(debt), ContactOutcome.PROMISE_TO_PAY)
                .withPromise(new ContactRequest.PromiseTerms(debt, new BigDecimal("80"), LocalDate.parse("2026-03-12"))));
        f.clock.set(chicago("2026-03-13T10:00:00"));
        assertThat(f.work.promises().evaluate()).as("after the due date, inside the grace days").isEmpty();
        // the last grace day, late in the evening in Chicago: already the 18th in UTC
        f.clock.set(chicago("2026-03-17T23:30:00"));
        assertThat(f.work.promises().evaluate()).as("still the 17th for the debtor").isEmpty();
        assertThat(f.work.promises().forDebtor(debtor)).singleElement()
                .satisfies(p -> assertThat(p.state()).isEqualTo(PromiseRules.State.DUE));
    }

    @Test
    void aReversedPaymentDoesNotKeepAPromise() {
        f.work.contacts().log(ContactRequest.call(debtor, phone, Set.of(debt), ContactOutcome.PROMISE_TO_PAY)
                .withPromise(new ContactRequest.PromiseTerms(debt, new BigDecimal("80"), LocalDate.parse("2026-03-12"))));
        f.clock.set(chicago("2026-03-11T12:00:00"));
        var receipt = f.workspace.money().recordPayment(new PaymentRequest(debt, new BigDecimal("80.00"),
                LocalDate.parse("2026-03-11"), PaymentMethod.CHEQUE, null, null));
        f.workspace.money().reversePayment(receipt.entry().id(), LocalDate.parse("2026-03-11"), "cheque bounced");
        assertThat(f.work.promises().evaluate()).isEmpty();
        f.clock.set(chicago("2026-03-18T12:00:00"));
        assertThat(f.work.promises().evaluate()).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(PromiseStatus.BROKEN));
    }

    @Test
    void brokenPromiseGetsAFollowUpAtTheEarliestCompliantTime() {
        f.work.contacts().log(ContactRequest.call(debtor, phone, Set.of(debt), ContactOutcome.PROMISE_TO_PAY)
                .withPromise(new ContactRequest.PromiseTerms(debt, new BigDecimal("80"), LocalDate.parse("2026-03-12"))));
        // due 12 March, 5 grace days: broken from the 18th; evaluated at 22:00 Chicago
        f.clock.set(chicago("2026-03-18T22:00:00"));
        var changes = f.work.promises().evaluate();
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(PromiseStatus.BROKEN);
            assertThat(c.followUpAt()).isEqualTo(chicago("2026-03-19T08:00:00"));
        });
        var scheduled = f.work.scheduling().forDebtor(debtor);
        assertThat(scheduled).singleElement().satisfies(a -> assertThat(a.purpose()).isEqualTo(ActionPurpose.PROMISE_FOLLOW_UP));
        f.clock.set(chicago("2026-03-19T09:00:00"));
        Queue queue = f.work.queue().now();
        assertThat(queue.items()).singleElement().satisfies(i -> {
            assertThat(i.priority()).isEqualTo(WorkQueueService.Priority.BROKEN_PROMISE);
            assertThat(i.scheduledActionId()).isEqualTo(scheduled.get(0).id());
        });
    }

    @Test
    void disputeAndCeaseOutcomesChangeTheDebtsAndStopTheQueue() {
        f.work.contacts().log(ContactRequest.call(debtor, phone, Set.of(debt), ContactOutcome.DISPUTE));
        assertThat(status()).isEqualTo(DebtStatus.DISPUTED);
        f.work.events().record(EventRequest.of(debtor, ComplianceEventType.DISPUTE_RESOLVED, MORNING, Set.of(debt), "paid"));
        assertThat(status()).isEqualTo(DebtStatus.ACTIVE);
        assertThat(f.work.queue().now().items()).isNotEmpty();
        f.work.contacts().log(ContactRequest.call(debtor, phone, Set.of(), ContactOutcome.CEASE_REQUEST));
        assertThat(status()).isEqualTo(DebtStatus.CEASED);
        assertThat(f.workspace.debtors().detail(debtor).orElseThrow().flags()).contains("flag.cease");
        f.clock.set(chicago("2026-03-11T10:00:00"));
        assertThat(f.work.queue().now().items()).isEmpty();
    }

    @Test
    void callbackIsScheduledUnderTheConsentItGives() {
        // a conversation blocks calls about the debt for 7 days (US-FREQ-2), but he asked for this one
        Instant tomorrow = chicago("2026-03-11T18:30:00");
        ContactReceipt receipt = f.work.contacts().log(ContactRequest.call(debtor, phone, Set.of(debt),
                ContactOutcome.CALLBACK_REQUESTED).withCallback(tomorrow));
        assertThat(receipt.callbackAt()).isEqualTo(tomorrow);
        f.clock.set(chicago("2026-03-11T18:00:00"));
        assertThat(f.work.queue().now().items()).singleElement().satisfies(i -> {
            assertThat(i.priority()).isEqualTo(WorkQueueService.Priority.FOLLOW_UP);
            assertThat(i.at()).isEqualTo(tomorrow);
        });
    }

    @Test
    void schedulingAt2130LocalIsBlockedUntil0800AndNeedsAReasonToKeep() {
        ActionRequest late = ActionRequest.call(debtor, chicago("2026-03-10T21:30:00"), phone, Set.of(debt));
        var snapshot = f.workspace.compliance().snapshot(debtor);
        CheckResult live = f.workspace.compliance().check(snapshot, SchedulingService.proposal(late));
        assertThat(live.level()).isEqualTo(CheckResult.Level.BLOCK);
        assertThat(live.earliestCompliant()).isEqualTo(chicago("2026-03-11T08:00:00"));
        assertThat(live.findings()).anySatisfy(x -> {
            assertThat(x.rule()).isEqualTo("US-TIME-1");
            assertThat(x.citation()).contains("1006.6(b)(1)(i)");
        });
        assertThatThrownBy(() -> f.work.scheduling().plan(late, null)).isInstanceOf(ComplianceBlockedException.class);
        ScheduledView moved = f.work.scheduling().plan(late.at(live.earliestCompliant()), null);
        assertThat(moved.check().level()).isEqualTo(CheckResult.Level.PASS);
        ScheduledView kept = f.work.scheduling().plan(late, "he works nights and asked for it");
        assertThat(kept.overrideReason()).isEqualTo("he works nights and asked for it");
    }

    @Test
    void preflightListsWhatACeaseRequestNowBlocks() {
        f.work.scheduling().plan(ActionRequest.call(debtor, chicago("2026-03-12T10:00:00"), phone, Set.of(debt)), null);
        f.work.scheduling().plan(ActionRequest.call(debtor, chicago("2026-04-20T10:00:00"), phone, Set.of(debt)), null);
        assertThat(f.work.scheduling().preflight(debtor, 14)).singleElement()
                .satisfies(l -> assertThat(l.blocked()).isFalse());
        f.work.events().record(EventRequest.of(debtor, ComplianceEventType.CEASE, MORNING, Set.of(), "letter received"));
        assertThat(f.work.scheduling().preflight(debtor, 14)).singleElement().satisfies(l -> {
            assertThat(l.blocked()).isTrue();
            assertThat(l.check().blockingRules()).contains("US-CEASE");
        });
    }

    @Test
    void eventsShowInTheFlagsAndTheEmployerFlagIsSet() {
        long lawyer = f.work.events().addThirdParty(debtor, "Saul Goodman", org.recoup.domain.ContactRelation.ATTORNEY,
                "+13125550199", null, null, null).id();
        f.work.events().record(EventRequest.of(debtor, ComplianceEventType.ATTORNEY, MORNING, Set.of(debt), null));
        f.work.events().record(EventRequest.optOut(debtor, MORNING, Channel.SMS, null, null));
        f.work.events().record(EventRequest.of(debtor, ComplianceEventType.EMPLOYER_PROHIBITS, MORNING, Set.of(), null));
        f.work.events().addInconvenientTime(debtor, java.time.LocalTime.of(12, 0), java.time.LocalTime.of(13, 0), Set.of());
        f.work.events().record(EventRequest.objection(debtor, MORNING, lawyer, null));
        assertThat(f.workspace.debtors().detail(debtor).orElseThrow().flags()).contains("flag.attorney", "flag.optOut.SMS",
                "flag.employerProhibits", "flag.inconvenientTimes", "flag.objection");
        assertThat(f.work.events().forDebtor(debtor)).hasSize(4);
        assertThat(f.work.events().thirdParties(debtor)).singleElement().satisfies(t -> assertThat(t.objected()).isTrue());
        assertThatThrownBy(() -> f.work.events().record(EventRequest.of(debtor, ComplianceEventType.CEASE,
                MORNING.plusSeconds(3600), Set.of(), null))).isInstanceOf(ValidationException.class);
    }

    @Test
    void strategyHasAJurisdictionDefaultAndCanBeEditedAndReset() {
        var ladder = f.work.strategies().ladder(client);
        assertThat(ladder.isDefault()).isTrue();
        assertThat(ladder.steps()).extracting(StepView::describe).containsExactly("day 0: LETTER VALIDATION_NOTICE",
                "day 3: CALL", "day 10: LETTER DEMAND", "day 30: LETTER FINAL_NOTICE", "day 45: LEGAL_REVIEW");
        f.work.strategies().save(client, List.of(StepView.at(0, StrategyAction.SMS),
                new StepView(2, StepAnchor.PREVIOUS_STEP, StrategyAction.CALL, null)));
        assertThat(f.work.strategies().ladder(client).steps()).hasSize(2);
        assertThatThrownBy(() -> f.work.strategies().save(client, List.of(new StepView(1, StepAnchor.PLACEMENT,
                StrategyAction.LETTER, "NO_SUCH")))).isInstanceOf(ValidationException.class);
        assertThat(f.work.strategies().reset(client).isDefault()).isTrue();
        assertThat(Ladders.defaults("CN").get(2).letterTemplate()).isEqualTo("CN_DEMAND");
        assertThat(Ladders.defaults("GB").get(2).letterTemplate()).isEqualTo("UK_DEFAULT_NOTICE");
    }

    @Test
    void queueProposesTheNextStrategyStepAndPausesItForAPromise() {
        // the validation notice went out and a call was made: day 10's demand letter is next
        f.clock.set(chicago("2026-02-21T10:00:00"));
        f.work.contacts().log(new ContactRequest(debtor, Channel.LETTER, Direction.OUTBOUND, Party.DEBTOR, null, null,
                Set.of(debt), null, null, null, LetterTemplates.VALIDATION_NOTICE, null, null, null, null));
        f.clock.set(chicago("2026-02-24T10:00:00"));
        f.work.contacts().log(ContactRequest.call(debtor, phone, Set.of(debt), ContactOutcome.NO_ANSWER));
        f.clock.set(MORNING);
        Queue queue = f.work.queue().now();
        assertThat(queue.items()).singleElement().satisfies(i -> {
            assertThat(i.priority()).isEqualTo(WorkQueueService.Priority.STRATEGY);
            assertThat(i.action()).isEqualTo("LETTER");
            assertThat(i.letterTemplate()).isEqualTo("DEMAND");
        });
        f.work.contacts().log(ContactRequest.call(debtor, phone, Set.of(debt), ContactOutcome.PROMISE_TO_PAY)
                .withOverride("test: he called back").withPromise(new ContactRequest.PromiseTerms(null,
                        new BigDecimal("50"), LocalDate.parse("2026-03-20"))));
        assertThat(f.work.queue().at(MORNING.plusSeconds(3600)).items()).isEmpty();
        f.clock.set(chicago("2026-03-20T09:00:00"));
        assertThat(f.work.queue().now().items()).singleElement()
                .satisfies(i -> assertThat(i.priority()).isEqualTo(WorkQueueService.Priority.PROMISE_DUE));
    }

    @Test
    void aUkCallThatWouldOnlyWarnForTheHourIsMovedToEightOClockOrLeftForTomorrow() {
        long ukClient = f.client("Albion Lending", "GB");
        var london = f.workspace.debtors().create(new org.recoup.service.debtors.DebtorForm(
                org.recoup.domain.DebtorKind.PERSON, "Oliver Hughes", null, org.recoup.domain.Language.EN, null,
                List.of(org.recoup.service.debtors.LocationForm.address("10 Baker St", "London", null, "NW1 6XE", "GB", null),
                        org.recoup.service.debtors.LocationForm.phone("+447700900123",
                                org.recoup.domain.PhoneType.MOBILE, null))));
        ZoneId londonZone = ZoneId.of("Europe/London");
        f.clock.set(java.time.LocalDateTime.parse("2026-03-02T09:00:00").atZone(londonZone).toInstant());
        long ukDebt = f.debt(ukClient, london.id(), "ALB-1", "GBP", "900.00");
        f.work.contacts().log(new ContactRequest(london.id(), Channel.LETTER, Direction.OUTBOUND, Party.DEBTOR, null,
                null, Set.of(ukDebt), null, null, null, LetterTemplates.DEMAND, null, null, null, null));
        // day 3 of the ladder is a call; at 06:30 London it would only warn (UK-TIME), so it is moved
        f.clock.set(java.time.LocalDateTime.parse("2026-03-05T06:30:00").atZone(londonZone).toInstant());
        Queue queue = f.work.queue().now();
        assertThat(queue.items()).filteredOn(i -> i.debtorId() == london.id()).singleElement().satisfies(i -> {
            assertThat(i.action()).isEqualTo("CALL");
            assertThat(i.at()).isEqualTo(java.time.LocalDateTime.parse("2026-03-05T08:00:00").atZone(londonZone).toInstant());
            assertThat(i.verdict()).isEqualTo(org.recoup.service.compliance.CheckResult.Level.PASS);
        });
        // at 22:30 London the call would only warn until 08:00 tomorrow: it is not today's work
        f.clock.set(java.time.LocalDateTime.parse("2026-03-05T22:30:00").atZone(londonZone).toInstant());
        assertThat(f.work.queue().now().items()).noneMatch(i -> i.debtorId() == london.id());
    }

    @Test
    void newPlacementsComeBeforeStrategyStepsAndAreMovedIntoTheDay() {
        long cnClient = f.client("华夏消费金融", "CN");
        long[] zhang = f.shanghaiDebtor("Zhang Wei");
        f.clock.set(MORNING.minusSeconds(86_400 * 5L));
        f.debt(cnClient, zhang[0], "HX-1", "CNY", "9000");
        // Ann's debt had its first step long ago: a strategy step; Zhang's is new: a new placement
        f.work.contacts().log(new ContactRequest(debtor, Channel.LETTER, Direction.OUTBOUND, Party.DEBTOR, null, null,
                Set.of(debt), null, null, null, LetterTemplates.VALIDATION_NOTICE, null, null, null, null));
        // 06:30 in Shanghai: the SMS is moved to 08:00 the same day; Chicago's call is 17:30 the day before
        Instant at = LocalDateTime.parse("2026-03-11T06:30:00").atZone(WorkFixture.SHANGHAI).toInstant();
        Queue queue = f.work.queue().at(at);
        assertThat(queue.items()).extracting(QueueItem::debtReference).containsExactly("HX-1", "NWB-1");
        QueueItem zhangItem = queue.items().get(0);
        assertThat(zhangItem.priority()).isEqualTo(WorkQueueService.Priority.NEW_PLACEMENT);
        assertThat(zhangItem.action()).isEqualTo("SMS");
        assertThat(zhangItem.at()).isEqualTo(LocalDateTime.parse("2026-03-11T08:00:00").atZone(WorkFixture.SHANGHAI).toInstant());
        assertThat(zhangItem.moved()).isTrue();
    }
}
