package org.recoup.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.Product;
import org.recoup.domain.view.DebtorFilter;
import org.recoup.service.Progress;
import org.recoup.service.Workspace;
import org.recoup.service.debts.ClientService.ClientView;
import org.recoup.service.debts.DebtView;

/** A reference the client already has is skipped, updated or rejected, as the user chose; within a file the first wins. */
class ImportDuplicatesTest {

    @TempDir
    Path dir;

    Workspace workspace;
    ClientView client;

    static final String FIRST = "Account,Name,Mobile,Email,Principal,Original Creditor,Charge-off Date,Product\n"
            + "A-1,Ann Lee,+1 212 555 0101,ann@example.com,100.00,Acme Card,2026-01-31,credit card\n"
            + "A-2,Bob Ray,+1 212 555 0102,,200.00,Acme Card,2026-01-31,credit card\n";

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(dir.resolve("db"), ImportMessyFilesTest.CLOCK);
        client = workspace.clients().create("Acme Collections", "US");
        ImportResult first = importText(FIRST, ImportSettings.OnDuplicate.SKIP);
        assertThat(first.imported()).isEqualTo(2);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    ImportResult importText(String csv, ImportSettings.OnDuplicate policy) throws Exception {
        Path file = dir.resolve("f" + System.nanoTime() + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        ImportService imports = workspace.imports();
        ImportFile opened = imports.open(file);
        ImportClient target = ImportClient.existing(client.id());
        ImportSettings settings = imports.suggest(opened, target).withDefaultCurrency("USD").withOnDuplicate(policy);
        return imports.run(opened, target, settings, Progress.NONE);
    }

    DebtView debt(String reference) {
        return workspace.debtors().search(reference, 5).stream()
                .flatMap(hit -> workspace.debts().forDebtor(hit.debtorId()).stream())
                .filter(d -> d.reference().equals(reference)).findFirst().orElseThrow();
    }

    static final String SECOND = "Account,Name,Mobile,Email,Principal,Original Creditor,Charge-off Date,Product\n"
            + "a-1,Ann Lee,+1 212 555 0101,ann@example.com,150.00,Acme Bank,2026-02-28,loan\n"
            + "A-2,Bob Ray,+1 212 555 0102,,200.00,Acme Card,2026-01-31,credit card\n"
            + "A-3,Ann Lee,(212) 555-0101,,300.00,,,\n"
            + "A-3,Ann Lee,(212) 555-0101,,999.00,,,\n";

    @Test
    void skipLeavesExistingDebtsAloneAndTheFirstOfARepeatedReferenceWins() throws Exception {
        ImportResult result = importText(SECOND, ImportSettings.OnDuplicate.SKIP);
        assertThat(result.summary()).startsWith("read 4, imported 1, updated 0, skipped 2, rejected 1");
        assertThat(result.rejectedRows()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(5);
            assertThat(r.problems()).extracting(RowProblem::toString)
                    .containsExactly("line 5, reference: 'A-3' is a duplicate of line 4");
        });
        assertThat(debt("A-1").originalCreditor()).isEqualTo("Acme Card");
        assertThat(debt("A-3").debtorId()).as("same name and phone as a debtor of the client: the same debtor")
                .isEqualTo(debt("A-1").debtorId());
        assertThat(workspace.debtors().row(debt("A-1").debtorId()).orElseThrow().balance())
                .as("the existing debtor's list projection counts the new debt").isEqualByComparingTo("400.00");
        assertThat(workspace.debtors().count(DebtorFilter.ALL)).isEqualTo(2);
        assertThat(workspace.integrityProblems()).isEmpty();
    }

    @Test
    void rejectListsReferencesTheClientAlreadyHas() throws Exception {
        ImportResult result = importText(SECOND, ImportSettings.OnDuplicate.REJECT);
        assertThat(result.summary()).startsWith("read 4, imported 1, updated 0, skipped 0, rejected 3");
        assertThat(result.rejectedRows()).flatExtracting(RejectedRow::problems).extracting(RowProblem::toString)
                .containsExactly("line 2, reference: 'a-1' already exists for this client",
                        "line 3, reference: 'A-2' already exists for this client",
                        "line 5, reference: 'A-3' is a duplicate of line 4");
    }

    @Test
    void updateChangesDetailsNeverMoneyAndRecordsWhatChanged() throws Exception {
        ImportResult result = importText(SECOND, ImportSettings.OnDuplicate.UPDATE);
        assertThat(result.summary()).startsWith("read 4, imported 1, updated 1, skipped 1, rejected 1");
        DebtView a1 = debt("A-1");
        assertThat(a1.originalCreditor()).isEqualTo("Acme Bank");
        assertThat(a1.product()).isEqualTo(Product.LOAN);
        assertThat(a1.chargeOffDate()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(a1.balance().principal().amount()).as("money is never changed by an import").isEqualByComparingTo("100.00");
        assertThat(result.notices()).extracting(RowProblem::toString).containsExactly(
                "line 2, principal: the amounts differ from the debt's placement (100.00 / 0.00 / 0.00); an import never"
                        + " changes money: record a payment or an adjustment instead");
        assertThat(workspace.debts().statusHistory(a1.id())).isEmpty();
        List<String> audit = Sql.rows(workspace, "SELECT action, reason FROM audit_entry WHERE subject = 'DEBT' AND subject_id = "
                + a1.id());
        assertThat(audit).singleElement().asString().startsWith("IMPORT_UPDATE | import of ").endsWith(
                ".csv, line 2: original creditor 'Acme Card' → 'Acme Bank'; product 'CREDIT_CARD' → 'LOAN';"
                        + " charge-off date '2026-01-31' → '2026-02-28'");
        assertThat(workspace.integrityProblems()).isEmpty();
    }
}
