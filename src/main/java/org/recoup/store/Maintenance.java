package org.recoup.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Housekeeping on a database file that is not open: compacting it after a bulk load. */
public final class Maintenance {

    private Maintenance() {
    }

    /**
     * Rewrites the file compactly (H2's SHUTDOWN COMPACT), as a long-used database is after its
     * background compaction: a bulk load leaves it half empty, and reading it then costs more.
     */
    public static void compact(Path database) {
        DatabaseFile file = DatabaseFile.of(database);
        try (Connection connection = DriverManager.getConnection(file.jdbcUrl(), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw Database.translate(file, e);
        }
    }
}
