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
 * a JVM that exits with one still open (a standby host it stopped waiting for) deletes it, and
 * the folders of a JVM that was killed are deleted by the next one that makes a folder.
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
        String printed = run(LeavesOneOpen.class, root.toString());
        assertTrue(printed.contains("made " + root), printed); // the folder was made, in root
        try (Stream<Path> left = Files.list(root)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void aFolderLeftByAnExaminerThatWasKilledIsDeletedByTheNextOne() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        String prefix = "nngrade-killed-test-";
        String printed = run(LeavesOneOpen.class, tmp.toString(), prefix, "halt");
        Path left = Path.of(printed.substring(printed.indexOf("made ") + 5).trim());
        assertTrue(Files.isDirectory(left), "a killed JVM runs no shutdown hook, so it left " + left);
        Path mine = ChannelFolders.create(tmp, prefix);
        try {
            assertFalse(Files.exists(left), left + " is still there");
        } finally {
            ChannelFolders.delete(mine);
        }
    }

    private static String run(Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(printed.contains("made "), printed);
        return printed;
    }

    /**
     * Makes a channel folder with its file in the folder it is given, and exits without deleting
     * them; with "halt", as a killed JVM does, without running its shutdown hooks.
     */
    static final class LeavesOneOpen {
        public static void main(String[] args) throws IOException {
            Path folder = ChannelFolders.create(Path.of(args[0]), args.length > 1 ? args[1] : "nngrade-host-");
            Files.write(ChannelFolders.channelFile(folder), new byte[4096]);
            System.out.println("made " + folder);
            System.out.flush();
            if (args.length > 2 && args[2].equals("halt")) {
                Runtime.getRuntime().halt(0);
            }
            System.exit(0);
        }
    }
}
