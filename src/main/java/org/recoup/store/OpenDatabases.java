package org.recoup.store;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The databases this process has open (H2 would let a second pool in the same process share one). */
final class OpenDatabases {

    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    private OpenDatabases() {
    }

    static boolean register(DatabaseFile file) {
        return OPEN.add(file.file());
    }

    static void unregister(DatabaseFile file) {
        OPEN.remove(file.file());
    }

    static boolean isOpen(DatabaseFile file) {
        return OPEN.contains(file.file());
    }
}
