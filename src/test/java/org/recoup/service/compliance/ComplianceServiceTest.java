package org.recoup.service.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.compliance.ComplianceEngine;
import org.recoup.domain.Channel;
import org.recoup.domain.Client;
import org.recoup.domain.ComplianceEvent;
import org.recoup.domain.ComplianceEventType;
import org.recoup.domain.ComplianceLogEntry;
import org.recoup.domain.Contact;
import org.recoup.domain.ContactOutcome;
import org.recoup.domain.Debt;
import org.recoup.domain.Debtor;
import org.recoup.domain.DebtorKind;
import org.recoup.domain.Direction;
import org.recoup.domain.Language;
import org.recoup.domain.LedgerEntry;
import org.recoup.domain.LetterKind;
import org.recoup.domain.Location;
import org.recoup.domain.Money;
import org.recoup.domain.Party;
import org.recoup.domain.PhoneType;
import org.recoup.domain.Product;
import org.recoup.store.Database;

/** The stored debtor, as the compliance engine sees it through the service. */
class ComplianceServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private ComplianceService service;
    private long debtorId;
    private long phoneId;
    private long addressId;
    private long debtId;

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("c"));
        service = new ComplianceService(db, Clock.fixed(NOW, ZoneOffset.UTC), ComplianceEngine.standard());
        long[] ids = db.write(s -> {
            Client client = s.clients().save(new Client("Northwind Bank", "US", NOW));
            Debtor debtor = new Debtor(DebtorKind.PERSON, "Ann Lee", null, Language.EN, NOW);
            debtor.addLocation(Location.address("1 Main St", "Chicago", "IL", "60601", "US", "America/Chicago", false));
            debtor.addLocation(Location.phone("+13125550142", PhoneType.MOBILE, "America/Chicago", false));
            s.debtors().save(debtor);
            Debt debt = new Debt(client.getId(), debtor.getId(), "NWB-1", Product.CREDIT_CARD, "USD", NOW);
            debt.setDates(null, LocalDate.of(2025, 6, 1), null, null, null);
            s.debts().save(debt);
            s.ledger().append(debt, LedgerEntry.placement(debt.getId(), LocalDate.of(2026, 2, 1), NOW,
                    Money.of("500", "USD"), Money.zero("USD"), Money.zero("USD")));
            return new long[] {debtor.getId(), debtor.getLocations().get(1).getId(), debtor.getLocations().get(0).getId(),
                    debt.getId()};
        });
        debtorId = ids[0];
        phoneId = ids[1];
        addressId = ids[2];
        debtId = ids[3];
        db.write(s -> s.contacts().append(new Contact(debtorId, Instant.parse("2026-02-02T15:00:00Z"), Channel.LETTER,
                Direction.OUTBOUND, Party.DEBTOR, addressId, null, null, Set.of(debtId), NOW)
                .asLetter(LetterKind.VALIDATION_NOTICE, null)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void packsFollowTheAddress() {
        assertThat(service.snapshot(debtorId).packs()).containsExactly("US-FED");
    }

    @Test
    void aCallAt2130LocalIsBlockedUntil0800NextDay() {
        Instant evening = Instant.parse("2026-03-11T02:30:00Z"); // 21:30 CDT on 10 March
        CheckResult result = service.check(debtorId, Proposal.call(evening, phoneId, Set.of(debtId)));
        assertThat(result.level()).isEqualTo(CheckResult.Level.BLOCK);
        assertThat(result.findings()).extracting(CheckResult.FindingView::code).contains("INCONVENIENT_TIME");
        assertThat(result.earliestCompliant()).isEqualTo(Instant.parse("2026-03-11T13:00:00Z"));
        assertThat(result.findings().get(0).messageZh()).isNotBlank();
    }

    @Test
    void aRecordedCeaseRequestBlocksEveryCall() {
        Instant noon = Instant.parse("2026-03-10T17:00:00Z");
        assertThat(service.check(debtorId, Proposal.call(noon, phoneId, Set.of(debtId))).level())
                .isEqualTo(CheckResult.Level.PASS);
        db.write(s -> s.events().append(ComplianceEvent.of(debtorId, ComplianceEventType.CEASE,
                Instant.parse("2026-03-09T15:00:00Z"), Set.of(), "letter received", NOW)));
        CheckResult result = service.check(debtorId, Proposal.call(noon, phoneId, Set.of(debtId)));
        assertThat(result.blocks()).isTrue();
        assertThat(result.blockingRules()).contains("US-CEASE");
        assertThat(result.earliest()).isEmpty();
    }

    @Test
    void eighthCallInSevenDaysIsBlockedPerDebt() {
        unansweredCallOnEachOfTheLastSevenDays();
        CheckResult result = service.check(debtorId, Proposal.call(Instant.parse("2026-03-09T20:00:00Z"), phoneId,
                Set.of(debtId)));
        assertThat(result.blockingRules()).contains("US-FREQ-1");
        assertThat(result.earliestCompliant()).isEqualTo(Instant.parse("2026-03-10T13:00:00Z"));
    }

    @Test
    void findingsNameTheDebtByItsReference() {
        unansweredCallOnEachOfTheLastSevenDays();
        CheckResult result = service.check(debtorId, Proposal.call(Instant.parse("2026-03-09T20:00:00Z"), phoneId,
                Set.of(debtId)));
        CheckResult.FindingView frequency = result.findings().stream().filter(f -> f.rule().equals("US-FREQ-1"))
                .findFirst().orElseThrow();
        assertThat(frequency.message()).contains("NWB-1").doesNotContain("D" + debtId);
        assertThat(frequency.messageZh()).contains("NWB-1").doesNotContain("D" + debtId);
    }

    @Test
    void blockedAttemptsAndOverridesAreLogged() {
        Instant evening = Instant.parse("2026-03-11T02:30:00Z");
        Proposal proposal = Proposal.call(evening, phoneId, Set.of(debtId));
        CheckResult result = service.check(debtorId, proposal);
        service.logBlocked(debtorId, proposal, result, "debtor asked to be called tonight", ComplianceLogEntry.Source.SCHEDULE);
        List<ComplianceLogEntry> log = db.read(s -> s.complianceLog().forDebtor(debtorId));
        assertThat(log).singleElement().satisfies(entry -> {
            assertThat(entry.isOverridden()).isTrue();
            assertThat(entry.getRules()).contains("US-TIME-1");
            assertThat(entry.getOverrideReason()).isEqualTo("debtor asked to be called tonight");
        });
        List<org.recoup.domain.AuditEntry> audit = db.read(s -> s.audit().about(org.recoup.domain.AuditEntry.Subject.DEBTOR, debtorId));
        assertThat(audit)
                .extracting(org.recoup.domain.AuditEntry::getAction).containsExactly(ComplianceService.OVERRIDE);
    }

    private void unansweredCallOnEachOfTheLastSevenDays() {
        db.write(s -> {
            for (int day = 3; day <= 9; day++) {
                s.contacts().append(new Contact(debtorId, Instant.parse(String.format("2026-03-%02dT15:00:00Z", day)),
                        Channel.CALL, Direction.OUTBOUND, Party.DEBTOR, phoneId, ContactOutcome.NO_ANSWER, null,
                        Set.of(debtId), NOW));
            }
            return null;
        });
    }
}
