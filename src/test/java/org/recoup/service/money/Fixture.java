package org.recoup.service.money;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import org.recoup.domain.Client;
import org.recoup.domain.Debt;
import org.recoup.domain.Debtor;
import org.recoup.domain.DebtorKind;
import org.recoup.domain.Language;
import org.recoup.domain.LedgerEntry;
import org.recoup.domain.Location;
import org.recoup.domain.Money;
import org.recoup.domain.Product;
import org.recoup.store.Database;

/** A scratch database with clients, debtors and placed debts, and a money service on it. */
final class Fixture implements AutoCloseable {

    private static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");

    final Database db;
    final TestClock clock;
    final MoneyService money;

    Fixture(Path dir, String today) {
        db = Database.open(dir.resolve("x"));
        clock = new TestClock(today);
        money = new MoneyService(db, clock);
    }

    long client(String name, int graceDays) {
        return db.write(s -> {
            Client client = new Client(name, "US", CREATED);
            client.setGraceDays(graceDays);
            return s.clients().save(client).getId();
        });
    }

    long debtor(String name, String country, String region) {
        return db.write(s -> {
            Debtor debtor = new Debtor(DebtorKind.PERSON, name, null, Language.EN, CREATED);
            if (country != null) {
                debtor.addLocation(Location.address("1 Main St", "Springfield", region, "12345", country,
                        "America/Los_Angeles", false));
            }
            return s.debtors().save(debtor).getId();
        });
    }

    /** A debt placed on {@code placedOn} with the three buckets, delinquent since {@code delinquency}. */
    long debt(long clientId, long debtorId, String reference, String currency, String principal, String interest,
              String fees, String placedOn, String delinquency) {
        return db.write(s -> {
            Debt debt = new Debt(clientId, debtorId, reference, Product.LOAN, currency, CREATED);
            debt.setDates(null, delinquency == null ? null : LocalDate.parse(delinquency), null, null, null);
            debt = s.debts().save(debt);
            s.ledger().append(debt, LedgerEntry.placement(debt.getId(), LocalDate.parse(placedOn), CREATED,
                    Money.of(principal, currency), Money.of(interest, currency), Money.of(fees, currency)));
            return debt.getId();
        });
    }

    @Override
    public void close() {
        db.close();
    }
}
