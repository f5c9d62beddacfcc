package nngrade.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one folder a run creates in the temporary directory: every copy, unpacked zip and compiled
 * class of the run goes inside it, and it is removed when the run ends, fails, or is stopped with
 * Ctrl-C or SIGTERM (a shutdown hook), so no run leaves anything behind.
 */
public final class WorkFolder implements AutoCloseable {

    private final Path root;
    private final Thread hook;
    private final AtomicInteger next = new AtomicInteger();

    private WorkFolder(Path root) {
        this.root = root;
        this.hook = new Thread(this::delete, "nngrade-temp-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** @param prefix the start of the folder's name, e.g. "nngrade-check-" */
    public static WorkFolder create(String prefix) throws IOException {
        return new WorkFolder(Files.createTempDirectory(prefix));
    }

    public Path path() {
        return root;
    }

    /** @return a new, empty subfolder whose name starts with {@code name} */
    public Path newFolder(String name) throws IOException {
        return Files.createDirectories(root.resolve(name + "-" + next.incrementAndGet()));
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs anyway
        }
        delete();
    }

    private void delete() {
        try {
            SourceFiles.deleteTree(root);
        } catch (IOException | UncheckedIOException e) {
            // another thread may still be writing inside while the JVM stops; one more try
            try {
                SourceFiles.deleteTree(root);
            } catch (IOException | UncheckedIOException again) {
                System.err.println("nngrade: could not remove " + root + ": " + again.getMessage());
            }
        }
    }
}
