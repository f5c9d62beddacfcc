package nngrade.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Small file operations on source trees, none of which follows a symbolic link. */
public final class SourceFiles {

    private SourceFiles() {
    }

    /**
     * Copies the regular .java files of a tree, keeping their relative paths; links and anything
     * else are not copied.
     *
     * @param from the tree; not modified
     * @param to   the copy; created if missing
     */
    static void copyJava(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        Set<Path> made = new HashSet<>();
        for (String file : relativeJavaFiles(from)) {
            Path target = to.resolve(file);
            createParent(target, made);
            Files.copy(from.resolve(file), target, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /**
     * Copies every template file that {@code src} lacks into it.
     *
     * @param src      a source tree; modified
     * @param template the template's source tree; not modified
     * @return the files copied, relative paths
     */
    static List<String> fillMissing(Path src, Path template) throws IOException {
        List<String> filled = new ArrayList<>();
        for (String file : relativeJavaFiles(template)) {
            Path target = src.resolve(file);
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(target.getParent());
                Files.copy(template.resolve(file), target);
                filled.add(file);
            }
        }
        return filled;
    }

    /** @return the regular .java files under {@code root} (links not followed), relative, '/' separated, sorted */
    public static List<String> relativeJavaFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".java")
                            && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> SubmissionCompiler.relative(root, p)).sorted().toList();
        }
    }

    /**
     * Copies every regular file of a tree, creating the folders they need.
     *
     * @param from the tree; not modified
     * @param to   where its files go, at the same relative paths (an existing file is replaced); modified
     */
    public static void copyTree(Path from, Path to) throws IOException {
        Set<Path> made = new HashSet<>();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                createParent(target, made);
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * Creates the folder of {@code file} unless this copy made it already: asking again for every
     * file cost a failed mkdir and an exception each, most of the time `check` spends copying.
     *
     * @param made the folders this copy has made; modified
     */
    static void createParent(Path file, Set<Path> made) throws IOException {
        Path parent = file.getParent();
        if (made.add(parent)) {
            Files.createDirectories(parent);
        }
    }

    /** Deletes a tree if it exists, without following links out of it. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
