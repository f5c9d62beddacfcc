package nngrade.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/** A stand-in for the grader's jar, for the files made beside it: only its size and time matter. */
final class FakeJar {

    static final long MADE_AT = 1_700_000_000_000L;

    private FakeJar() {
    }

    /** @return dir/nngrade.jar, 1234 bytes, modified at {@link #MADE_AT} */
    static Path in(Path dir) throws IOException {
        Path jar = dir.resolve("nngrade.jar");
        Files.write(jar, new byte[1234]);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(MADE_AT));
        return jar;
    }

    /** Makes the jar another build's: first modified later, then the same time with another size. */
    static void rebuilt(Path jar, Runnable check) throws IOException {
        Files.setLastModifiedTime(jar, FileTime.fromMillis(MADE_AT + 1_000));
        check.run();
        Files.write(jar, new byte[1235]); // rebuilt in the same millisecond, another size
        Files.setLastModifiedTime(jar, FileTime.fromMillis(MADE_AT));
        check.run();
    }
}
