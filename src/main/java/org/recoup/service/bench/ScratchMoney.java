package org.recoup.service.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.recoup.domain.Client;
import org.recoup.domain.DayCount;
import org.recoup.domain.Debt;
import org.recoup.domain.Debtor;
import org.recoup.domain.DebtorKind;
import org.recoup.domain.InterestTerms;
import org.recoup.domain.Language;
import org.recoup.domain.LedgerEntry;
import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.Location;
import org.recoup.domain.Money;
import org.recoup.domain.PaymentMethod;
import org.recoup.domain.Product;
import org.recoup.store.Database;
import org.recoup.store.DatabaseFile;

/** Scratch databases for the money benchmarks, rebuilt on each run in the bench folder. */
final class ScratchMoney {

    private static final Instant CREATED = Instant.parse("2023-01-01T00:00:00Z");

    private ScratchMoney() {
    }

    /** A new, empty database at {@code workDir/name}, replacing one left by an earlier run. */
    static Database fresh(Path workDir, String name) throws IOException {
        Files.createDirectories(workDir);
        Path base = workDir.resolve(name);
        Files.deleteIfExists(DatabaseFile.of(base).file());
        Files.deleteIfExists(base.resolveSibling(name + ".trace.db"));
        return Database.open(base);
    }

    /** {@code count} USD debts of one client, each of its own debtor, each placed with 1,000,000.00 owed. */
    static List<Long> debts(Database db, int count) {
        long client = db.write(s -> s.clients().save(new Client("Bench Bank", "US", CREATED)).getId());
        List<Long> ids = new ArrayList<>(count);
        for (int from = 0; from < count; from += 100) {
            int first = from;
            int last = Math.min(count, from + 100);
            ids.addAll(db.write(s -> {
                List<Long> made = new ArrayList<>();
                for (int i = first; i < last; i++) {
                    Debtor debtor = new Debtor(DebtorKind.PERSON, "Bench Debtor " + i, null, Language.EN, CREATED);
                    debtor.addLocation(Location.address("1 Main St", "Sacramento", "CA", "95814", "US",
                            "America/Los_Angeles", false));
                    debtor = s.debtors().save(debtor);
                    Debt debt = new Debt(client, debtor.getId(), "B-" + i, Product.LOAN, "USD", CREATED);
                    debt.setDates(null, LocalDate.parse("2023-01-01"), null, null, null);
                    debt = s.debts().save(debt);
                    s.ledger().append(debt, LedgerEntry.placement(debt.getId(), LocalDate.parse("2023-01-01"), CREATED,
                            Money.of("1000000", "USD"), Money.zero("USD"), Money.zero("USD")));
                    made.add(debt.getId());
                }
                return made;
            }));
        }
        return ids;
    }

    /**
     * Gives {@code debtId} interest terms and grows its ledger to {@code rows} rows: fees,
     * interest postings and payments, one a day, as a long-running debt would have.
     */
    static void history(Database db, long debtId, int rows) {
        db.write(s -> {
            Debt debt = s.debts().find(debtId).orElseThrow();
            s.moneyTerms().saveInterest(new InterestTerms(debtId, "USD", new BigDecimal("9.5"), DayCount.ACT_365F,
                    LocalDate.parse("2023-01-01"), null, CREATED));
            Money zero = Money.zero("USD");
            LocalDate day = LocalDate.parse("2023-01-02");
            for (int i = 1; i < rows; i++) {
                LedgerEntry entry = switch (i % 3) {
                    case 0 -> new LedgerEntry(debtId, LedgerEntryType.FEE, day, CREATED, zero, zero,
                            Money.of("2.50", "USD"), zero).withMemo("statement fee");
                    case 1 -> new LedgerEntry(debtId, LedgerEntryType.INTEREST, day, CREATED, zero,
                            Money.of("260.27", "USD"), zero, zero);
                    default -> new LedgerEntry(debtId, LedgerEntryType.PAYMENT, day, CREATED, Money.of("-250.00", "USD"),
                            zero, zero, zero).withPayment(PaymentMethod.BANK_TRANSFER, "TX " + i);
                };
                s.ledger().append(debt, entry);
                day = day.plusDays(1);
            }
            return null;
        });
    }
}
