package nngrade.engine;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The jar this grader runs from, and what tells one build of it from another. The files made
 * beside it at package time (the predicted calls, the index of check classes) and what `check`
 * keeps of its compilations belong to one build: known by the jar's size and modification time.
 */
public final class GraderJar {

    private GraderJar() {
    }

    /** @return the jar {@code type} was loaded from, if it was loaded from a jar file (not a folder of classes) */
    public static Optional<Path> of(Class<?> type) {
        try {
            Path jar = locationOf(type);
            return Files.isRegularFile(jar) && jar.toString().endsWith(".jar") ? Optional.of(jar) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * @return where {@code type} was loaded from: the grader's jar, or in a development build the
     *     folder of classes of its module
     * @throws IllegalStateException if that is not a path (a class of the JDK has none)
     */
    public static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("where " + type.getName() + " was loaded from is not a path", e);
        }
    }

    /** @return the build of {@code jar}: its size and modification time in milliseconds, "SIZE\tMILLIS" */
    public static String build(Path jar) throws IOException {
        return Files.size(jar) + "\t" + Files.getLastModifiedTime(jar).toMillis();
    }
}
