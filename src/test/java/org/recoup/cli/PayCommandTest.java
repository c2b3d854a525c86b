package org.recoup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.Client;
import org.recoup.domain.Debt;
import org.recoup.domain.Debtor;
import org.recoup.domain.DebtorKind;
import org.recoup.domain.Language;
import org.recoup.domain.LedgerEntry;
import org.recoup.domain.Money;
import org.recoup.domain.PaymentMethod;
import org.recoup.domain.Product;
import org.recoup.domain.view.LedgerLine;
import org.recoup.store.Database;

class PayCommandTest {

    private static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private Path db;
    private final String yesterday = LocalDate.now().minusDays(1).toString();

    @BeforeEach
    void createDatabase() {
        db = dir.resolve("recoup");
        try (Database database = Database.open(db)) {
            long acme = database.write(s -> s.clients().save(new Client("Acme Bank", "US", CREATED)).getId());
            long beta = database.write(s -> s.clients().save(new Client("Beta Ltd", "US", CREATED)).getId());
            long debtor = database.write(s -> s.debtors().save(new Debtor(DebtorKind.PERSON, "Ann Lee", null, Language.EN,
                    CREATED)).getId());
            debt(database, acme, debtor, "L-1", null);
            debt(database, acme, debtor, "SHARED", null);
            debt(database, beta, debtor, "SHARED", null);
            // limitation (3 years by default) runs out in 30 days
            debt(database, beta, debtor, "OLD-1", LocalDate.now().minusYears(3).plusDays(30));
        }
    }

    private static void debt(Database database, long client, long debtor, String reference, LocalDate delinquency) {
        database.write(s -> {
            Debt debt = new Debt(client, debtor, reference, Product.LOAN, "USD", CREATED);
            debt.setDates(null, delinquency, null, null, null);
            debt = s.debts().save(debt);
            return s.ledger().append(debt, LedgerEntry.placement(debt.getId(), LocalDate.parse("2025-01-05"), CREATED,
                    Money.of("1000", "USD"), Money.of("50", "USD"), Money.of("25", "USD")));
        });
    }

    private Cli pay(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "pay";
        all[1] = "--db";
        all[2] = db.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return Cli.run(all);
    }

    private List<LedgerLine> ledger(String reference, String client) {
        try (Database database = Database.open(db)) {
            return database.read(s -> {
                long clientId = s.clients().findByName(client).orElseThrow().getId();
                long debtId = s.debts().findByReference(clientId, reference).orElseThrow().getId();
                return s.ledgerLines().forDebt(debtId);
            });
        }
    }

    @Test
    void recordsThePaymentAndPrintsOneLineWithTheNewBalance() {
        Cli cli = pay("--debt", "L-1", "--amount", "100", "--date", yesterday, "--method", "bank_transfer",
                "--reference", "TX-9");
        assertThat(cli.status()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out().lines()).singleElement().asString()
                .matches("Recorded payment \\d+ of 100\\.00 USD \\(BANK_TRANSFER\\) on " + yesterday
                        + " to debt L-1 of Acme Bank: balance 975\\.00 USD");
        LedgerLine payment = ledger("L-1", "Acme Bank").get(1);
        assertThat(payment.paymentMethod()).isEqualTo(PaymentMethod.BANK_TRANSFER);
        assertThat(payment.paymentReference()).isEqualTo("TX-9");
        assertThat(payment.owedChange().toPlainString()).isEqualTo("-100.00");
    }

    @Test
    void methodDefaultsToOtherAndAcceptsAnyCaseAndDashes() {
        assertThat(pay("--debt", "L-1", "--amount", "1", "--date", yesterday).out()).contains("(OTHER)");
        assertThat(pay("--debt", "L-1", "--amount", "1", "--date", yesterday, "--method", "WeChat-Pay").out())
                .contains("(WECHAT_PAY)");
        Cli bad = pay("--debt", "L-1", "--amount", "1", "--date", yesterday, "--method", "bitcoin");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err().lines()).singleElement().asString().startsWith("recoup pay: payment.method: 'bitcoin' is not one of");
    }

    @Test
    void overpaymentReportsTheCreditAndThePaidDebt() {
        Cli cli = pay("--debt", "L-1", "--amount", "1100", "--date", yesterday);
        assertThat(cli.out().lines()).singleElement().asString()
                .endsWith("balance 0.00 USD, credit 25.00 USD owed back to the debtor; debt now PAID");
    }

    @Test
    void aDebtThatDoesNotExistExitsWithStatus2() {
        Cli cli = pay("--debt", "NOPE", "--amount", "10", "--date", yesterday);
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err().lines()).containsExactly("recoup pay: debt: there is no debt with reference 'NOPE'");
    }

    @Test
    void aReferenceOfSeveralClientsAsksForTheClient() {
        Cli cli = pay("--debt", "SHARED", "--amount", "10", "--date", yesterday);
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly(
                "recoup pay: debt 'SHARED' is used by several clients (Acme Bank, Beta Ltd); add --client NAME");

        Cli named = pay("--debt", "SHARED", "--client", "beta ltd", "--amount", "10", "--date", yesterday);
        assertThat(named.status()).isZero();
        assertThat(named.out()).contains("to debt SHARED of Beta Ltd");
        assertThat(ledger("SHARED", "Beta Ltd")).hasSize(2);
        assertThat(ledger("SHARED", "Acme Bank")).hasSize(1);
    }

    @Test
    void badAmountsAndDatesExitWithStatus2AndSaveNothing() {
        assertThat(pay("--debt", "L-1", "--amount", "10.001", "--date", yesterday).err().lines())
                .containsExactly("recoup pay: payment.amount: 10.001 has more decimals than USD allows (2)");
        assertThat(pay("--debt", "L-1", "--amount", "0", "--date", yesterday).status()).isEqualTo(2);
        Cli future = pay("--debt", "L-1", "--amount", "10", "--date", LocalDate.now().plusDays(2).toString());
        assertThat(future.status()).isEqualTo(2);
        assertThat(future.err().lines()).singleElement().asString().startsWith("recoup pay: payment.date: is in the future");
        assertThat(pay("--debt", "L-1", "--amount", "10", "--date", "31/01/2026").status()).isEqualTo(2);
        assertThat(ledger("L-1", "Acme Bank")).hasSize(1);
    }

    @Test
    void limitationWarningGoesToStandardErrorAndThePaymentIsStillRecorded() {
        Cli cli = pay("--debt", "OLD-1", "--amount", "10", "--date", LocalDate.now().toString());
        assertThat(cli.status()).isZero();
        assertThat(cli.out().lines()).hasSize(1);
        assertThat(cli.err().lines()).singleElement().asString().startsWith("warning: The limitation period of debt OLD-1")
                .contains("may revive it");
    }

    @Test
    void aMissingDatabaseExitsWithStatus2() {
        Cli cli = Cli.run("pay", "--db", dir.resolve("nowhere").toString(), "--debt", "L-1", "--amount", "10",
                "--date", yesterday);
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err().lines()).singleElement().asString().startsWith("recoup pay: there is no Recoup database at");
        assertThat(dir.resolve("nowhere.mv.db")).doesNotExist();
    }
}
