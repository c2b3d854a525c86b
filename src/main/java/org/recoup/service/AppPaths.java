package org.recoup.service;

import java.nio.file.Path;
import java.util.Locale;

/** Where Recoup keeps its files by default (DESIGN.md, "Data"). */
public final class AppPaths {

    private AppPaths() {
    }

    /** The user's application-data folder for Recoup on this operating system. */
    public static Path dataDirectory() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Recoup");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Recoup");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("recoup");
    }

    /** The database used when none is named: {@code recoup.mv.db} in the data folder. */
    public static Path defaultDatabase() {
        return dataDirectory().resolve("recoup");
    }

    /** Where benchmarks build and cache their portfolios. */
    public static Path benchDirectory() {
        return Path.of(System.getProperty("java.io.tmpdir"), "recoup-bench");
    }
}
