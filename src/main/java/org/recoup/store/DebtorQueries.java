package org.recoup.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.recoup.domain.DebtStatus;
import org.recoup.domain.PhoneNumbers;
import org.recoup.domain.SearchText;
import org.recoup.domain.view.DebtorFilter;
import org.recoup.domain.view.DebtorRow;
import org.recoup.domain.view.DebtorSort;
import org.recoup.domain.view.SearchHit;

/**
 * The read side of debtors: the list, a page at a time, and the global search. Hand-written SQL
 * on indexed columns so that both stay fast with a million debts.
 */
public final class DebtorQueries {

    private static final String ROW_COLUMNS = "d.id, d.name, d.native_name, d.summary_status, d.summary_balance,"
            + " d.summary_currency, d.last_contact_at,"
            + " (SELECT l.time_zone FROM location l WHERE l.debtor_id = d.id ORDER BY l.position LIMIT 1) AS home_zone";

    private final StoreSession store;

    DebtorQueries(StoreSession store) {
        this.store = store;
    }

    /** How many debtors the filter lets through. */
    public long count(DebtorFilter filter) {
        Where where = where(filter);
        return store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM debtor d" + where.sql)) {
                where.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /**
     * The highest number among a client's references that end in digits ("NWB-0012003" → 12003),
     * or 0; new references numbered above it do not collide.
     */
    public long highestReferenceNumber(long clientId) {
        return store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT COALESCE(MAX(CAST(REGEXP_SUBSTR(reference, '[0-9]{1,15}$') AS BIGINT)), 0)"
                            + " FROM debt WHERE client_id = ?")) {
                ps.setLong(1, clientId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** One page of the list, in the order asked, ties broken by id so that pages never overlap. */
    public List<DebtorRow> page(DebtorFilter filter, DebtorSort sort, boolean ascending, long offset, int limit) {
        Where where = where(filter);
        String direction = ascending ? " ASC" : " DESC";
        String nulls = ascending ? " NULLS LAST" : " NULLS FIRST";
        String order = switch (sort) {
            case NAME -> "d.search_name" + direction;
            case STATUS -> "d.summary_status" + direction + nulls;
            case BALANCE -> "d.summary_balance" + direction + nulls;
            case LAST_CONTACT -> "d.last_contact_at" + direction + nulls;
        };
        String sql = "SELECT " + ROW_COLUMNS + " FROM debtor d" + where.sql
                + " ORDER BY " + order + ", d.id" + direction + " LIMIT ? OFFSET ?";
        return store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                int next = where.bind(ps, 1);
                ps.setInt(next, limit);
                ps.setLong(next + 1, offset);
                List<DebtorRow> rows = new ArrayList<>(limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
                return rows;
            }
        });
    }

    /**
     * The debts of the debtors the filter lets through, by debtor name; where the filter names a
     * status or a client, only the debts in that status or for that client.
     */
    public List<Long> debtIds(DebtorFilter filter) {
        Where where = where(filter);
        StringBuilder sql = new StringBuilder("SELECT x.id FROM debt x JOIN debtor d ON d.id = x.debtor_id")
                .append(where.sql.isEmpty() ? " WHERE TRUE" : where.sql);
        List<Object> values = new ArrayList<>(where.values);
        if (filter.status() != null) {
            sql.append(" AND x.status = ?");
            values.add(filter.status().name());
        }
        if (filter.clientId() != null) {
            sql.append(" AND x.client_id = ?");
            values.add(filter.clientId());
        }
        sql.append(" ORDER BY d.search_name, d.id, x.id");
        Where all = new Where(sql.toString(), values);
        return store.jdbc(connection -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(all.sql)) {
                all.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    /** The highest debtor id in use (0 without debtors): bounds for sampling by id. */
    public long maxDebtorId() {
        return store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM debtor");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** One debtor's list row. */
    public DebtorRow row(long debtorId) {
        return store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT " + ROW_COLUMNS + " FROM debtor d WHERE d.id = ?")) {
                ps.setLong(1, debtorId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? row(rs) : null;
                }
            }
        });
    }

    private static DebtorRow row(ResultSet rs) throws SQLException {
        String status = rs.getString("summary_status");
        return new DebtorRow(rs.getLong("id"), rs.getString("name"), rs.getString("native_name"),
                status == null ? null : DebtStatus.valueOf(status), rs.getBigDecimal("summary_balance"),
                rs.getString("summary_currency"), Jdbc.getInstant(rs, "last_contact_at"), rs.getString("home_zone"));
    }

    /**
     * Debtors whose name (either script) starts with the query, or whose debt reference, phone
     * number or e-mail does; at most {@code limit}, each debtor once, best matches first.
     */
    public List<SearchHit> search(String query, int limit) {
        String text = query == null ? "" : query.trim();
        if (text.isEmpty()) {
            return List.of();
        }
        return store.jdbc(connection -> {
            Map<Long, SearchHit> hits = new LinkedHashMap<>();
            String normalized = SearchText.normalize(text);
            if (SearchText.looksLikePhone(text)) {
                String digits = SearchText.digits(text);
                String national = "SELECT l.debtor_id, l.phone AS matched FROM location l"
                        + " WHERE l.phone_national LIKE ? ESCAPE '\\' ORDER BY l.phone_national LIMIT ?";
                if (text.trim().startsWith("+")) {
                    for (String[] split : PhoneNumbers.countryCodeSplits(digits)) {
                        collectPhones(connection, hits, limit, split[1], "+" + split[0]);
                    }
                } else {
                    collect(connection, hits, limit, SearchHit.Match.PHONE, national, digits);
                    if (digits.startsWith("0")) {
                        collect(connection, hits, limit, SearchHit.Match.PHONE, national, digits.substring(1));
                    }
                }
            }
            collect(connection, hits, limit, SearchHit.Match.REFERENCE,
                    "SELECT x.debtor_id, x.reference AS matched FROM debt x WHERE x.reference_key LIKE ? ESCAPE '\\'"
                            + " ORDER BY x.reference_key LIMIT ?", text.toUpperCase(Locale.ROOT));
            collect(connection, hits, limit, SearchHit.Match.NAME,
                    "SELECT d.id AS debtor_id, d.name AS matched FROM debtor d WHERE d.search_name LIKE ? ESCAPE '\\'"
                            + " ORDER BY d.search_name LIMIT ?", normalized);
            collect(connection, hits, limit, SearchHit.Match.NAME,
                    "SELECT d.id AS debtor_id, d.name AS matched FROM debtor d WHERE d.search_name_rev LIKE ? ESCAPE '\\'"
                            + " ORDER BY d.search_name_rev LIMIT ?", normalized);
            collect(connection, hits, limit, SearchHit.Match.NATIVE_NAME,
                    "SELECT d.id AS debtor_id, d.native_name AS matched FROM debtor d WHERE d.search_native LIKE ? ESCAPE '\\'"
                            + " ORDER BY d.search_native LIMIT ?", normalized);
            if (text.contains("@") || hits.size() < limit) {
                collect(connection, hits, limit, SearchHit.Match.EMAIL,
                        "SELECT l.debtor_id, l.email AS matched FROM location l WHERE l.email LIKE ? ESCAPE '\\'"
                                + " ORDER BY l.email LIMIT ?", text.toLowerCase(Locale.ROOT));
            }
            return names(connection, new ArrayList<>(hits.values()));
        });
    }

    private static void collect(Connection connection, Map<Long, SearchHit> hits, int limit, SearchHit.Match match,
                                String sql, String prefix) throws SQLException {
        if (hits.size() >= limit || prefix.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, Jdbc.startsWith(prefix));
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && hits.size() < limit) {
                    long id = rs.getLong("debtor_id");
                    hits.putIfAbsent(id, new SearchHit(id, null, null, match, rs.getString("matched")));
                }
            }
        }
    }

    /** Numbers whose national part starts with {@code nationalPrefix}, in the country {@code plusCode}. */
    private static void collectPhones(Connection connection, Map<Long, SearchHit> hits, int limit, String nationalPrefix,
                                      String plusCode) throws SQLException {
        if (hits.size() >= limit || nationalPrefix.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT l.debtor_id, l.phone FROM location l"
                + " WHERE l.phone_national LIKE ? ESCAPE '\\' AND l.phone LIKE ? ESCAPE '\\'"
                + " ORDER BY l.phone_national LIMIT ?")) {
            ps.setString(1, Jdbc.startsWith(nationalPrefix));
            ps.setString(2, Jdbc.startsWith(plusCode));
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && hits.size() < limit) {
                    long id = rs.getLong(1);
                    hits.putIfAbsent(id, new SearchHit(id, null, null, SearchHit.Match.PHONE, rs.getString(2)));
                }
            }
        }
    }

    private static List<SearchHit> names(Connection connection, List<SearchHit> hits) throws SQLException {
        List<SearchHit> named = new ArrayList<>(hits.size());
        try (PreparedStatement ps = connection.prepareStatement("SELECT name, native_name FROM debtor WHERE id = ?")) {
            for (SearchHit hit : hits) {
                ps.setLong(1, hit.debtorId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        named.add(new SearchHit(hit.debtorId(), rs.getString(1), rs.getString(2), hit.matchedOn(),
                                hit.matchedText()));
                    }
                }
            }
        }
        return named;
    }

    private Where where(DebtorFilter filter) {
        List<String> clauses = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (filter.status() != null) {
            clauses.add("EXISTS (SELECT 1 FROM debt x WHERE x.debtor_id = d.id AND x.status = ?)");
            values.add(filter.status().name());
        }
        if (filter.clientId() != null) {
            clauses.add("EXISTS (SELECT 1 FROM debt x WHERE x.debtor_id = d.id AND x.client_id = ?)");
            values.add(filter.clientId());
        }
        if (filter.minBalance() != null) {
            clauses.add("d.summary_balance >= ?");
            values.add(filter.minBalance());
        }
        if (filter.maxBalance() != null) {
            clauses.add("d.summary_balance <= ?");
            values.add(filter.maxBalance());
        }
        if (filter.lastContactBefore() != null) {
            clauses.add("(d.last_contact_at IS NULL OR d.last_contact_at < ?)");
            values.add(filter.lastContactBefore());
        }
        if (filter.lastContactAfter() != null) {
            clauses.add("d.last_contact_at >= ?");
            values.add(filter.lastContactAfter());
        }
        if (filter.namePrefix() != null && !filter.namePrefix().isBlank()) {
            clauses.add("(d.search_name LIKE ? ESCAPE '\\' OR d.search_name_rev LIKE ? ESCAPE '\\'"
                    + " OR d.search_native LIKE ? ESCAPE '\\')");
            String pattern = Jdbc.startsWith(SearchText.normalize(filter.namePrefix()));
            values.add(pattern);
            values.add(pattern);
            values.add(pattern);
        }
        return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), values);
    }

    private record Where(String sql, List<Object> values) {
        int bind(PreparedStatement ps, int first) throws SQLException {
            int index = first;
            for (Object value : values) {
                if (value instanceof java.time.Instant instant) {
                    Jdbc.setInstant(ps, index++, instant);
                } else {
                    ps.setObject(index++, value);
                }
            }
            return index;
        }
    }
}
