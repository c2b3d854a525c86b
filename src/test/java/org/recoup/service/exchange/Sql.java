package org.recoup.service.exchange;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.recoup.service.Workspace;

/** Reads a workspace's tables directly, for what no service shows (the audit trail's details). */
final class Sql {

    private Sql() {
    }

    /** Each row as its columns joined by " | ". */
    static List<String> rows(Workspace workspace, String sql) throws Exception {
        String file = workspace.databaseFile().toString();
        String base = file.substring(0, file.length() - ".mv.db".length());
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(rs.getString(i));
                }
                rows.add(String.join(" | ", values));
            }
            return rows;
        }
    }
}
