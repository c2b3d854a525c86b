package org.recoup.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Compressed copies of a database, and putting one back. A backup is a zip holding the one
 * {@code .mv.db} file, written by H2 while the database stays open; a restore never leaves a
 * half-written database: it unpacks and checks the copy beside the target, then swaps the files.
 */
public final class Backups {

    /** How many automatic backups are kept beside a database. */
    public static final int KEEP = 7;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private Backups() {
    }

    static void backup(Database database, Path zip) {
        Path target = zip.toAbsolutePath().normalize();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(partial);
            try (Connection connection = database.connection();
                 PreparedStatement ps = connection.prepareStatement("BACKUP TO ?")) {
                ps.setString(1, partial.toString());
                ps.execute();
            }
            moveReplacing(partial, target);
        } catch (IOException | SQLException e) {
            deleteQuietly(partial);
            throw new StoreException("Cannot write the backup " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * The automatic backup on a clean exit: {@code NAME.backup-STAMP.zip} beside the database,
     * keeping the newest {@value #KEEP}.
     */
    public static Path backupBeside(Database database, Clock clock) {
        DatabaseFile file = database.file();
        Path zip = file.directory().resolve(file.name() + ".backup-" + STAMP.format(LocalDateTime.now(clock)) + ".zip");
        backup(database, zip);
        prune(file, KEEP);
        return zip;
    }

    /** The automatic backups beside a database, newest first. */
    public static List<Path> automaticBackups(DatabaseFile file) {
        String prefix = file.name() + ".backup-";
        try (Stream<Path> files = Files.list(file.directory())) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)
                            && p.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void prune(DatabaseFile file, int keep) {
        List<Path> backups = automaticBackups(file);
        for (Path old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            deleteQuietly(old);
        }
    }

    /**
     * Replaces the database at {@code databasePath} with the one in the backup {@code zip}. The
     * database being replaced is kept as {@code NAME.before-restore-STAMP.mv.db}.
     *
     * @throws DatabaseInUseException when the database is open, here or in another process
     * @throws StoreException         when the backup is unreadable or not a Recoup database
     */
    public static Path restore(Path databasePath, Path zip, Clock clock) {
        DatabaseFile target = DatabaseFile.of(databasePath);
        if (!Files.isReadable(zip)) {
            throw new StoreException("Cannot read the backup " + zip + ": no such file, or not readable.");
        }
        refuseIfOpen(target);
        String stamp = STAMP.format(LocalDateTime.now(clock));
        DatabaseFile staging = new DatabaseFile(target.directory().resolve("." + target.name() + ".restoring-" + stamp));
        try {
            Files.createDirectories(target.directory());
            unpack(zip, staging.file());
            checkIsRecoupDatabase(staging, zip);
            refuseIfOpen(target);
            Path kept = null;
            if (Files.exists(target.file())) {
                kept = target.directory().resolve(target.name() + ".before-restore-" + stamp + DatabaseFile.SUFFIX);
                Files.move(target.file(), kept);
            }
            try {
                moveReplacing(staging.file(), target.file());
            } catch (IOException e) {
                if (kept != null) {
                    Files.move(kept, target.file(), StandardCopyOption.REPLACE_EXISTING);
                }
                throw e;
            }
            return kept;
        } catch (IOException e) {
            throw new StoreException("Cannot restore " + zip + " to " + target.file() + ": " + e.getMessage()
                    + ". The database was left as it was.", e);
        } finally {
            deleteQuietly(staging.file());
            deleteQuietly(staging.base().resolveSibling(staging.name() + ".trace.db"));
        }
    }

    /**
     * Refuses when the database is open: in this process, or locked by another one.
     */
    static void refuseIfOpen(DatabaseFile file) {
        if (OpenDatabases.isOpen(file)) {
            throw new DatabaseInUseException(file.file(), null);
        }
        if (!Files.exists(file.file())) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file.file(), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DatabaseInUseException(file.file(), null);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new DatabaseInUseException(file.file(), e);
        } catch (IOException e) {
            throw new StoreException("Cannot open " + file.file() + ": " + e.getMessage(), e);
        }
    }

    private static void unpack(Path zip, Path destination) throws IOException {
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (!entry.isDirectory() && entry.getName().endsWith(DatabaseFile.SUFFIX)) {
                    if (found) {
                        throw new StoreException("The backup " + zip + " holds more than one database.");
                    }
                    copy(in, destination);
                    found = true;
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new StoreException("The file " + zip + " is not a Recoup backup (not a zip file).", e);
        }
        if (!found) {
            throw new StoreException("The file " + zip + " is not a Recoup backup: it holds no database.");
        }
    }

    private static void copy(InputStream in, Path destination) throws IOException {
        Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void checkIsRecoupDatabase(DatabaseFile staging, Path zip) {
        String url = "jdbc:h2:file:" + staging.base().toString().replace('\\', '/') + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                throw new StoreException("The backup " + zip + " holds a database that was never set up by Recoup.");
            }
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new StoreException("The backup " + zip + " does not hold a readable Recoup database: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static void moveReplacing(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover scratch file is harmless
        }
    }
}
