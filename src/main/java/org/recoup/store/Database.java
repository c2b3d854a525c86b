package org.recoup.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.recoup.domain.AuditEntry;
import org.recoup.domain.Client;
import org.recoup.domain.ClientTerms;
import org.recoup.domain.Contact;
import org.recoup.domain.Debt;
import org.recoup.domain.Debtor;
import org.recoup.domain.ImportMapping;
import org.recoup.domain.Instalment;
import org.recoup.domain.InterestTerms;
import org.recoup.domain.LedgerEntry;
import org.recoup.domain.Location;
import org.recoup.domain.ComplianceEvent;
import org.recoup.domain.ComplianceLogEntry;
import org.recoup.domain.InconvenientTime;
import org.recoup.domain.Promise;
import org.recoup.domain.RepaymentPlan;
import org.recoup.domain.ScheduledAction;
import org.recoup.domain.StrategyStep;
import org.recoup.domain.ThirdParty;

/**
 * The one H2 database file: opened, migrated by Flyway, validated by Hibernate, and closed with a
 * backup. One instance per process and file; a second process is refused by H2's file lock.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** Every mapped entity; the schema they describe is Flyway's, Hibernate only validates it. */
    static final List<Class<?>> ENTITIES = List.of(
            Client.class, Debtor.class, Location.class, Debt.class, LedgerEntry.class, Contact.class,
            AuditEntry.class, ImportMapping.class,
            InterestTerms.class, ClientTerms.class, RepaymentPlan.class, Instalment.class,
            ThirdParty.class, InconvenientTime.class, ComplianceEvent.class, ScheduledAction.class, Promise.class,
            StrategyStep.class, ComplianceLogEntry.class);

    private final DatabaseFile file;
    private final JdbcConnectionPool pool;
    private final SessionFactory sessionFactory;

    private Database(DatabaseFile file, JdbcConnectionPool pool, SessionFactory sessionFactory) {
        this.file = file;
        this.pool = pool;
        this.sessionFactory = sessionFactory;
    }

    /**
     * Opens the database at {@code path} (creating it, and its folder, on first use), brings its
     * schema up to date and checks that the mapping matches it.
     *
     * @throws DatabaseInUseException when another process has it open
     * @throws StoreException         when it cannot be opened, migrated or validated
     */
    public static Database open(Path path) {
        DatabaseFile file = DatabaseFile.of(path);
        if (!OpenDatabases.register(file)) {
            throw new DatabaseInUseException(file.file(), null);
        }
        try {
            return open(file);
        } catch (RuntimeException e) {
            OpenDatabases.unregister(file);
            throw e;
        }
    }

    private static Database open(DatabaseFile file) {
        try {
            Files.createDirectories(file.directory());
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the folder " + file.directory() + ": " + e.getMessage(), e);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(file.jdbcUrl(), "sa", "");
        pool.setMaxConnections(16);
        try {
            long start = System.nanoTime();
            try (Connection probe = pool.getConnection()) {
                probe.isValid(1);
            }
            long opened = System.nanoTime();
            migrate(pool, file);
            long migrated = System.nanoTime();
            SessionFactory sessionFactory = buildSessionFactory(pool, file);
            LOG.info("opened {} in {} ms: file {} ms, migrations {} ms, mapping {} ms", file.file(),
                    (System.nanoTime() - start) / 1_000_000, (opened - start) / 1_000_000,
                    (migrated - opened) / 1_000_000, (System.nanoTime() - migrated) / 1_000_000);
            return new Database(file, pool, sessionFactory);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(file, e);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    static StoreException translate(DatabaseFile file, SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new DatabaseInUseException(file.file(), e);
        }
        if (e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1 || e.getErrorCode() == ErrorCode.FILE_VERSION_ERROR_1) {
            return new StoreException("The file " + file.file() + " is not a Recoup database this version can read"
                    + " (" + e.getMessage().lines().findFirst().orElse("") + "). Restore a backup with 'recoup restore'.", e);
        }
        return new StoreException("Cannot open the database " + file.file() + ": "
                + e.getMessage().lines().findFirst().orElse(e.toString()), e);
    }

    private static void migrate(JdbcConnectionPool pool, DatabaseFile file) {
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .validateMigrationNaming(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new DatabaseInUseException(file.file(), e);
            }
            throw new StoreException("Cannot bring the database " + file.file() + " up to date: "
                    + e.getMessage().lines().findFirst().orElse("") + ". It was left as it was;"
                    + " if it was made by a newer Recoup, open it with that version.", e);
        }
    }

    private static SessionFactory buildSessionFactory(JdbcConnectionPool pool, DatabaseFile file) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("recoup");
        ENTITIES.forEach(configuration::managedClass);
        configuration.property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .property(AvailableSettings.PREFERRED_POOLED_OPTIMIZER, "pooled-lo")
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                .property(AvailableSettings.ORDER_INSERTS, true)
                .property(AvailableSettings.ORDER_UPDATES, true)
                .property(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                .property(AvailableSettings.SHOW_SQL, false);
        try {
            return configuration.createEntityManagerFactory().unwrap(SessionFactory.class);
        } catch (SchemaManagementException e) {
            throw new StoreException("The database " + file.file() + " does not match this version of Recoup: "
                    + e.getMessage() + ". Nothing was changed.", e);
        } catch (RuntimeException e) {
            Throwable t = e;
            while (t != null) {
                if (t instanceof SchemaManagementException schema) {
                    throw new StoreException("The database " + file.file() + " does not match this version of Recoup: "
                            + schema.getMessage() + ". Nothing was changed.", e);
                }
                t = t.getCause();
            }
            throw e;
        }
    }

    public DatabaseFile file() {
        return file;
    }

    /** Runs {@code work} in one transaction and commits it; any exception rolls everything back. */
    public <T> T write(Function<StoreSession, T> work) {
        return inTransaction(work, false);
    }

    /** Runs {@code work} in a read-only transaction. */
    public <T> T read(Function<StoreSession, T> work) {
        return inTransaction(work, true);
    }

    private <T> T inTransaction(Function<StoreSession, T> work, boolean readOnly) {
        try (var session = sessionFactory.openSession()) {
            session.setDefaultReadOnly(readOnly);
            Transaction tx = session.beginTransaction();
            try {
                StoreSession storeSession = new StoreSession(session);
                T result = work.apply(storeSession);
                storeSession.beforeCommit();
                tx.commit();
                return result;
            } catch (RuntimeException | Error e) {
                if (tx.isActive()) {
                    try {
                        tx.rollback();
                    } catch (RuntimeException rollbackFailure) {
                        e.addSuppressed(rollbackFailure);
                    }
                }
                throw e;
            }
        }
    }

    /** A plain JDBC connection for bulk work (demo, import); the caller commits and closes it. */
    public Connection connection() {
        try {
            Connection connection = pool.getConnection();
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    /** Writes a consistent, compressed copy of the database to {@code zip} while it stays open. */
    public void backupTo(Path zip) {
        Backups.backup(this, zip);
    }

    /**
     * Closes the database and rewrites its file without the space that bulk writes left behind
     * (H2's {@code SHUTDOWN COMPACT}); takes a while on a large file, so only after bulk work.
     */
    public void closeCompacted() {
        close();
        Maintenance.compact(file.base());
    }

    /** Closes the database; every committed transaction is on disk. */
    @Override
    public void close() {
        try {
            sessionFactory.close();
        } finally {
            // H2 closes the file (compacting briefly) when the pool's last connection closes.
            pool.dispose();
            OpenDatabases.unregister(file);
        }
    }
}
