package nngrade.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one folder a run creates, in shared memory or the temporary directory ({@link #place}): every
 * copy, unpacked zip and compiled class of the run goes inside it, and it is removed when the run
 * ends, fails, or is stopped with Ctrl-C or SIGTERM (a shutdown hook), so no run leaves anything
 * behind. A run killed outright (SIGKILL, a power cut) cannot clean up; its folder's name holds its
 * process id, and the next run with the same prefix removes the folders of processes that are gone,
 * in both places.
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
        removeLeftOvers(prefix);
        return new WorkFolder(Files.createTempDirectory(place(), prefix + ProcessHandle.current().pid() + "-"));
    }

    /** Where a run's folder may be: shared memory first, then the temporary directory. */
    private static final List<Path> PLACES = List.of(Path.of("/dev/shm"), Path.of(System.getProperty("java.io.tmpdir")));

    /**
     * Shared memory (tmpfs) where the machine has it and the temporary directory is the default
     * /tmp, as for the channel files: a batch writes and removes some 300 files a submission
     * (copies, sources, classes), and on a disk file system the kernel's bookkeeping of those
     * inodes took about 4% of a batch's CPU (perf, 50 submissions on ext4). A run's folder holds a
     * few megabytes per submission being graded. A java.io.tmpdir set to another place is obeyed.
     */
    private static Path place() {
        Path shm = PLACES.get(0);
        boolean defaultTmp = PLACES.get(1).normalize().equals(Path.of("/tmp"));
        return defaultTmp && Files.isDirectory(shm) && Files.isWritable(shm) ? shm : PLACES.get(1);
    }

    /**
     * Removes the folders "prefix + pid + -..." of processes that no longer run (killed, so their
     * shutdown hooks did not run), in shared memory and in the temporary directory.
     */
    public static void removeLeftOvers(String prefix) throws IOException {
        for (Path place : PLACES) {
            removeLeftOvers(place, prefix);
        }
    }

    private static void removeLeftOvers(Path place, String prefix) throws IOException {
        if (!Files.isDirectory(place) || !Files.isReadable(place)) {
            return;
        }
        Pattern ours = Pattern.compile(Pattern.quote(prefix) + "(\\d+)-.*");
        try (Stream<Path> entries = Files.list(place)) {
            for (Path p : entries.toList()) {
                Matcher m = ours.matcher(p.getFileName().toString());
                if (m.matches() && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !running(m.group(1))) {
                    try {
                        SourceFiles.deleteTree(p);
                    } catch (IOException | UncheckedIOException e) {
                        // another user's, or being removed by someone else: not ours to insist on
                    }
                }
            }
        }
    }

    private static boolean running(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not a pid we wrote: leave it
        }
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
