package org.recoup.store;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** Refuses any UPDATE or DELETE on the table it is attached to (the audit trail). */
public final class AppendOnlyTrigger implements Trigger {

    private String table;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName,
                     boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only: its rows cannot be changed or removed", "45000");
    }
}
