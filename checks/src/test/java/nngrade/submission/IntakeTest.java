package nngrade.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A submission is data: nothing in it is followed or opened but its regular files, nothing lands
 * outside it, its size is capped for folders and zips alike, and a zip in any name encoding is
 * read, saying so.
 */
class IntakeTest {

    private static final String STEP = "nngrade/student/activations/Step.java";

    @TempDir
    Path dir;

    @Test
    void aLinkToAClassmatesFileIsNotFollowed() throws Exception {
        Path classmate = write(dir.resolve("classmate"), STEP, "class Secret {}");
        Path student = write(dir.resolve("student"), "nngrade/student/activations/Relu.java", "class Mine {}");
        Files.createSymbolicLink(student.resolve(STEP), classmate.resolve(STEP));
        Files.createSymbolicLink(student.resolve("nngrade/student/losses"), classmate.resolve("nngrade/student"));

        Intake.Taken taken = Intake.take(student, dir.resolve("work"));
        assertEquals(List.of("nngrade/student/activations/Relu.java"), SourceFiles.relativeJavaFiles(taken.sources()));
        assertTrue(taken.notes().stream().anyMatch(n -> n.startsWith(STEP + " is a symbolic link")), taken.notes().toString());
        assertTrue(taken.notes().stream().anyMatch(n -> n.startsWith("nngrade/student/losses is a symbolic link")),
                taken.notes().toString());
    }

    @Test
    void aLinkToADeviceAndAPipeAreNeverOpened() throws Exception {
        Path student = write(dir.resolve("student"), STEP, "class Mine {}");
        Files.createSymbolicLink(student.resolve("nngrade/student/Zero.java"), Path.of("/dev/zero"));
        Path fifo = student.resolve("nngrade/student/Pipe.java");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");

        Intake.Taken taken = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> Intake.take(student, dir.resolve("work")), "reading a pipe or /dev/zero would block or never end");
        assertEquals(List.of(STEP), SourceFiles.relativeJavaFiles(taken.sources()));
        assertTrue(taken.notes().stream().anyMatch(n -> n.startsWith("nngrade/student/Pipe.java is not a regular file")),
                taken.notes().toString());
    }

    @Test
    void aMavenLayoutIsFoundBelowTheSubmission() throws Exception {
        Path student = write(dir.resolve("student"), "project/src/main/java/" + STEP, "class Mine {}");
        write(student, "project/src/test/java/nngrade/student/MyTest.java", "class T {}");
        Intake.Taken taken = Intake.take(student, dir.resolve("work"));
        assertEquals(List.of(STEP), SourceFiles.relativeJavaFiles(taken.sources()));
    }

    @Test
    void anEmptyFolderHasNoSources() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        write(empty, "README.md", "my work is elsewhere");
        assertStatus(SubmissionStatus.NO_SOURCES, empty);
    }

    @Test
    void aFolderWithTooManyEntriesIsTooLarge() throws Exception {
        Path student = write(dir.resolve("student"), STEP, "class Mine {}");
        Path many = Files.createDirectories(student.resolve("node_modules"));
        for (int i = 0; i <= Intake.MAX_ENTRIES; i++) {
            Files.createFile(many.resolve("f" + i));
        }
        assertStatus(SubmissionStatus.TOO_LARGE, student);
    }

    @Test
    void aFolderWithTooManyBytesOfSourcesIsTooLarge() throws Exception {
        Path student = write(dir.resolve("student"), STEP, "class Mine {}");
        try (RandomAccessFile huge = new RandomAccessFile(student.resolve("nngrade/student/Huge.java").toFile(), "rw")) {
            huge.setLength(Intake.MAX_SOURCE_BYTES + 1); // sparse: costs no disk
        }
        assertStatus(SubmissionStatus.TOO_LARGE, student);
    }

    @Test
    void aZipWhoseNamesAreNotUtf8IsReadAndSaysSo() throws Exception {
        Path zip = dir.resolve("student.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.ISO_8859_1)) {
            put(out, "Jos\u00e9/" + STEP, "class Mine {}"); // ISO-8859-1 bytes, no UTF-8 flag: what old Windows tools write
        }
        Intake.Taken taken = Intake.take(zip, dir.resolve("work"));
        assertEquals(List.of(STEP), SourceFiles.relativeJavaFiles(taken.sources()));
        assertTrue(taken.notes().get(0).contains("not UTF-8"), taken.notes().toString());
    }

    @Test
    void aZipThatLiesAboutItsEncodingIsNotAZip() throws Exception {
        Path zip = dir.resolve("student.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.UTF_8)) {
            put(out, "Jos\u00e9/" + STEP, "class Mine {}");
        }
        byte[] bytes = Files.readAllBytes(zip);
        // turn every "é" (C3 A9 in UTF-8) into an invalid UTF-8 sequence, keeping the UTF-8 flag
        for (int i = 0; i + 1 < bytes.length; i++) {
            if ((bytes[i] & 0xff) == 0xC3 && (bytes[i + 1] & 0xff) == 0xA9) {
                bytes[i + 1] = (byte) 0x28;
            }
        }
        Files.write(zip, bytes);
        assertStatus(SubmissionStatus.NOT_A_ZIP, zip);
    }

    @Test
    void zipEntriesThatClimbOutAreNotUnpacked() throws Exception {
        Path zip = dir.resolve("student.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            put(out, STEP, "class Mine {}");
            put(out, "../../escaped/Evil.java", "class Evil {}");
            put(out, "/abs/Evil.java", "class Evil {}");
        }
        Intake.Taken taken = Intake.take(zip, dir.resolve("work"));
        assertEquals(List.of(STEP), SourceFiles.relativeJavaFiles(taken.sources()));
        assertFalse(Files.exists(dir.resolve("escaped")));
        assertEquals(2, taken.notes().stream().filter(n -> n.contains("would unpack outside")).count(), taken.notes().toString());
    }

    @Test
    void aZipBombStopsAtTheCap() throws Exception {
        Path zip = dir.resolve("student.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(STEP));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i <= Intake.MAX_SOURCE_MEGABYTES; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertTrue(Files.size(zip) < (1 << 20), "the bomb is small packed");
        assertStatus(SubmissionStatus.TOO_LARGE, zip);
    }

    @Test
    void aFileThatIsNotAZipIsNotAZip() throws Exception {
        Path notZip = Files.writeString(dir.resolve("student.zip"), "this is a text file");
        assertStatus(SubmissionStatus.NOT_A_ZIP, notZip);
        Path truncated = dir.resolve("truncated.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(truncated))) {
            put(out, STEP, "class Mine {} ".repeat(1000));
        }
        byte[] bytes = Files.readAllBytes(truncated);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, 60));
        assertStatus(SubmissionStatus.NOT_A_ZIP, truncated);
    }

    private void assertStatus(SubmissionStatus expected, Path submission) {
        IntakeRefused e = assertThrows(IntakeRefused.class, () -> Intake.take(submission, dir.resolve("work")));
        assertEquals(expected, e.status(), e.getMessage());
    }

    private static Path write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return root;
    }

    private static void put(ZipOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        OutputStream o = out;
        o.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
