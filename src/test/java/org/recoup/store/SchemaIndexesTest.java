package org.recoup.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every index costs each row written to its table; the migrated schema keeps no index twice, and
 * every foreign key still has one for its lookups.
 */
class SchemaIndexesTest {

    private static final String INDEXES = "SELECT i.table_name, i.index_name,"
            + " LISTAGG(c.column_name, ',') WITHIN GROUP (ORDER BY c.ordinal_position)"
            + " FROM information_schema.indexes i JOIN information_schema.index_columns c"
            + " ON c.index_schema = i.index_schema AND c.index_name = i.index_name"
            + " WHERE i.table_schema = 'PUBLIC' AND i.index_type_name <> 'UNIQUE INDEX'"
            + " GROUP BY i.table_name, i.index_name";

    @TempDir
    Path dir;

    /**
     * Unique indexes are left out: a foreign key declared before a unique constraint on the same
     * column (import_mapping's client) keeps its own index, and only declaring the key anew would
     * share it, for a table of one row per client.
     */
    @Test
    void noTableHasTwoIndexesOnTheSameColumns() throws Exception {
        try (Database db = Database.open(dir.resolve("recoup"));
             Connection c = db.connection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT table_name, cols, LISTAGG(index_name, ' and ') FROM (" + INDEXES + ") AS x(table_name, index_name, cols)"
                             + " GROUP BY table_name, cols HAVING COUNT(*) > 1")) {
            List<String> twins = new ArrayList<>();
            while (rs.next()) {
                twins.add(rs.getString(1) + " (" + rs.getString(2) + "): " + rs.getString(3));
            }
            assertThat(twins).isEmpty();
        }
    }

    @Test
    void everyForeignKeyHasAnIndexOnItsColumns() throws Exception {
        try (Database db = Database.open(dir.resolve("recoup"));
             Connection c = db.connection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT tc.table_name, tc.constraint_name, tc.index_name FROM information_schema.table_constraints tc"
                             + " WHERE tc.table_schema = 'PUBLIC' AND tc.constraint_type = 'FOREIGN KEY'")) {
            int keys = 0;
            while (rs.next()) {
                keys++;
                assertThat(rs.getString(3)).as("index of %s on %s", rs.getString(2), rs.getString(1)).isNotNull();
            }
            assertThat(keys).isGreaterThan(10);
        }
    }
}
