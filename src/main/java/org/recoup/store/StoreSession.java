package org.recoup.store;

import java.sql.Connection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * One unit of work on the database: the repositories, bound to one transaction. Writes that change
 * a debtor's balance, status or contacts mark the debtor, and the list's projection of those
 * debtors is brought up to date just before the transaction commits.
 */
public final class StoreSession {

    private final Session session;
    private final Set<Long> touchedDebtors = new LinkedHashSet<>();

    StoreSession(Session session) {
        this.session = session;
    }

    Session hibernate() {
        return session;
    }

    /**
     * Runs JDBC work on this transaction's connection. Rows Hibernate was asked to insert or
     * delete and has not written yet are written first, so that the work sees them (Hibernate does
     * this before its own queries, not before JDBC). Changed fields of loaded entities are not
     * looked for: that check is a flush, and a flush per JDBC call costs a transaction holding
     * thousands of entities time squared (decision 0027).
     */
    <T> T jdbc(SqlFunction<Connection, T> work) {
        if (session instanceof SessionImplementor implementor && implementor.getActionQueue().hasAnyQueuedActions()) {
            session.flush();
        }
        return session.doReturningWork(connection -> {
            try {
                return work.apply(connection);
            } catch (java.sql.SQLException e) {
                throw new StoreException("database error: " + e.getMessage(), e);
            }
        });
    }

    void touchDebtor(long debtorId) {
        touchedDebtors.add(debtorId);
    }

    void beforeCommit() {
        session.flush();
        if (!touchedDebtors.isEmpty()) {
            jdbc(connection -> {
                DebtorSummaries.refresh(connection, touchedDebtors);
                return null;
            });
        }
    }

    public Clients clients() {
        return new Clients(this);
    }

    public Debtors debtors() {
        return new Debtors(this);
    }

    public Debts debts() {
        return new Debts(this);
    }

    public Ledger ledger() {
        return new Ledger(this);
    }

    public Contacts contacts() {
        return new Contacts(this);
    }

    public Audit audit() {
        return new Audit(this);
    }

    public ThirdParties thirdParties() {
        return new ThirdParties(this);
    }

    public ComplianceEvents events() {
        return new ComplianceEvents(this);
    }

    public ScheduledActions scheduled() {
        return new ScheduledActions(this);
    }

    public Promises promises() {
        return new Promises(this);
    }

    public Strategies strategies() {
        return new Strategies(this);
    }

    public ComplianceLog complianceLog() {
        return new ComplianceLog(this);
    }

    public Integrity integrity() {
        return new Integrity(this);
    }

    public DebtorQueries queries() {
        return new DebtorQueries(this);
    }

    public LedgerLines ledgerLines() {
        return new LedgerLines(this);
    }

    public Plans plans() {
        return new Plans(this);
    }

    public MoneyTerms moneyTerms() {
        return new MoneyTerms(this);
    }

    /** The dashboard's and the reports' queries. */
    public ReportQueries reports() {
        return new ReportQueries(this);
    }

    public Letters letters() {
        return new Letters(this);
    }

    public LetterSettings letterSettings() {
        return new LetterSettings(this);
    }

    public ImportMappings importMappings() {
        return new ImportMappings(this);
    }

    public ExchangeQueries exchange() {
        return new ExchangeQueries(this);
    }

    public QueueFacts queueFacts() {
        return new QueueFacts(this);
    }

    /** A function over JDBC that may throw {@link java.sql.SQLException}. */
    @FunctionalInterface
    interface SqlFunction<A, R> {
        R apply(A argument) throws java.sql.SQLException;
    }
}
