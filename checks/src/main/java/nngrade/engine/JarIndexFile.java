package nngrade.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * A text file made beside the grader's jar at package time, which belongs to that very jar: its
 * first line names what it holds (magic) and the jar's size and modification time, so that a
 * file left from another build, or checks run from a folder (tests, an IDE), is never believed.
 * The indexes of check classes ({@link CheckClassIndex}) and of checks ({@link CheckPlanIndex}),
 * and the grader's fingerprint (nngrade.batch.GraderVersion).
 */
public final class JarIndexFile {

    private JarIndexFile() {
    }

    /**
     * @param jar   where the checks were loaded from; not modified
     * @param name  the file's name beside it
     * @param magic what the file holds, as its writer names it
     * @return the lines after the header, if {@code jar} is a jar and the file was made from it
     */
    public static Optional<List<String>> read(Path jar, String name, String magic) {
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(jar.resolveSibling(name), StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(header(jar, magic))) {
                return Optional.empty();
            }
            return Optional.of(lines.subList(1, lines.size()));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Writes the file whole into a temporary file beside it, then moves that into its place in one
     * step: a grader reading it meanwhile (another job, another run) sees the old file or the new
     * one, never half of one.
     *
     * @param file  the file to write (replaced); modified
     * @param jar   the jar it belongs to; not modified
     * @param magic what the file holds
     * @param lines the lines after the header, each without its line break; not modified
     */
    public static void write(Path file, Path jar, String magic, List<String> lines) throws IOException {
        StringBuilder text = new StringBuilder(header(jar, magic)).append('\n');
        lines.forEach(line -> text.append(line).append('\n'));
        // a name of this writer's own, made with the umask's permissions (a temp file's are the owner's only)
        Path partial = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Thread.currentThread().getId() + ".partial");
        try {
            Files.writeString(partial, text, StandardCharsets.UTF_8); // one left by a writer that died is replaced
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static String header(Path jar, String magic) throws IOException {
        return magic + "\t" + GraderJar.build(jar);
    }
}
