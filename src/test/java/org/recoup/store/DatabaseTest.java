package org.recoup.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.AuditEntry;
import org.recoup.domain.Client;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void newDatabaseIsMigratedAndValidatedByHibernate() {
        try (Database db = Database.open(dir.resolve("recoup"))) {
            long clients = db.write(s -> {
                s.clients().save(new Client("Acme Bank", "US", Instant.parse("2026-01-01T00:00:00Z")));
                return (long) s.clients().all().size();
            });
            assertThat(clients).isEqualTo(1);
        }
        assertThat(dir.resolve("recoup.mv.db")).exists();
    }

    @Test
    void reopeningKeepsWhatWasCommitted() {
        try (Database db = Database.open(dir.resolve("recoup"))) {
            db.write(s -> s.clients().save(new Client("Acme Bank", "US", Instant.EPOCH)));
        }
        try (Database db = Database.open(dir.resolve("recoup.mv.db"))) {
            java.util.Optional<Client> found = db.read(s -> s.clients().findByName("acme bank"));
            assertThat(found).isPresent();
        }
    }

    @Test
    void jdbcWorkInAWritingTransactionSeesTheRowsHibernateHasNotInsertedYet() {
        try (Database db = Database.open(dir.resolve("recoup"))) {
            int seen = db.write(s -> {
                Client client = new Client("Acme Bank", "US", Instant.EPOCH);
                client.setGraceDays(9);
                s.hibernate().persist(client);
                return s.jdbc(c -> {
                    try (var ps = c.prepareStatement("SELECT grace_days FROM client WHERE id = ?")) {
                        ps.setLong(1, client.getId());
                        try (var rs = ps.executeQuery()) {
                            rs.next();
                            return rs.getInt(1);
                        }
                    }
                });
            });
            assertThat(seen).isEqualTo(9);
        }
    }

    @Test
    void secondOpenOfTheSameFileIsRefusedWithAClearMessage() {
        try (Database db = Database.open(dir.resolve("recoup"))) {
            assertThatThrownBy(() -> Database.open(dir.resolve("recoup")))
                    .isInstanceOf(DatabaseInUseException.class)
                    .hasMessageContaining("already open");
        }
    }

    @Test
    void auditTrailRefusesUpdatesAndDeletes() {
        try (Database db = Database.open(dir.resolve("recoup"))) {
            db.write(s -> s.audit().append(new AuditEntry(Instant.EPOCH, AuditEntry.Subject.DEBT, 1, "STATUS_CHANGE",
                    "NEW", "ACTIVE", "first contact")));
            assertThatThrownBy(() -> db.write(s -> s.jdbc(c -> c.createStatement()
                    .executeUpdate("UPDATE audit_entry SET reason = 'changed'"))))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> db.write(s -> s.jdbc(c -> c.createStatement()
                    .executeUpdate("DELETE FROM audit_entry"))))
                    .hasMessageContaining("append-only");
            java.util.List<AuditEntry> trail = db.read(s -> s.audit().about(AuditEntry.Subject.DEBT, 1));
            assertThat(trail).singleElement().extracting(AuditEntry::getReason).isEqualTo("first contact");
        }
    }
}
