package nngrade.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A jar's fingerprint is kept beside it, and believed only for that very jar. */
class GraderVersionTest {

    @TempDir
    Path folder;

    @Test
    void aJarsFingerprintIsKeptBesideItAndReadBack() throws IOException {
        Path jar = jar("a.class", "one");
        String hashed = GraderVersion.ofJar(jar);
        Path kept = jar.resolveSibling(GraderVersion.FILE);
        assertTrue(Files.isRegularFile(kept), "the fingerprint is kept beside the jar");
        assertTrue(Files.readString(kept).contains(hashed));
        // what is kept is what is read: a forged line with the right header is believed
        String forged = "f".repeat(64);
        List<String> lines = Files.readAllLines(kept);
        Files.write(kept, List.of(lines.get(0), forged));
        assertEquals(forged, GraderVersion.ofJar(jar));
        try (var leftovers = Files.list(folder)) {
            assertEquals(2, leftovers.count(), "the jar and its fingerprint, no partial file left");
        }
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Path plain = Files.writeString(folder.resolve("plain"), "");
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(kept),
                    "readable as any file written here (a temp file's permissions are its owner's only)");
        }
    }

    @Test
    void aRebuiltJarIsHashedAgain() throws IOException {
        Path jar = jar("a.class", "one");
        String first = GraderVersion.ofJar(jar);
        Files.delete(jar);
        jar("a.class", "two");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2_000));
        String second = GraderVersion.ofJar(jar);
        assertNotEquals(first, second, "the kept fingerprint belonged to the jar before the rebuild");
        assertEquals(second, GraderVersion.ofJar(jar));
    }

    @Test
    void aMalformedFileIsNotBelieved() throws IOException {
        Path jar = jar("a.class", "one");
        String hashed = GraderVersion.ofJar(jar);
        Path kept = jar.resolveSibling(GraderVersion.FILE);
        Files.write(kept, List.of(Files.readAllLines(kept).get(0), "not a fingerprint"));
        assertEquals(hashed, GraderVersion.ofJar(jar));
    }

    private Path jar(String entry, String content) throws IOException {
        Path jar = folder.resolve("nngrade.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("nngrade/" + entry));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
