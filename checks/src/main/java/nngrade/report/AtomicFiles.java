package nngrade.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Files written whole or not at all, so a crash or a kill never leaves half a result behind. They
 * get the permissions of any file the user creates (0666 less the umask: group-readable under the
 * usual 022), not the owner-only 0600 of a temporary file, so a TA in the group can read them.
 */
public final class AtomicFiles {

    /** Every temporary file starts with this; one left by a killed run is garbage. */
    public static final String TEMPORARY_PREFIX = ".nngrade-";

    private AtomicFiles() {
    }

    /** Writes to a temporary file beside the target, then renames it over the target in one step. */
    public static void write(Path file, byte[] content) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path tmp = absolute.resolveSibling(TEMPORARY_PREFIX + UUID.randomUUID() + ".tmp");
        try {
            Files.write(tmp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
