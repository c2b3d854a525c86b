package org.recoup.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Checks that the database holds together: what a crash or a bug could have broken. */
public final class Integrity {

    private static final int SHOWN = 5;

    private final StoreSession store;

    Integrity(StoreSession store) {
        this.store = store;
    }

    /** One line per kind of problem found, naming a few of the rows concerned; empty when all is well. */
    public List<String> problems() {
        return store.jdbc(connection -> {
            List<String> problems = new ArrayList<>();
            check(connection, problems, "debtors without any location",
                    "SELECT d.id FROM debtor d WHERE NOT EXISTS (SELECT 1 FROM location l WHERE l.debtor_id = d.id)");
            check(connection, problems, "debts without a placement row",
                    "SELECT x.id FROM debt x WHERE NOT EXISTS"
                            + " (SELECT 1 FROM ledger_entry l WHERE l.debt_id = x.id AND l.type = 'PLACEMENT')");
            check(connection, problems, "debtors whose listed balance differs from their ledger",
                    "SELECT d.id FROM debtor d LEFT JOIN (SELECT x.debtor_id, SUM(l.principal + l.interest + l.fees) AS owed"
                            + " FROM debt x JOIN ledger_entry l ON l.debt_id = x.id WHERE x.status <> 'RECALLED'"
                            + " GROUP BY x.debtor_id) t ON t.debtor_id = d.id"
                            + " WHERE d.summary_currency IS NOT NULL AND COALESCE(t.owed, 0) <> d.summary_balance");
            check(connection, problems, "contacts about debts of another debtor",
                    "SELECT c.id FROM contact c WHERE EXISTS (SELECT 1 FROM debt x WHERE x.id = ANY(c.debt_ids)"
                            + " AND x.debtor_id <> c.debtor_id)");
            return problems;
        });
    }

    private static void check(Connection connection, List<String> problems, String what, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        long count = 0;
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                if (count++ < SHOWN) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        if (count > 0) {
            problems.add(count + " " + what + " (e.g. ids " + ids + ")");
        }
    }
}
