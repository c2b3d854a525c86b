package org.recoup.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.DebtorKind;
import org.recoup.domain.Language;
import org.recoup.domain.PhoneType;
import org.recoup.domain.Product;
import org.recoup.domain.ValidationException;
import org.recoup.domain.view.DebtorFilter;
import org.recoup.domain.view.DebtorRow;
import org.recoup.domain.view.DebtorSort;
import org.recoup.domain.view.SearchHit;
import org.recoup.service.debtors.DebtorDetail;
import org.recoup.service.debtors.DebtorForm;
import org.recoup.service.debtors.LocationForm;
import org.recoup.service.debts.DebtForm;
import org.recoup.service.debts.DebtView;

class DebtorsAndDebtsTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private long clientId;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("recoup"), Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC));
        clientId = workspace.clients().create("Northwind Bank", "US").id();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private DebtorDetail ann() {
        return workspace.debtors().create(new DebtorForm(DebtorKind.PERSON, "Ann Lee", null, Language.EN, null, List.of(
                LocationForm.address("1 Main St", "Phoenix", "AZ", "85001", "US", null),
                LocationForm.phone("(602) 555-0142", PhoneType.MOBILE, null),
                LocationForm.email("ann@example.com", false, null))));
    }

    private DebtForm debt(long debtorId, String reference, String principal) {
        return new DebtForm(clientId, debtorId, reference, "First National", Product.CREDIT_CARD, "USD", principal,
                "12.40", "35.00", LocalDate.of(2023, 1, 10), LocalDate.of(2024, 2, 1), null, null, null, null);
    }

    @Test
    void aDebtorKeepsLocationsInOrderWithInferredZones() {
        DebtorDetail created = ann();
        assertThat(created.locations()).extracting(l -> l.timeZone())
                .containsExactly("America/Phoenix", "America/Phoenix", "America/Phoenix");
        assertThat(created.homeZone()).isEqualTo("America/Phoenix");
        assertThat(created.locations().get(1).display()).isEqualTo("+1 602-555-0142");
    }

    @Test
    void aPlacedDebtHasItsBalanceFromItsPlacementRow() {
        DebtorDetail debtor = ann();
        DebtView debt = workspace.debts().create(debt(debtor.id(), "NWB-1", "1000.00"));
        assertThat(debt.status()).isEqualTo(DebtStatus.NEW);
        assertThat(debt.balance().principal().toPlainString()).isEqualTo("1000.00");
        assertThat(debt.balance().owed().toPlainString()).isEqualTo("1047.40");
        DebtorRow row = workspace.debtors().row(debtor.id()).orElseThrow();
        assertThat(row.balance()).isEqualByComparingTo("1047.40");
        assertThat(row.currency()).isEqualTo("USD");
        assertThat(row.status()).isEqualTo(DebtStatus.NEW);
    }

    @Test
    void aReferenceIsUniquePerClientAndNothingIsHalfSaved() {
        DebtorDetail debtor = ann();
        workspace.debts().create(debt(debtor.id(), "NWB-1", "1000.00"));
        assertThatThrownBy(() -> workspace.debts().create(debt(debtor.id(), "NWB-1", "50.00")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("debt.reference: 'NWB-1' is already used by another debt of this client");
        assertThatThrownBy(() -> workspace.debts().create(debt(debtor.id(), "NWB-2", "-5")))
                .hasMessage("debt.principal: cannot be negative");
        assertThatThrownBy(() -> workspace.debts().create(debt(debtor.id(), "NWB-3", "10.001")))
                .hasMessageStartingWith("debt.principal:");
        assertThat(workspace.debts().forDebtor(debtor.id())).extracting(DebtView::reference).containsExactly("NWB-1");
        long other = workspace.clients().create("Harbor Credit Union", "US").id();
        DebtForm sameRefOtherClient = new DebtForm(other, debtor.id(), "NWB-1", null, Product.LOAN, "USD", "5", null,
                null, null, null, null, null, null, null);
        assertThat(workspace.debts().create(sameRefOtherClient).reference()).isEqualTo("NWB-1");
    }

    @Test
    void aDebtorWithABadLocationIsNotSavedAtAll() {
        long before = workspace.debtors().count(DebtorFilter.ALL);
        assertThatThrownBy(() -> workspace.debtors().create(new DebtorForm(DebtorKind.PERSON, "Bad Phone", null,
                Language.EN, null, List.of(LocationForm.address("1 Main", "Boston", "MA", "02101", "US", null),
                LocationForm.phone("12", PhoneType.MOBILE, null)))))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("locations[2].phone:");
        assertThatThrownBy(() -> workspace.debtors().create(new DebtorForm(DebtorKind.PERSON, "No Place", null,
                Language.EN, null, List.of()))).hasMessageStartingWith("debtor.locations:");
        assertThatThrownBy(() -> workspace.debtors().create(new DebtorForm(DebtorKind.PERSON, "Bad Zone", null,
                Language.EN, null, List.of(LocationForm.address("1 Main", "Boston", "MA", "02101", "US", "Mars/Base")))))
                .hasMessageStartingWith("locations[1].timeZone:");
        assertThat(workspace.debtors().count(DebtorFilter.ALL)).isEqualTo(before);
    }

    @Test
    void everyStatusChangeIsKeptWithItsReason() {
        DebtorDetail debtor = ann();
        DebtView debt = workspace.debts().create(debt(debtor.id(), "NWB-1", "100.00"));
        workspace.debts().changeStatus(debt.id(), DebtStatus.ACTIVE, "first contact made");
        workspace.debts().changeStatus(debt.id(), DebtStatus.DISPUTED, "debtor disputes the amount in writing");
        assertThatThrownBy(() -> workspace.debts().changeStatus(debt.id(), DebtStatus.NEW, "undo"))
                .hasMessage("debt.status: a DISPUTED debt cannot become NEW");
        assertThat(workspace.debts().statusHistory(debt.id()))
                .extracting(c -> c.from() + ">" + c.to() + ":" + c.reason())
                .containsExactly("NEW>ACTIVE:first contact made", "ACTIVE>DISPUTED:debtor disputes the amount in writing");
        assertThat(workspace.debtors().row(debtor.id()).orElseThrow().status()).isEqualTo(DebtStatus.DISPUTED);
    }

    @Test
    void editingADebtorReplacesItsLocationsAndKeepsTheirIds() {
        DebtorDetail created = ann();
        DebtorForm form = created.toForm();
        List<LocationForm> locations = new java.util.ArrayList<>(form.locations());
        locations.remove(2);
        locations.add(LocationForm.phone("+1 617 555 0199", PhoneType.WORK, null));
        DebtorDetail edited = workspace.debtors().update(created.id(), created.version(), new DebtorForm(form.kind(),
                "Ann Lee-Park", "李安", Language.ZH, "prefers mornings", locations));
        assertThat(edited.name()).isEqualTo("Ann Lee-Park");
        assertThat(edited.locations()).hasSize(3);
        assertThat(edited.locations().get(0).id()).isEqualTo(created.locations().get(0).id());
        assertThat(edited.locations().get(2).timeZone()).isEqualTo("America/New_York");
        assertThatThrownBy(() -> workspace.debtors().update(created.id(), created.version(), form))
                .hasMessageContaining("was changed elsewhere");
    }

    @Test
    void searchFindsByNameInEitherScriptReferencePhoneAndEmail() {
        DebtorDetail ann = ann();
        workspace.debts().create(debt(ann.id(), "NWB-7781", "10"));
        DebtorDetail zhang = workspace.debtors().create(new DebtorForm(DebtorKind.PERSON, "Zhang Wei", "张伟",
                Language.ZH, null, List.of(LocationForm.phone("+86 138 0013 8000", PhoneType.MOBILE, null))));
        assertThat(hits("ann")).containsExactly(ann.id());
        assertThat(hits("lee")).containsExactly(ann.id());
        assertThat(hits("张")).containsExactly(zhang.id());
        assertThat(hits("nwb-77")).containsExactly(ann.id());
        assertThat(hits("(602) 555-01")).containsExactly(ann.id());
        assertThat(hits("+8613800")).containsExactly(zhang.id());
        assertThat(hits("ANN@EXA")).containsExactly(ann.id());
        assertThat(hits("nobody")).isEmpty();
        assertThat(hits("%")).isEmpty();
        assertThat(workspace.debtors().search("nwb", 5).get(0).matchedOn()).isEqualTo(SearchHit.Match.REFERENCE);
    }

    private List<Long> hits(String query) {
        return workspace.debtors().search(query, 10).stream().map(SearchHit::debtorId).toList();
    }

    @Test
    void theListPagesSortsAndFilters() {
        for (String name : List.of("Carol King", "Adam Ant", "Bea Blue")) {
            DebtorDetail d = workspace.debtors().create(new DebtorForm(DebtorKind.PERSON, name, null, Language.EN, null,
                    List.of(LocationForm.address("1 Main", "Boston", "MA", "02101", "US", null))));
            workspace.debts().create(debt(d.id(), "R-" + name.charAt(0), name.startsWith("A") ? "500" : "100"));
        }
        List<DebtorRow> byName = workspace.debtors().page(DebtorFilter.ALL, DebtorSort.NAME, true, 0, 2);
        assertThat(byName).extracting(DebtorRow::name).containsExactly("Adam Ant", "Bea Blue");
        assertThat(workspace.debtors().page(DebtorFilter.ALL, DebtorSort.NAME, true, 2, 2))
                .extracting(DebtorRow::name).containsExactly("Carol King");
        assertThat(workspace.debtors().page(DebtorFilter.ALL, DebtorSort.BALANCE, false, 0, 1))
                .extracting(DebtorRow::name).containsExactly("Adam Ant");
        DebtorFilter rich = DebtorFilter.ALL.withBalance(new java.math.BigDecimal("200"), null);
        assertThat(workspace.debtors().count(rich)).isEqualTo(1);
        assertThat(workspace.debtors().count(DebtorFilter.ALL.withStatus(DebtStatus.NEW))).isEqualTo(3);
        assertThat(workspace.debtors().count(DebtorFilter.ALL.withStatus(DebtStatus.PLAN))).isZero();
        assertThat(workspace.debtors().count(DebtorFilter.ALL.withClient(clientId))).isEqualTo(3);
        assertThat(workspace.debtors().count(DebtorFilter.ALL.withLastContact(null, Instant.parse("2026-06-01T00:00:00Z"))))
                .as("never contacted counts as no contact since").isEqualTo(3);
    }
}
