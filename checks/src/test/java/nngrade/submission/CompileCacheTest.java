package nngrade.submission;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiled classes kept by what they were compiled from, found again only for the same. */
public class CompileCacheTest {

    @TempDir
    Path dir;

    private Path sources() throws IOException {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("nngrade/student"));
        Files.writeString(src.resolve("nngrade/student/Relu.java"), "class Relu {}");
        Files.writeString(src.resolve("nngrade/student/Tanh.java"), "class Tanh {}");
        return src;
    }

    private Compilation compiled(String name, List<SetAside> setAside) throws IOException {
        Path classes = dir.resolve(name);
        Files.createDirectories(classes.resolve("nngrade/student"));
        Files.write(classes.resolve("nngrade/student/Relu.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, 1, 2});
        return new Compilation(classes, setAside, List.of("nngrade/student/Elu.java"));
    }

    @Test
    void theKeyChangesWithAnyJavaFileAndWithTheGraderOnly() throws IOException {
        Path src = sources();
        CompileCache cache = new CompileCache(dir.resolve("cache"), "grader 1");
        String key = cache.key(src);
        assertEquals(key, cache.key(src));
        Files.writeString(src.resolve("notes.txt"), "not compiled");
        assertEquals(key, cache.key(src));
        Files.writeString(src.resolve("nngrade/student/Tanh.java"), "class Tanh { }");
        assertNotEquals(key, cache.key(src));
        Files.writeString(src.resolve("nngrade/student/Tanh.java"), "class Tanh {}");
        assertEquals(key, cache.key(src));
        assertNotEquals(key, new CompileCache(dir.resolve("cache"), "grader 2").key(src));
        Files.move(src.resolve("nngrade/student/Tanh.java"), src.resolve("nngrade/student/Tanh2.java"));
        assertNotEquals(key, cache.key(src));
    }

    @Test
    void aKeptCompilationIsFoundWithItsClassesAndItsFilledInFiles() throws IOException {
        CompileCache cache = new CompileCache(dir.resolve("cache"), "grader 1");
        String key = cache.key(sources());
        assertEquals(Optional.empty(), cache.find(key, Files.createDirectories(dir.resolve("w0"))));
        cache.keep(key, compiled("classes", List.of()));
        Compilation found = cache.find(key, Files.createDirectories(dir.resolve("w1"))).orElseThrow();
        assertTrue(found.classes().startsWith(dir.resolve("w1")), found.classes().toString());
        assertArrayEquals(new byte[] {(byte) 0xCA, (byte) 0xFE, 1, 2},
                Files.readAllBytes(found.classes().resolve("nngrade/student/Relu.class")));
        assertEquals(List.of("nngrade/student/Elu.java"), found.filledIn());
        assertEquals(List.of(), found.setAside());
    }

    @Test
    void aCompilationThatSetSomethingAsideIsNotKept() throws IOException {
        CompileCache cache = new CompileCache(dir.resolve("cache"), "grader 1");
        String key = cache.key(sources());
        cache.keep(key, compiled("classes", List.of(new SetAside("nngrade/student/Tanh.java", "does not compile",
                List.of()))));
        assertEquals(Optional.empty(), cache.find(key, Files.createDirectories(dir.resolve("w"))));
    }

    @Test
    void atMostAFewAreKeptTheLeastRecentlyUsedDroppedFirst() throws IOException {
        CompileCache cache = new CompileCache(dir.resolve("cache"), "grader 1");
        Compilation c = compiled("classes", List.of());
        for (int i = 0; i < CompileCache.KEPT + 3; i++) {
            cache.keep("key" + i, c);
            Files.setLastModifiedTime(dir.resolve("cache/key" + i),
                    java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        cache.keep("last", c);
        try (Stream<Path> kept = Files.list(dir.resolve("cache"))) {
            assertEquals(CompileCache.KEPT, kept.count());
        }
        assertTrue(cache.find("last", Files.createDirectories(dir.resolve("w"))).isPresent());
        assertEquals(Optional.empty(), cache.find("key0", Files.createDirectories(dir.resolve("w2"))));
    }
}
