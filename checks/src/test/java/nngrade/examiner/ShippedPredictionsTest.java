package nngrade.examiner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The predictions made at package time come back as written, and only for the jar they were made from. */
class ShippedPredictionsTest {

    @TempDir
    Path dir;

    @Test
    void predictionsComeBackAsWrittenForTheirOwnJar() throws IOException {
        Path jar = jar("the grader's classes");
        Path file = dir.resolve(ShippedPredictions.FILE);
        List<byte[]> first = List.of(new byte[] {1, 2, 3}, new byte[0], new byte[70_000]);
        try (ShippedPredictions.Writer w = new ShippedPredictions.Writer(file, jar)) {
            w.add("7 act.relu: agrees with the reference", first);
            w.add("7 act.step: ünïcode in a name", List.of(new byte[] {9}));
        }
        ShippedPredictions p = ShippedPredictions.open(file, jar).orElseThrow();
        List<byte[]> back = p.get("7 act.relu: agrees with the reference").orElseThrow();
        assertEquals(first.size(), back.size());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i), back.get(i));
        }
        assertArrayEquals(new byte[] {9}, p.get("7 act.step: ünïcode in a name").orElseThrow().get(0));
        assertTrue(p.get("8 act.relu: agrees with the reference").isEmpty(), "another seed has no prediction");
    }

    @Test
    void anotherJarIgnoresThem() throws IOException {
        Path jar = jar("the grader's classes");
        Path file = dir.resolve(ShippedPredictions.FILE);
        try (ShippedPredictions.Writer w = new ShippedPredictions.Writer(file, jar)) {
            w.add("7 act.relu: agrees with the reference", List.of(new byte[] {1}));
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
        assertTrue(ShippedPredictions.open(file, jar).isEmpty(), "a rebuilt jar");
        Files.writeString(jar, "other classes, of another length");
        assertTrue(ShippedPredictions.open(file, jar).isEmpty(), "another jar");
        assertTrue(ShippedPredictions.open(dir.resolve("missing.bin"), jar).isEmpty(), "no file");
    }

    private Path jar(String content) throws IOException {
        Path jar = dir.resolve("nngrade.jar");
        Files.writeString(jar, content);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_000L));
        return jar;
    }
}
