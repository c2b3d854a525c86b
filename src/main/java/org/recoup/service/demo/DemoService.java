package org.recoup.service.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.recoup.domain.Client;
import org.recoup.service.Progress;
import org.recoup.store.BulkWriter;
import org.recoup.store.Database;

/**
 * Writes the demo portfolio into a database, a batch at a time, each batch committed whole; two
 * batches are written at once, one per core. Batch numbers, not threads, decide what a batch holds.
 */
public final class DemoService {

    /** Debtors per committed batch. */
    public static final int BATCH = 2_000;

    /** Batches written at the same time, each in its own transaction. */
    private static final int WRITERS = 2;

    private final Database database;
    private final Clock clock;

    public DemoService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** What a run wrote. */
    public record Result(int debtors, long debts, double seconds) {
        public double debtsPerSecond() {
            return seconds == 0 ? 0 : debts / seconds;
        }
    }

    /** Called after each committed batch with the totals so far. */
    public interface BatchListener {
        void committed(int debtors, long debts);
    }

    /**
     * Adds {@code debtors} debtors (and their debts) made from {@code seed}, dated relative to
     * {@code asOf}. The same seed, as-of date and starting database give the same portfolio.
     */
    public Result generate(int debtors, long seed, LocalDate asOf, Progress progress, BatchListener listener) {
        if (debtors < 1) {
            throw new org.recoup.domain.ValidationException("debtors", "must be at least 1");
        }
        return write(debtors, Long.MAX_VALUE, seed, asOf, progress, listener);
    }

    /** Adds whole batches of debtors until at least {@code debts} debts were written. */
    public Result generateDebts(long debts, long seed, LocalDate asOf, Progress progress, BatchListener listener) {
        return write(Integer.MAX_VALUE, debts, seed, asOf, progress, listener);
    }

    private Result write(int debtors, long debtTarget, long seed, LocalDate asOf, Progress progress,
                         BatchListener listener) {
        long start = System.nanoTime();
        DemoPortfolio.DemoClients clients = database.write(s -> new DemoPortfolio.DemoClients(
                client(s, "Northwind Bank", "US", "18"), client(s, "Harbor Credit Union", "US", "22.5"),
                client(s, "华夏消费金融", "CN", "15"), client(s, "Albion Telecom", "GB", null)));
        long[] offsets = database.read(s -> new long[] {
                s.queries().highestReferenceNumber(clients.usBank()), s.queries().highestReferenceNumber(clients.usCreditUnion()),
                s.queries().highestReferenceNumber(clients.cnLender()), s.queries().highestReferenceNumber(clients.ukTelecom())});
        Batches batches = new Batches(debtors, debtTarget, progress, listener);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS, runnable -> {
            Thread thread = new Thread(runnable, "demo-writer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                running.add(writers.submit(() -> {
                    try (BulkWriter writer = new BulkWriter(database)) {
                        int batch;
                        while ((batch = batches.next()) >= 0) {
                            int size = batches.size(batch);
                            DemoPortfolio portfolio = new DemoPortfolio(seed, batch, BATCH, asOf, clients, offsets);
                            long debts = 0;
                            for (int d = 0; d < size; d++) {
                                debts += portfolio.writeDebtor(writer);
                            }
                            writer.commit();
                            batches.committed(size, debts);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    batches.stop();
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            batches.stop();
        } finally {
            writers.shutdownNow();
        }
        return new Result(batches.debtorsWritten(), batches.debtsWritten(), (System.nanoTime() - start) / 1e9);
    }

    /** Hands out batch numbers to the writers and counts what they committed. */
    private static final class Batches {
        private final int debtors;
        private final long debtTarget;
        private final Progress progress;
        private final BatchListener listener;
        private int next;
        private int debtorsWritten;
        private long debtsWritten;
        private boolean stopped;

        Batches(int debtors, long debtTarget, Progress progress, BatchListener listener) {
            this.debtors = debtors;
            this.debtTarget = debtTarget;
            this.progress = progress;
            this.listener = listener;
        }

        /** The next batch to write, or -1 when there is none. */
        synchronized int next() {
            boolean allHandedOut = (long) next * BATCH >= debtors;
            if (stopped || allHandedOut || debtsWritten >= debtTarget || progress.isCancelled()) {
                return -1;
            }
            return next++;
        }

        int size(int batch) {
            return (int) Math.min(BATCH, (long) debtors - (long) batch * BATCH);
        }

        synchronized void committed(int batchDebtors, long batchDebts) {
            debtorsWritten += batchDebtors;
            debtsWritten += batchDebts;
            boolean byDebts = debtTarget != Long.MAX_VALUE;
            progress.update(byDebts ? debtsWritten : debtorsWritten, byDebts ? debtTarget : debtors,
                    "Demo portfolio: " + debtorsWritten + " debtors, " + debtsWritten + " debts");
            listener.committed(debtorsWritten, debtsWritten);
        }

        synchronized void stop() {
            stopped = true;
        }

        synchronized int debtorsWritten() {
            return debtorsWritten;
        }

        synchronized long debtsWritten() {
            return debtsWritten;
        }
    }

    /** The demo's client of that name; made, with that commission rate (percent, or none), when missing. */
    private long client(org.recoup.store.StoreSession s, String name, String country, String commissionPercent) {
        return s.clients().findByName(name).orElseGet(() -> {
            Client made = s.clients().save(new Client(name, country, Instant.now(clock)));
            if (commissionPercent != null) {
                s.reports().setCommissionRate(made.getId(), new java.math.BigDecimal(commissionPercent));
            }
            return made;
        }).getId();
    }
}
