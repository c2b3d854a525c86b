package org.recoup.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database made before the reports (migrated up to the daily work's V4, as main's builds left
 * it) opens with this version: the later migrations are applied, the reports' V6 among them, and
 * clients gain their commission rate.
 */
class ReportsMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseMigratedToV4OpensAndGainsTheClientCommissionRate() throws Exception {
        Path base = dir.resolve("before-reports");
        JdbcConnectionPool pool = JdbcConnectionPool.create(DatabaseFile.of(base).jdbcUrl(), "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("4").load().migrate();
            try (Connection c = pool.getConnection()) {
                c.createStatement().executeUpdate("INSERT INTO client (id, name, default_country, created_at)"
                        + " VALUES (1, 'Acme Bank', 'US', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00Z')");
            }
        } finally {
            pool.dispose();
        }
        try (Database db = Database.open(base)) {
            try (Connection c = db.connection();
                 ResultSet rs = c.createStatement().executeQuery(
                         "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '6' AND \"success\"")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            java.util.List<ReportQueries.ClientRow> clients = db.read(s -> s.reports().clients());
            assertThat(clients).extracting(ReportQueries.ClientRow::name).containsExactly("Acme Bank");
            assertThat(clients.get(0).commissionRate()).isNull();
        }
    }
}
