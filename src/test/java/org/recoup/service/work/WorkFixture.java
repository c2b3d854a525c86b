package org.recoup.service.work;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.recoup.domain.Client;
import org.recoup.domain.Debt;
import org.recoup.domain.Debtor;
import org.recoup.domain.DebtorKind;
import org.recoup.domain.Language;
import org.recoup.domain.LedgerEntry;
import org.recoup.domain.Location;
import org.recoup.domain.Money;
import org.recoup.domain.PhoneType;
import org.recoup.domain.Product;
import org.recoup.service.Workspace;

/** A scratch workspace on a clock the test moves, with a few debtors to work. */
final class WorkFixture implements AutoCloseable {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final MovableClock clock;
    final Workspace workspace;
    final DailyWork work;
    private final Path path;

    WorkFixture(Path dir, Instant now) {
        clock = new MovableClock(now);
        path = dir.resolve("work-" + System.nanoTime());
        workspace = Workspace.open(path, clock);
        work = workspace.daily();
    }

    /** A client; its country gives its default strategy. */
    long client(String name, String country) {
        return workspace.clients().create(name, country).id();
    }

    /** A person in Chicago with an address and a mobile; returns {debtorId, addressId, phoneId}. */
    long[] chicagoDebtor(String name) {
        var detail = workspace.debtors().create(new org.recoup.service.debtors.DebtorForm(DebtorKind.PERSON, name, null,
                Language.EN, null, java.util.List.of(
                org.recoup.service.debtors.LocationForm.address("1 Main St", "Chicago", "IL", "60601", "US", null),
                org.recoup.service.debtors.LocationForm.phone("+13125550142", PhoneType.MOBILE, null))));
        return new long[] {detail.id(), detail.locations().get(0).id(), detail.locations().get(1).id()};
    }

    /** A person in Shanghai with an address and a mobile; returns {debtorId, addressId, phoneId}. */
    long[] shanghaiDebtor(String name) {
        var detail = workspace.debtors().create(new org.recoup.service.debtors.DebtorForm(DebtorKind.PERSON, name, null,
                Language.ZH, null, java.util.List.of(
                org.recoup.service.debtors.LocationForm.address("88 Jianguo Rd", "Beijing", null, "100020", "CN", null),
                org.recoup.service.debtors.LocationForm.phone("+8613800138000", PhoneType.MOBILE, null))));
        return new long[] {detail.id(), detail.locations().get(0).id(), detail.locations().get(1).id()};
    }

    /** A debt of {@code principal} placed now. */
    long debt(long clientId, long debtorId, String reference, String currency, String principal) {
        return workspace.debts().create(new org.recoup.service.debts.DebtForm(clientId, debtorId, reference, null,
                Product.LOAN, currency, principal, "0", "0", null, null, null, null, null, null)).id();
    }

    @Override
    public void close() {
        workspace.close();
    }

    /** A clock the test sets. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant value) {
            now = value;
        }

        void set(String value) {
            now = Instant.parse(value);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @SuppressWarnings("unused")
    private static void unused(Client c, Debt d, Debtor r, LedgerEntry e, Location l) {
    }
}
