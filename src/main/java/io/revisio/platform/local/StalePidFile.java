package io.revisio.platform.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A PostgreSQL data directory left behind by a killed process still holds {@code postmaster.pid};
 * PostgreSQL refuses to start until it is gone. Remove it only when its process no longer runs.
 */
final class StalePidFile {

    private StalePidFile() {
    }

    static void removeIfOrphaned(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid = lines.isEmpty() ? -1 : parse(lines.get(0));
        boolean alive = pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (alive) {
            throw new IllegalStateException("PostgreSQL data in " + dataDirectory.toAbsolutePath()
                    + " is in use by process " + pid + "; is another Revisio running from this directory?");
        }
        Files.delete(pidFile);
    }

    private static long parse(String line) {
        try {
            return Long.parseLong(line.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
