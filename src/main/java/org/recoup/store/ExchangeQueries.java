package org.recoup.store;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.recoup.domain.Channel;
import org.recoup.domain.ContactOutcome;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.DebtorKind;
import org.recoup.domain.Direction;
import org.recoup.domain.Language;
import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.LocationKind;
import org.recoup.domain.Party;
import org.recoup.domain.PaymentMethod;
import org.recoup.domain.PhoneType;
import org.recoup.domain.Product;

/**
 * What imports look up before they write (a client's references, debts and debtors, each in one
 * query) and what exports read, by chunks of ids in the order asked.
 */
public final class ExchangeQueries {

    private final StoreSession store;

    ExchangeQueries(StoreSession store) {
        this.store = store;
    }

    /** A client's references, upper-cased, with their debt's id. */
    public Map<String, Long> references(long clientId) {
        return store.jdbc(connection -> {
            Map<String, Long> references = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT reference_key, id FROM debt WHERE client_id = ?")) {
                ps.setLong(1, clientId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        references.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return references;
        });
    }

    /** An existing debt as an import that updates it needs it: its details and its placement. */
    public record ExistingDebt(long id, long debtorId, String reference, String originalCreditor, Product product,
                               String currency, DebtStatus status, LocalDate originationDate,
                               LocalDate delinquencyDate, LocalDate chargeOffDate, LocalDate lastPaymentDate,
                               LocalDate itemizationDate, Integer limitationYears, Instant placedAt,
                               BigDecimal placedPrincipal, BigDecimal placedInterest, BigDecimal placedFees) {
    }

    /** A client's debts by upper-cased reference. */
    public Map<String, ExistingDebt> debts(long clientId) {
        return store.jdbc(connection -> {
            Map<String, ExistingDebt> debts = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT x.id, x.debtor_id, x.reference, x.reference_key, x.original_creditor, x.product, x.currency,"
                            + " x.status, x.origination_date, x.delinquency_date, x.charge_off_date, x.last_payment_date,"
                            + " x.itemization_date, x.limitation_years, x.placed_at,"
                            + " COALESCE(p.principal, 0), COALESCE(p.interest, 0), COALESCE(p.fees, 0)"
                            + " FROM debt x LEFT JOIN (SELECT debt_id, SUM(principal) AS principal, SUM(interest) AS interest,"
                            + " SUM(fees) AS fees FROM ledger_entry WHERE type = 'PLACEMENT' GROUP BY debt_id) p"
                            + " ON p.debt_id = x.id WHERE x.client_id = ?")) {
                ps.setLong(1, clientId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int years = rs.getInt(14);
                        Integer limitation = rs.wasNull() ? null : years;
                        debts.put(rs.getString(4), new ExistingDebt(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                rs.getString(5), Product.valueOf(rs.getString(6)), rs.getString(7),
                                DebtStatus.valueOf(rs.getString(8)), date(rs, 9), date(rs, 10), date(rs, 11), date(rs, 12),
                                date(rs, 13), limitation, instant(rs, 15), rs.getBigDecimal(16), rs.getBigDecimal(17),
                                rs.getBigDecimal(18)));
                    }
                }
            }
            return debts;
        });
    }

    /** A way to recognise a debtor: the normalised name with one of its phone numbers or e-mail addresses. */
    public record DebtorKey(long debtorId, String searchName, String phone, String email) {
    }

    /** The phone numbers and e-mail addresses of the debtors with a debt of this client, with their names. */
    public List<DebtorKey> debtorKeys(long clientId) {
        return store.jdbc(connection -> {
            List<DebtorKey> keys = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT d.id, d.search_name, l.phone, l.email FROM debtor d JOIN location l ON l.debtor_id = d.id"
                            + " WHERE d.id IN (SELECT x.debtor_id FROM debt x WHERE x.client_id = ?)"
                            + " AND (l.phone IS NOT NULL OR l.email IS NOT NULL)")) {
                ps.setLong(1, clientId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        keys.add(new DebtorKey(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            return keys;
        });
    }

    // ---- export --------------------------------------------------------------------------------

    /** A debtor's place as exports list it. */
    public record PlaceRow(LocationKind kind, String addressLine, String city, String region, String postalCode,
                           String country, String phone, PhoneType phoneType, String email, String timeZone) {
    }

    /** What the debtors list does not show of a debtor, for exports. */
    public record DebtorExtra(long id, DebtorKind kind, Language language, String notes, Instant createdAt,
                              List<PlaceRow> places) {
    }

    /** Kind, language, notes and places of these debtors, by id. */
    public Map<Long, DebtorExtra> debtorExtras(Collection<Long> ids) {
        return store.jdbc(connection -> {
            Map<Long, List<PlaceRow>> places = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT debtor_id, kind, address_line, city, region, postal_code, country, phone, phone_type, email,"
                            + " time_zone FROM location WHERE debtor_id = ANY(?) ORDER BY debtor_id, position")) {
                ps.setArray(1, array(connection, ids));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String type = rs.getString(9);
                        places.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PlaceRow(
                                LocationKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getString(8), type == null ? null : PhoneType.valueOf(type),
                                rs.getString(10), rs.getString(11)));
                    }
                }
            }
            Map<Long, DebtorExtra> extras = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT id, kind, preferred_language, notes, created_at FROM debtor WHERE id = ANY(?)")) {
                ps.setArray(1, array(connection, ids));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        extras.put(id, new DebtorExtra(id, DebtorKind.valueOf(rs.getString(2)),
                                Language.valueOf(rs.getString(3)), rs.getString(4), instant(rs, 5),
                                places.getOrDefault(id, List.of())));
                    }
                }
            }
            return extras;
        });
    }

    /** A debt as exports list it: its details, its placement and its balance by bucket (sums of its ledger rows). */
    public record DebtRow(long id, String client, String reference, long debtorId, String debtorName,
                          String debtorNativeName, Product product, String currency, DebtStatus status,
                          String originalCreditor, BigDecimal placedPrincipal, BigDecimal placedInterest,
                          BigDecimal placedFees, BigDecimal principal, BigDecimal interest, BigDecimal fees,
                          BigDecimal credit, LocalDate originationDate, LocalDate delinquencyDate,
                          LocalDate chargeOffDate, LocalDate lastPaymentDate, LocalDate itemizationDate,
                          Integer limitationYears, Instant placedAt) {
    }

    /** These debts, in the order of {@code ids}. */
    public void debts(List<Long> ids, Consumer<DebtRow> rows) {
        Map<Long, DebtRow> found = store.jdbc(connection -> {
            Map<Long, DebtRow> byId = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT x.id, c.name, x.reference, x.debtor_id, d.name, d.native_name, x.product, x.currency, x.status,"
                            + " x.original_creditor, x.origination_date, x.delinquency_date, x.charge_off_date,"
                            + " x.last_payment_date, x.itemization_date, x.limitation_years, x.placed_at,"
                            + " COALESCE(SUM(CASE WHEN l.type = 'PLACEMENT' THEN l.principal END), 0),"
                            + " COALESCE(SUM(CASE WHEN l.type = 'PLACEMENT' THEN l.interest END), 0),"
                            + " COALESCE(SUM(CASE WHEN l.type = 'PLACEMENT' THEN l.fees END), 0),"
                            + " COALESCE(SUM(l.principal), 0), COALESCE(SUM(l.interest), 0), COALESCE(SUM(l.fees), 0),"
                            + " COALESCE(SUM(l.credit), 0)"
                            + " FROM debt x JOIN client c ON c.id = x.client_id JOIN debtor d ON d.id = x.debtor_id"
                            + " LEFT JOIN ledger_entry l ON l.debt_id = x.id WHERE x.id = ANY(?)"
                            + " GROUP BY x.id, c.name, x.reference, x.debtor_id, d.name, d.native_name, x.product, x.currency,"
                            + " x.status, x.original_creditor, x.origination_date, x.delinquency_date, x.charge_off_date,"
                            + " x.last_payment_date, x.itemization_date, x.limitation_years, x.placed_at")) {
                ps.setArray(1, array(connection, ids));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int years = rs.getInt(16);
                        Integer limitation = rs.wasNull() ? null : years;
                        long id = rs.getLong(1);
                        byId.put(id, new DebtRow(id, rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                                rs.getString(6), Product.valueOf(rs.getString(7)), rs.getString(8),
                                DebtStatus.valueOf(rs.getString(9)), rs.getString(10), rs.getBigDecimal(18),
                                rs.getBigDecimal(19), rs.getBigDecimal(20), rs.getBigDecimal(21), rs.getBigDecimal(22),
                                rs.getBigDecimal(23), rs.getBigDecimal(24), date(rs, 11), date(rs, 12), date(rs, 13),
                                date(rs, 14), date(rs, 15), limitation, instant(rs, 17)));
                    }
                }
            }
            return byId;
        });
        for (Long id : ids) {
            DebtRow row = found.get(id);
            if (row != null) {
                rows.accept(row);
            }
        }
    }

    /** A ledger row as exports list it, with its debt's reference. */
    public record LedgerRow(long id, long debtId, String reference, LedgerEntryType type, LocalDate valueDate,
                            Instant recordedAt, String currency, BigDecimal principal, BigDecimal interest,
                            BigDecimal fees, BigDecimal credit, PaymentMethod paymentMethod, String paymentReference,
                            Long reversesId, String memo) {
    }

    /** The ledger rows of these debts, debt by debt in the order of {@code debtIds}, each debt's rows by value date. */
    public void ledger(List<Long> debtIds, Consumer<LedgerRow> rows) {
        Map<Long, List<LedgerRow>> byDebt = store.jdbc(connection -> {
            Map<Long, List<LedgerRow>> found = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT l.id, l.debt_id, x.reference, l.type, l.value_date, l.recorded_at, l.currency, l.principal,"
                            + " l.interest, l.fees, l.credit, l.payment_method, l.payment_reference, l.reverses_id, l.memo"
                            + " FROM ledger_entry l JOIN debt x ON x.id = l.debt_id WHERE l.debt_id = ANY(?)"
                            + " ORDER BY l.debt_id, l.value_date, l.id")) {
                ps.setArray(1, array(connection, debtIds));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long reverses = rs.getLong(14);
                        Long reversesId = rs.wasNull() ? null : reverses;
                        String method = rs.getString(12);
                        found.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new LedgerRow(rs.getLong(1),
                                rs.getLong(2), rs.getString(3), LedgerEntryType.valueOf(rs.getString(4)), date(rs, 5),
                                instant(rs, 6), rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                                rs.getBigDecimal(10), rs.getBigDecimal(11),
                                method == null ? null : PaymentMethod.valueOf(method), rs.getString(13), reversesId,
                                rs.getString(15)));
                    }
                }
            }
            return found;
        });
        for (Long id : debtIds) {
            byDebt.getOrDefault(id, List.of()).forEach(rows);
        }
    }

    /** A logged contact as exports list it. */
    public record ContactRow(long id, long debtorId, String debtorName, Instant at, Channel channel,
                             Direction direction, Party party, LocationKind placeKind, String phone, String email,
                             String addressLine, ContactOutcome outcome, String notes, List<String> references,
                             Instant recordedAt) {
    }

    /** The contacts of these debtors, debtor by debtor in the order of {@code debtorIds}, oldest first. */
    public void contacts(List<Long> debtorIds, Consumer<ContactRow> rows) {
        Map<Long, List<ContactRow>> byDebtor = store.jdbc(connection -> {
            Map<Long, String> references = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT id, reference FROM debt WHERE debtor_id = ANY(?)")) {
                ps.setArray(1, array(connection, debtorIds));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        references.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            Map<Long, List<ContactRow>> found = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT c.id, c.debtor_id, d.name, c.at, c.channel, c.direction, c.party, l.kind, l.phone, l.email,"
                            + " l.address_line, c.outcome, c.notes, c.debt_ids, c.recorded_at"
                            + " FROM contact c JOIN debtor d ON d.id = c.debtor_id LEFT JOIN location l ON l.id = c.location_id"
                            + " WHERE c.debtor_id = ANY(?) ORDER BY c.debtor_id, c.at, c.id")) {
                ps.setArray(1, array(connection, debtorIds));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<String> refs = new ArrayList<>();
                        Array debts = rs.getArray(14);
                        if (debts != null) {
                            for (Object id : (Object[]) debts.getArray()) {
                                String reference = references.get(((Number) id).longValue());
                                if (reference != null) {
                                    refs.add(reference);
                                }
                            }
                        }
                        String kind = rs.getString(8);
                        String outcome = rs.getString(12);
                        found.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new ContactRow(rs.getLong(1),
                                rs.getLong(2), rs.getString(3), instant(rs, 4), Channel.valueOf(rs.getString(5)),
                                Direction.valueOf(rs.getString(6)), Party.valueOf(rs.getString(7)),
                                kind == null ? null : LocationKind.valueOf(kind), rs.getString(9), rs.getString(10),
                                rs.getString(11), outcome == null ? null : ContactOutcome.valueOf(outcome), rs.getString(13),
                                List.copyOf(refs), instant(rs, 15)));
                    }
                }
            }
            return found;
        });
        for (Long id : debtorIds) {
            byDebtor.getOrDefault(id, List.of()).forEach(rows);
        }
    }

    private static Array array(Connection connection, Collection<Long> ids) throws SQLException {
        return connection.createArrayOf("BIGINT", ids.toArray(Long[]::new));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        java.time.OffsetDateTime value = rs.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
