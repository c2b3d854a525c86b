package org.recoup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.DebtorKind;
import org.recoup.domain.Language;
import org.recoup.domain.PhoneType;
import org.recoup.domain.Product;
import org.recoup.service.Workspace;
import org.recoup.service.debtors.DebtorForm;
import org.recoup.service.debtors.LocationForm;
import org.recoup.service.debts.DebtForm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code recoup queue} and {@code recoup log}: the queue as JSON, a refused night call, an override, bad input. */
class QueueAndLogCommandsTest {

    @TempDir
    Path dir;

    private Path db;
    private long debtor;

    @BeforeEach
    void createDatabase() {
        db = dir.resolve("recoup");
        try (Workspace workspace = Workspace.open(db)) {
            long client = workspace.clients().create("Northwind Bank", "US").id();
            debtor = workspace.debtors().create(new DebtorForm(DebtorKind.PERSON, "Ann Lee", null, Language.EN, null,
                    List.of(LocationForm.address("1 Main St", "Chicago", "IL", "60601", "US", null),
                            LocationForm.phone("+13125550142", PhoneType.MOBILE, null)))).id();
            workspace.debts().create(new DebtForm(client, debtor, "NWB-1", null, Product.LOAN, "USD", "500", "0", "0",
                    null, null, null, null, null, null));
        }
    }

    @Test
    void queueAsJsonListsTheNewPlacementWithItsVerdict() throws Exception {
        Cli run = Cli.run("queue", "--db", db.toString(), "--at", "2099-01-05T16:00:00Z", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("at").asText()).isEqualTo("2099-01-05T16:00:00Z");
        JsonNode item = json.get("items").get(0);
        assertThat(item.get("debtor").asText()).isEqualTo(String.valueOf(debtor));
        assertThat(item.get("debt").asText()).isEqualTo("NWB-1");
        assertThat(item.get("action").asText()).isEqualTo("LETTER");
        assertThat(item.get("priority").asText()).isEqualTo("NEW_PLACEMENT");
        assertThat(item.get("verdict").asText()).isIn("PASS", "WARN");
        assertThat(item.get("reason").asText()).contains("validation notice");
    }

    @Test
    void nightCallIsRefusedOnOneLineAndLoggedWithAnOverride() {
        String[] night = {"log", "--db", db.toString(), "--debtor", String.valueOf(debtor), "--channel", "CALL",
                "--outcome", "NO_ANSWER", "--at", "2026-01-15T03:30:00Z", "--debts", "NWB-1"};
        Cli refused = Cli.run(night);
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err().strip()).doesNotContain("\n")
                .contains("US-TIME-1", "1006.6(b)(1)(i)", "earliest compliant time 2026-01-15T14:00:00Z", "--override-reason");
        String[] overridden = java.util.Arrays.copyOf(night, night.length + 2);
        overridden[night.length] = "--override-reason";
        overridden[night.length + 1] = "returned his call as he asked";
        Cli logged = Cli.run(overridden);
        assertThat(logged.status()).as(logged.err()).isZero();
        assertThat(logged.out()).contains("Logged contact", "NWB-1: NEW → ACTIVE");
        assertThat(logged.err()).contains("overridden: US-TIME-1");
    }

    @Test
    void promiseAndBadInput() {
        Cli promise = Cli.run("log", "--db", db.toString(), "--debtor", String.valueOf(debtor), "--channel", "call",
                "--outcome", "promise_to_pay", "--promise-amount", "100", "--promise-date", "2099-01-01",
                "--override-reason", "test");
        assertThat(promise.status()).as(promise.err()).isZero();
        assertThat(promise.out()).contains("promise of");
        Cli badOutcome = Cli.run("log", "--db", db.toString(), "--debtor", String.valueOf(debtor), "--channel", "CALL",
                "--outcome", "MAYBE");
        assertThat(badOutcome.status()).isEqualTo(2);
        assertThat(badOutcome.err()).contains("--outcome").contains("PROMISE_TO_PAY");
        Cli badDebt = Cli.run("log", "--db", db.toString(), "--debtor", String.valueOf(debtor), "--channel", "CALL",
                "--outcome", "NO_ANSWER", "--debts", "XYZ");
        assertThat(badDebt.status()).isEqualTo(2);
        assertThat(badDebt.err()).contains("no debt 'XYZ'");
        Cli badAt = Cli.run("queue", "--db", db.toString(), "--at", "tomorrow");
        assertThat(badAt.status()).isEqualTo(2);
    }
}
