package org.recoup.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutomaticBackupTest {

    @TempDir
    Path dir;

    @Test
    void everyCleanCloseWritesABackupBesideTheDatabaseKeepingTheLastSeven() throws Exception {
        Instant start = Instant.parse("2026-11-01T08:00:00Z");
        for (int i = 0; i < 9; i++) {
            Clock clock = Clock.fixed(start.plus(Duration.ofMinutes(i)), ZoneOffset.UTC);
            Workspace workspace = Workspace.open(dir.resolve("office"), clock);
            Path backup = workspace.closeWithBackup();
            assertThat(backup).exists().hasParent(dir);
        }
        List<String> backups;
        try (Stream<Path> files = Files.list(dir)) {
            backups = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("office.backup-")).sorted().toList();
        }
        assertThat(backups).hasSize(7);
        assertThat(backups.get(0)).contains("20261101-080200");
        assertThat(backups.get(6)).contains("20261101-080800");
    }
}
