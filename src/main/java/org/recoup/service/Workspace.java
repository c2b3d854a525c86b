package org.recoup.service;

import java.nio.file.Path;
import java.time.Clock;

import org.recoup.service.debtors.DebtorService;
import org.recoup.service.debts.ClientService;
import org.recoup.service.debts.DebtService;
import org.recoup.compliance.ComplianceEngine;
import org.recoup.service.compliance.ComplianceService;
import org.recoup.service.demo.DemoService;
import org.recoup.service.exchange.ExportService;
import org.recoup.service.exchange.ImportService;
import org.recoup.service.money.MoneyService;
import org.recoup.store.Backups;
import org.recoup.letters.LetterRenderer;
import org.recoup.service.letters.LetterService;
import org.recoup.store.Database;

/**
 * An open Recoup database and the use cases on it: what the window and the command line hold
 * while they work. Closing it closes the database; {@link #closeWithBackup()} first writes the
 * automatic backup beside it.
 */
public final class Workspace implements AutoCloseable {

    private final Database database;
    private final Clock clock;
    private final DebtorService debtors;
    private final DebtService debts;
    private final ClientService clients;
    private final MoneyService money;
    private final ComplianceService compliance;
    private final LetterService letters;
    private final org.recoup.service.work.DailyWork daily;

    private Workspace(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.debtors = new DebtorService(database, clock);
        this.debts = new DebtService(database, clock);
        this.clients = new ClientService(database, clock);
        this.money = new MoneyService(database, clock);
        this.compliance = new ComplianceService(database, clock, ComplianceEngine.standard());
        this.letters = new LetterService(database, clock, compliance, money, new LetterRenderer());
        this.daily = new org.recoup.service.work.DailyWork(database, clock, compliance, money, debtors, debts);
    }

    /**
     * Opens (creating on first use) the database at {@code path} and brings it up to date.
     *
     * @throws org.recoup.domain.RecoupException with a message for a person when it cannot
     */
    public static Workspace open(Path path, Clock clock) {
        return new Workspace(Database.open(path), clock);
    }

    public static Workspace open(Path path) {
        return open(path, Clock.systemDefaultZone());
    }

    /**
     * Opens the database at {@code path}, which must exist (commands that only read or add to one).
     *
     * @throws org.recoup.domain.UserInputException when there is no database there
     */
    public static Workspace openExisting(Path path, Clock clock) {
        org.recoup.store.DatabaseFile file = org.recoup.store.DatabaseFile.of(path);
        if (!java.nio.file.Files.isRegularFile(file.file())) {
            throw new org.recoup.domain.UserInputException("there is no Recoup database at " + file.file());
        }
        return open(path, clock);
    }

    /** The database file, {@code NAME.mv.db}. */
    public Path databaseFile() {
        return database.file().file();
    }

    public Clock clock() {
        return clock;
    }

    public DebtorService debtors() {
        return debtors;
    }

    public DebtService debts() {
        return debts;
    }

    public ClientService clients() {
        return clients;
    }

    public MoneyService money() {
        return money;
    }

    public ComplianceService compliance() {
        return compliance;
    }

    /** The dashboard and the PDF reports. */
    public org.recoup.service.reports.ReportService reports() {
        return new org.recoup.service.reports.ReportService(database, clock);
    }

    public LetterService letters() {
        return letters;
    }

    /** The collector's daily work: contact log, events, scheduling, promises, strategies, the work queue. */
    public org.recoup.service.work.DailyWork daily() {
        return daily;
    }

    public DemoService demo() {
        return new DemoService(database, clock);
    }

    /** Importing debtors and debts from spreadsheets. */
    public ImportService imports() {
        return new ImportService(database, clock);
    }

    /** Exporting what a filter of the debtors list selects. */
    public ExportService exports() {
        return new ExportService(database);
    }

    /** What does not hold together in the database (empty when all is well). */
    public java.util.List<String> integrityProblems() {
        return database.read(s -> s.integrity().problems());
    }

    /** How many debts the database holds. */
    public long debtCount() {
        return database.read(s -> s.debts().count());
    }

    /** Writes a compressed copy of the open database to {@code zip}. */
    public void backupTo(Path zip) {
        database.backupTo(zip);
    }

    /**
     * Writes {@code path}'s database to {@code zip}, opening it for the moment.
     *
     * @throws org.recoup.domain.RecoupException when it is open elsewhere
     */
    public static void backup(Path path, Path zip) {
        try (Database db = Database.open(path)) {
            db.backupTo(zip);
        }
    }

    /**
     * Replaces the database at {@code path} with the backup {@code zip}; refuses while it is open.
     *
     * @return where the replaced database was kept, or null when there was none
     */
    public static Path restore(Path path, Path zip, Clock clock) {
        return Backups.restore(path, zip, clock);
    }

    /** Closes after writing the automatic backup beside the database (the newest 7 are kept). */
    public Path closeWithBackup() {
        try {
            return Backups.backupBeside(database, clock);
        } finally {
            close();
        }
    }

    /** Closes after compacting the file: for the end of bulk work (a demo portfolio, an import). */
    public void closeCompacted() {
        database.closeCompacted();
    }

    @Override
    public void close() {
        database.close();
    }
}
