package org.recoup.ui.money;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.recoup.domain.DebtorKind;
import org.recoup.domain.Language;
import org.recoup.domain.Product;
import org.recoup.service.Workspace;
import org.recoup.service.debtors.DebtorForm;
import org.recoup.service.debts.DebtForm;

/**
 * A workspace on a scratch database whose clock reads a chosen day (and keeps ticking, so rows
 * keep their order), with a client and a debtor to place debts with.
 */
final class MoneyUiFixture implements AutoCloseable {

    final Workspace workspace;
    final MovableClock clock;
    LocalDate today;
    final long clientId;
    final long debtorId;

    MoneyUiFixture(Path dir, String today) {
        this.today = LocalDate.parse(today);
        this.clock = new MovableClock(this.today.atTime(10, 0).toInstant(ZoneOffset.UTC));
        this.workspace = Workspace.open(dir.resolve("money-ui-" + System.nanoTime()), clock);
        this.clientId = workspace.clients().create("Acme Lending", "US").id();
        this.debtorId = workspace.debtors().create(new DebtorForm(DebtorKind.PERSON, "Ann Lee", null, Language.EN,
                null, List.of(org.recoup.service.debtors.LocationForm.email("ann.lee@example.com", false,
                        "America/New_York")))).id();
    }

    /** A debt placed today; {@code delinquency} and {@code limitationYears} may be null. */
    long debt(String reference, String currency, String principal, String delinquency, Integer limitationYears) {
        return workspace.debts().create(new DebtForm(clientId, debtorId, reference, null, Product.LOAN, currency,
                principal, "0", "0", null, delinquency == null ? null : LocalDate.parse(delinquency), null, null,
                null, limitationYears)).id();
    }

    /** Moves "today" on, for the workspace and whoever else reads the clock. */
    void advanceDays(long days) {
        clock.advance(Duration.ofDays(days));
        today = today.plusDays(days);
    }

    @Override
    public void close() {
        workspace.close();
    }

    /** A UTC clock that ticks from a chosen instant and can be moved on. */
    static final class MovableClock extends Clock {
        private volatile Duration offset;

        MovableClock(Instant start) {
            offset = Duration.between(Instant.now(), start);
        }

        void advance(Duration by) {
            offset = offset.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }

    /** Runs the work at once, counting the calls. */
    static final class Direct implements Background {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            calls.incrementAndGet();
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onError.accept(e);
                return;
            }
            onDone.accept(result);
        }
    }

    /** Holds the latest request until {@link #flush()}: what the user's pause in typing would release. */
    static final class Manual implements Debouncer {
        private Runnable pending;

        @Override
        public void request(Runnable action) {
            pending = action;
        }

        boolean hasPending() {
            return pending != null;
        }

        void flush() {
            Runnable action = pending;
            pending = null;
            if (action != null) {
                action.run();
            }
        }
    }
}
