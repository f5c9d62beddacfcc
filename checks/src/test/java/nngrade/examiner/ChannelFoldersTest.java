package nngrade.examiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No channel folder outlives what used it: a host that could not load the submission leaves none,
 * and a JVM that exits with one still open (a standby host it stopped waiting for) deletes it.
 */
class ChannelFoldersTest {

    @TempDir
    Path work;

    @Test
    void aHostThatCannotLoadTheSubmissionLeavesNoChannelFolder() throws IOException {
        Path empty = Files.createDirectories(work.resolve("classes")); // no factory class in it
        List<Path> before = ChannelFolders.open();
        assertThrows(SubmissionLost.class, () -> RemoteSubmission.start(new HostLaunch(256, 30), empty, 30_000, 1));
        List<Path> left = new ArrayList<>(ChannelFolders.open());
        left.removeAll(before);
        assertEquals(List.of(), left);
        for (Path p : left) {
            assertFalse(Files.exists(p), p + " is still there");
        }
    }

    @Test
    void aFolderStillOpenWhenTheJvmExitsIsDeleted() throws Exception {
        Path root = Files.createDirectories(work.resolve("shm"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), LeavesOneOpen.class.getName(), root.toString())
                .redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(printed.contains("made " + root), printed); // the folder was made, in root
        try (Stream<Path> left = Files.list(root)) {
            assertEquals(List.of(), left.toList());
        }
    }

    /** Makes a channel folder with its file in the folder it is given, and exits without deleting them. */
    static final class LeavesOneOpen {
        public static void main(String[] args) throws IOException {
            Path folder = ChannelFolders.create(Path.of(args[0]), "nngrade-host-");
            Files.write(ChannelFolders.channelFile(folder), new byte[4096]);
            System.out.println("made " + folder);
            System.exit(0);
        }
    }
}
