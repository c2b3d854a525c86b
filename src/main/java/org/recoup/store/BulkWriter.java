package org.recoup.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.recoup.domain.AuditEntry;
import org.recoup.domain.Client;
import org.recoup.domain.Contact;
import org.recoup.domain.Debt;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.Debtor;
import org.recoup.domain.LedgerEntry;
import org.recoup.domain.Location;

/**
 * Writes many debtors, debts and their rows at once through JDBC batches, for the demo portfolio
 * and imports. Entities come in already validated by their constructors; ids are taken from the
 * same sequences (in the same blocks) as Hibernate's. Nothing is visible to others until
 * {@link #commit()}, and a batch is committed whole or not at all.
 */
public final class BulkWriter implements AutoCloseable {

    private final Connection connection;
    private final Map<String, IdBlock> ids = new HashMap<>();
    private final List<PreparedStatement> statements = new ArrayList<>();
    private final PreparedStatement debtor;
    private final PreparedStatement location;
    private final PreparedStatement debt;
    private final PreparedStatement ledger;
    private final PreparedStatement contact;
    private final PreparedStatement audit;
    private final PreparedStatement debtDetails;
    private final PreparedStatement client;
    private final PreparedStatement summary;
    private final PreparedStatement event;
    private final PreparedStatement promise;
    private final PreparedStatement scheduled;
    private final PreparedStatement inconvenient;
    private final PreparedStatement plan;
    private final PreparedStatement instalment;
    private int pending;

    public BulkWriter(Database database) {
        this.connection = database.connection();
        try {
            debtor = prepare("INSERT INTO debtor (id, version, kind, name, native_name, preferred_language, notes,"
                    + " packs_override, search_name, search_name_rev, search_native, created_at, updated_at,"
                    + " summary_balance, summary_currency, summary_status, last_contact_at)"
                    + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            location = prepare("INSERT INTO location (id, debtor_id, position, kind, address_line, city, region,"
                    + " postal_code, country, phone, phone_national, phone_type, email, employer_provided, time_zone,"
                    + " zone_overridden) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            debt = prepare("INSERT INTO debt (id, version, client_id, debtor_id, reference, original_creditor, product,"
                    + " currency, status, origination_date, delinquency_date, charge_off_date, last_payment_date,"
                    + " itemization_date, limitation_years, placed_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            ledger = prepare("INSERT INTO ledger_entry (id, debt_id, type, value_date, recorded_at, currency, principal,"
                    + " interest, fees, credit, payment_method, payment_reference, reverses_id, memo)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            contact = prepare("INSERT INTO contact (id, debtor_id, at, channel, direction, party, location_id, outcome,"
                    + " notes, recorded_at, debt_ids, third_party_id, at_workplace, letter_kind, undeliverable,"
                    + " validation_end, has_opt_out, mentions_debt, override_reason)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            audit = prepare("INSERT INTO audit_entry (id, at, subject, subject_id, action, from_value, to_value, reason)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            client = prepare("INSERT INTO client (id, version, name, default_country, grace_days, created_at)"
                    + " VALUES (?, 0, ?, ?, ?, ?)");
            debtDetails = prepare("UPDATE debt SET version = version + 1, original_creditor = ?, product = ?,"
                    + " origination_date = ?, delinquency_date = ?, charge_off_date = ?, last_payment_date = ?,"
                    + " itemization_date = ?, limitation_years = ? WHERE id = ?");
            summary = prepare("UPDATE debtor SET summary_balance = ?, summary_currency = ?, summary_status = ?,"
                    + " last_contact_at = ? WHERE id = ?");
            event = prepare("INSERT INTO compliance_event (id, debtor_id, type, at, debt_ids, channel, location_id,"
                    + " third_party_id, written, window_from, window_to, notes, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            promise = prepare("INSERT INTO promise (id, version, debtor_id, debt_id, currency, amount, due_date, promised_at,"
                    + " contact_id, status, decided_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            scheduled = prepare("INSERT INTO scheduled_action (id, version, debtor_id, channel, at, party, location_id,"
                    + " third_party_id, debt_ids, letter_template, purpose, note, status, created_at)"
                    + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            plan = prepare("INSERT INTO repayment_plan (id, version, debt_id, kind, status, currency, total, down_payment,"
                    + " instalment_count, frequency, start_date, pause_interest, agreed_at, agreed_on)"
                    + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            instalment = prepare("INSERT INTO instalment (id, plan_id, number, due_date, currency, amount)"
                    + " VALUES (?, ?, ?, ?, ?, ?)");
            inconvenient = prepare("INSERT INTO inconvenient_time (id, debtor_id, from_time, to_time, days, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)");
        } catch (SQLException e) {
            close();
            throw new StoreException("cannot prepare bulk writes: " + e.getMessage(), e);
        }
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statements.add(statement);
        return statement;
    }

    /**
     * The debtors list's projection of a debtor, as the writer derived it from the rows it adds
     * (see {@link DebtStatus#headline}); {@link #NONE} for a debtor without debts yet.
     */
    public record Summary(BigDecimal balance, String currency, DebtStatus status, Instant lastContact) {
        public static final Summary NONE = new Summary(null, null, null, null);
    }

    /**
     * Adds a debtor with its list projection and its locations; returns the debtor's id and the
     * locations' ids in order.
     */
    public long[] debtor(Debtor d, Summary summary) {
        try {
            long id = nextId("debtor_seq");
            debtor.setLong(1, id);
            debtor.setString(2, d.getKind().name());
            debtor.setString(3, d.getName());
            debtor.setString(4, d.getNativeName());
            debtor.setString(5, d.getPreferredLanguage().name());
            debtor.setString(6, d.getNotes());
            debtor.setString(7, d.getPacksOverride().orElse(null));
            debtor.setString(8, d.getSearchName());
            debtor.setString(9, d.getSearchNameReversed());
            debtor.setString(10, d.getSearchNative());
            Jdbc.setInstant(debtor, 11, d.getCreatedAt());
            Jdbc.setInstant(debtor, 12, d.getUpdatedAt());
            Jdbc.setDecimal(debtor, 13, summary.balance());
            debtor.setString(14, summary.currency());
            debtor.setString(15, summary.status() == null ? null : summary.status().name());
            Jdbc.setInstant(debtor, 16, summary.lastContact());
            debtor.addBatch();
            long[] result = new long[1 + d.getLocations().size()];
            result[0] = id;
            int position = 0;
            for (Location l : d.getLocations()) {
                long locationId = nextId("location_seq");
                location.setLong(1, locationId);
                location.setLong(2, id);
                location.setInt(3, position);
                location.setString(4, l.getKind().name());
                location.setString(5, l.getAddressLine());
                location.setString(6, l.getCity());
                location.setString(7, l.getRegion());
                location.setString(8, l.getPostalCode());
                location.setString(9, l.getCountry());
                location.setString(10, l.getPhone());
                location.setString(11, l.getPhoneNational());
                location.setString(12, l.getPhoneType() == null ? null : l.getPhoneType().name());
                location.setString(13, l.getEmail());
                location.setBoolean(14, l.isEmployerProvided());
                location.setString(15, l.getTimeZone());
                location.setBoolean(16, l.isZoneOverridden());
                location.addBatch();
                result[1 + position++] = locationId;
            }
            pending++;
            return result;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Adds a debt (the entity's debtor and client ids must exist or be in this batch); returns its id. */
    public long debt(Debt d) {
        try {
            long id = nextId("debt_seq");
            debt.setLong(1, id);
            debt.setLong(2, d.getClientId());
            debt.setLong(3, d.getDebtorId());
            debt.setString(4, d.getReference());
            debt.setString(5, d.getOriginalCreditor());
            debt.setString(6, d.getProduct().name());
            debt.setString(7, d.getCurrency());
            debt.setString(8, d.getStatus().name());
            Jdbc.setDate(debt, 9, d.getOriginationDate());
            Jdbc.setDate(debt, 10, d.getDelinquencyDate());
            Jdbc.setDate(debt, 11, d.getChargeOffDate());
            Jdbc.setDate(debt, 12, d.getLastPaymentDate());
            Jdbc.setDate(debt, 13, d.getItemizationDate());
            if (d.getLimitationYears() == null) {
                debt.setNull(14, java.sql.Types.INTEGER);
            } else {
                debt.setInt(14, d.getLimitationYears());
            }
            Jdbc.setInstant(debt, 15, d.getPlacedAt());
            debt.addBatch();
            return id;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Adds a ledger row of a debt added before (its debt id set by the caller). */
    public long ledger(LedgerEntry e) {
        try {
            long id = nextId("ledger_seq");
            ledger.setLong(1, id);
            ledger.setLong(2, e.getDebtId());
            ledger.setString(3, e.getType().name());
            Jdbc.setDate(ledger, 4, e.getValueDate());
            Jdbc.setInstant(ledger, 5, e.getRecordedAt());
            ledger.setString(6, e.getCurrency());
            ledger.setBigDecimal(7, e.getPrincipal().amount());
            ledger.setBigDecimal(8, e.getInterest().amount());
            ledger.setBigDecimal(9, e.getFees().amount());
            ledger.setBigDecimal(10, e.getCredit().amount());
            ledger.setString(11, e.getPaymentMethod() == null ? null : e.getPaymentMethod().name());
            ledger.setString(12, e.getPaymentReference());
            Jdbc.setLong(ledger, 13, e.getReversesId());
            ledger.setString(14, e.getMemo());
            ledger.addBatch();
            return id;
        } catch (SQLException ex) {
            throw fail(ex);
        }
    }

    public long contact(Contact c) {
        try {
            long id = nextId("contact_seq");
            contact.setLong(1, id);
            contact.setLong(2, c.getDebtorId());
            Jdbc.setInstant(contact, 3, c.getAt());
            contact.setString(4, c.getChannel().name());
            contact.setString(5, c.getDirection().name());
            contact.setString(6, c.getParty().name());
            Jdbc.setLong(contact, 7, c.getLocationId());
            contact.setString(8, c.getOutcome() == null ? null : c.getOutcome().name());
            contact.setString(9, c.getNotes());
            Jdbc.setInstant(contact, 10, c.getRecordedAt());
            contact.setObject(11, c.getDebtIds().toArray(Long[]::new));
            Jdbc.setLong(contact, 12, c.getThirdPartyId());
            contact.setBoolean(13, c.isAtWorkplace());
            contact.setString(14, c.getLetterKind() == null ? null : c.getLetterKind().name());
            contact.setBoolean(15, c.isUndeliverable());
            Jdbc.setDate(contact, 16, c.getValidationEnd());
            contact.setBoolean(17, c.hasOptOut());
            contact.setBoolean(18, c.mentionsDebt());
            contact.setString(19, c.getOverrideReason());
            contact.addBatch();
            return id;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Adds an audit line; for a debt added in this batch, pass its id as {@code subjectId}. */
    public void audit(AuditEntry a, long subjectId) {
        try {
            audit.setLong(1, nextId("audit_seq"));
            Jdbc.setInstant(audit, 2, a.getAt());
            audit.setString(3, a.getSubject().name());
            audit.setLong(4, subjectId);
            audit.setString(5, a.getAction());
            audit.setString(6, a.getFromValue());
            audit.setString(7, a.getToValue());
            audit.setString(8, a.getReason());
            audit.addBatch();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Adds a client (written at once, ahead of the debts that name it); returns its id. */
    public long client(Client c) {
        try {
            long id = nextId("client_seq");
            client.setLong(1, id);
            client.setString(2, c.getName());
            client.setString(3, c.getDefaultCountry());
            client.setInt(4, c.getGraceDays());
            Jdbc.setInstant(client, 5, c.getCreatedAt());
            client.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /**
     * Changes the details of an existing debt (original creditor, product, key dates, limitation)
     * to those of {@code details}, a debt built with the new values; never its money or status.
     */
    public void updateDebtDetails(long debtId, Debt details) {
        try {
            debtDetails.setString(1, details.getOriginalCreditor());
            debtDetails.setString(2, details.getProduct().name());
            Jdbc.setDate(debtDetails, 3, details.getOriginationDate());
            Jdbc.setDate(debtDetails, 4, details.getDelinquencyDate());
            Jdbc.setDate(debtDetails, 5, details.getChargeOffDate());
            Jdbc.setDate(debtDetails, 6, details.getLastPaymentDate());
            Jdbc.setDate(debtDetails, 7, details.getItemizationDate());
            if (details.getLimitationYears() == null) {
                debtDetails.setNull(8, java.sql.Types.INTEGER);
            } else {
                debtDetails.setInt(8, details.getLimitationYears());
            }
            debtDetails.setLong(9, debtId);
            debtDetails.addBatch();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /**
     * Sets the list projection of a debtor added in this batch whose debts came in several rows,
     * as the caller derived it from all of them (see {@link DebtorSummaries} for the rules).
     */
    public void summary(long debtorId, Summary s) {
        try {
            Jdbc.setDecimal(summary, 1, s.balance());
            summary.setString(2, s.currency());
            summary.setString(3, s.status() == null ? null : s.status().name());
            Jdbc.setInstant(summary, 4, s.lastContact());
            summary.setLong(5, debtorId);
            summary.addBatch();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Adds a compliance event of a debtor (and debts) added before. */
    public long event(org.recoup.domain.ComplianceEvent e) {
        try {
            long id = nextId("event_seq");
            event.setLong(1, id);
            event.setLong(2, e.getDebtorId());
            event.setString(3, e.getType().name());
            Jdbc.setInstant(event, 4, e.getAt());
            event.setObject(5, e.getDebtIds().toArray(Long[]::new));
            event.setString(6, e.getChannel() == null ? null : e.getChannel().name());
            Jdbc.setLong(event, 7, e.getLocationId());
            Jdbc.setLong(event, 8, e.getThirdPartyId());
            event.setBoolean(9, e.isWritten());
            Jdbc.setInstant(event, 10, e.getWindowFrom());
            Jdbc.setInstant(event, 11, e.getWindowTo());
            event.setString(12, e.getNotes());
            Jdbc.setInstant(event, 13, e.getRecordedAt());
            event.addBatch();
            return id;
        } catch (SQLException ex) {
            throw fail(ex);
        }
    }

    /** Adds a promise to pay, open or already decided. */
    public long promise(org.recoup.domain.Promise p) {
        try {
            long id = nextId("promise_seq");
            promise.setLong(1, id);
            promise.setLong(2, p.getDebtorId());
            promise.setLong(3, p.getDebtId());
            promise.setString(4, p.getAmount().currency());
            promise.setBigDecimal(5, p.getAmount().amount());
            Jdbc.setDate(promise, 6, p.getDueDate());
            Jdbc.setInstant(promise, 7, p.getPromisedAt());
            Jdbc.setLong(promise, 8, p.getContactId());
            promise.setString(9, p.getStatus().name());
            Jdbc.setInstant(promise, 10, p.getDecidedAt());
            promise.addBatch();
            return id;
        } catch (SQLException ex) {
            throw fail(ex);
        }
    }

    /** Adds a scheduled action (planned). */
    public long scheduled(org.recoup.domain.ScheduledAction a) {
        try {
            long id = nextId("scheduled_seq");
            scheduled.setLong(1, id);
            scheduled.setLong(2, a.getDebtorId());
            scheduled.setString(3, a.getChannel().name());
            Jdbc.setInstant(scheduled, 4, a.getAt());
            scheduled.setString(5, a.getParty().name());
            Jdbc.setLong(scheduled, 6, a.getLocationId());
            Jdbc.setLong(scheduled, 7, a.getThirdPartyId());
            scheduled.setObject(8, a.getDebtIds().toArray(Long[]::new));
            scheduled.setString(9, a.getLetterTemplate());
            scheduled.setString(10, a.getPurpose().name());
            scheduled.setString(11, a.getNote());
            scheduled.setString(12, a.getStatus().name());
            Jdbc.setInstant(scheduled, 13, a.getCreatedAt());
            scheduled.addBatch();
            return id;
        } catch (SQLException ex) {
            throw fail(ex);
        }
    }

    /** Adds an active repayment plan of a debt added before, with its schedule; returns the plan's id. */
    public long plan(org.recoup.domain.RepaymentPlan p) {
        try {
            long id = nextId("plan_seq");
            plan.setLong(1, id);
            plan.setLong(2, p.getDebtId());
            plan.setString(3, p.getKind().name());
            plan.setString(4, p.getStatus().name());
            plan.setString(5, p.getCurrency());
            plan.setBigDecimal(6, p.getTotal().amount());
            plan.setBigDecimal(7, p.getDownPayment() == null ? null : p.getDownPayment().amount());
            plan.setInt(8, p.getInstalmentCount());
            plan.setString(9, p.getFrequency().name());
            Jdbc.setDate(plan, 10, p.getStartDate());
            plan.setBoolean(11, p.isPauseInterest());
            Jdbc.setInstant(plan, 12, p.getAgreedAt());
            Jdbc.setDate(plan, 13, p.getAgreedOn());
            plan.addBatch();
            for (org.recoup.domain.Instalment i : p.getInstalments()) {
                instalment.setLong(1, nextId("instalment_seq"));
                instalment.setLong(2, id);
                instalment.setInt(3, i.getNumber());
                Jdbc.setDate(instalment, 4, i.getDueDate());
                instalment.setString(5, i.getAmount().currency());
                instalment.setBigDecimal(6, i.getAmount().amount());
                instalment.addBatch();
            }
            return id;
        } catch (SQLException ex) {
            throw fail(ex);
        }
    }

    /** Adds a time the debtor said is inconvenient. */
    public long inconvenientTime(org.recoup.domain.InconvenientTime t) {
        try {
            long id = nextId("inconvenient_seq");
            inconvenient.setLong(1, id);
            inconvenient.setLong(2, t.getDebtorId());
            inconvenient.setObject(3, t.getFrom());
            inconvenient.setObject(4, t.getTo());
            inconvenient.setString(5, t.getDays().stream().sorted().map(d -> d.name().substring(0, 3))
                    .collect(java.util.stream.Collectors.joining(",")));
            Jdbc.setInstant(inconvenient, 6, t.getRecordedAt());
            inconvenient.addBatch();
            return id;
        } catch (SQLException ex) {
            throw fail(ex);
        }
    }

    /** Recomputes the list projection of these debtors from their rows (after {@link #flush()}). */
    public void refreshSummaries(java.util.Collection<Long> debtorIds) {
        try {
            DebtorSummaries.refresh(connection, debtorIds);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Debtors added since the last commit. */
    public int pending() {
        return pending;
    }

    /** Sends the batched rows to the database without committing them. */
    public void flush() {
        try {
            for (PreparedStatement statement : statements) {
                statement.executeBatch();
            }
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Writes everything added so far in one transaction. */
    public void commit() {
        flush();
        try {
            connection.commit();
            pending = 0;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Drops everything added since the last commit. */
    public void rollback() {
        try {
            for (PreparedStatement statement : statements) {
                statement.clearBatch();
            }
            connection.rollback();
            pending = 0;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private long nextId(String sequence) throws SQLException {
        IdBlock block = ids.get(sequence);
        if (block == null || block.next > block.last) {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT NEXT VALUE FOR " + sequence)) {
                rs.next();
                long low = rs.getLong(1);
                block = new IdBlock(low, low + 49);
                ids.put(sequence, block);
            }
        }
        return block.next++;
    }

    private StoreException fail(SQLException e) {
        SQLException next = e.getNextException();
        String detail = next != null ? next.getMessage() : e.getMessage();
        return new StoreException("bulk write failed: " + detail.lines().findFirst().orElse(detail), e);
    }

    @Override
    public void close() {
        for (PreparedStatement statement : statements) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            connection.close();
        } catch (SQLException ignored) {
            // the connection goes back to the pool regardless
        }
    }

    private static final class IdBlock {
        long next;
        final long last;

        IdBlock(long next, long last) {
            this.next = next;
            this.last = last;
        }
    }
}
