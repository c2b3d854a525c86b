package org.recoup.service.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.recoup.domain.Client;
import org.recoup.service.Progress;
import org.recoup.store.BulkWriter;
import org.recoup.store.Database;

/** Writes the demo portfolio into a database, a batch at a time, each batch committed whole. */
public final class DemoService {

    /** Debtors per committed batch. */
    public static final int BATCH = 2_000;

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
                client(s, "Northwind Bank", "US"), client(s, "Harbor Credit Union", "US"),
                client(s, "华夏消费金融", "CN"), client(s, "Albion Telecom", "GB")));
        long[] offsets = database.read(s -> new long[] {
                s.queries().debtCountOfClient(clients.usBank()), s.queries().debtCountOfClient(clients.usCreditUnion()),
                s.queries().debtCountOfClient(clients.cnLender()), s.queries().debtCountOfClient(clients.ukTelecom())});
        DemoPortfolio portfolio = new DemoPortfolio(seed, asOf, clients, offsets);
        long debts = 0;
        int written = 0;
        try (BulkWriter writer = new BulkWriter(database)) {
            while (written < debtors && debts < debtTarget) {
                if (progress.isCancelled()) {
                    break;
                }
                int batch = Math.min(BATCH, debtors - written);
                for (int i = 0; i < batch; i++) {
                    debts += portfolio.writeDebtor(writer);
                }
                writer.commit();
                written += batch;
                progress.update(debtTarget == Long.MAX_VALUE ? written : debts,
                        debtTarget == Long.MAX_VALUE ? debtors : debtTarget,
                        "Demo portfolio: " + written + " debtors, " + debts + " debts");
                listener.committed(written, debts);
            }
        }
        return new Result(written, debts, (System.nanoTime() - start) / 1e9);
    }

    private long client(org.recoup.store.StoreSession s, String name, String country) {
        return s.clients().findByName(name)
                .orElseGet(() -> s.clients().save(new Client(name, country, Instant.now(clock))))
                .getId();
    }
}
