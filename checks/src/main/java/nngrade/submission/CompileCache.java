package nngrade.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nngrade.engine.GraderJar;

/**
 * Classes `check` compiled from a student's sources, kept beside the grader's jar and found again
 * by what they were compiled from: the same sources, the same grader (whose jar holds the contract
 * and the template that fills in missing files) and the same Java. Checking again without an edit,
 * another problem say, then skips javac, which is most of a short check's time (1.1 of 1.9 s for
 * `check template --problem act.relu`). After an edit the key differs and everything is compiled
 * again as before.
 *
 * <p>Only compilations where nothing was set aside are kept, and only for the in-process `check`
 * on the student's own machine: a grading never reads this. At most {@value #KEPT} are kept, the
 * least recently used dropped first.
 */
public final class CompileCache {

    static final String FOLDER = "nngrade-compiled";
    static final int KEPT = 4;
    private static final String FILLED_IN = "filled-in.txt";

    private final Path root;
    private final String grader;

    CompileCache(Path root, String grader) {
        this.root = root;
        this.grader = grader;
    }

    /** @return the cache beside the jar this grader runs from, if it runs from a jar in a folder it may write */
    public static Optional<CompileCache> besideTheJar() {
        try {
            Optional<Path> jar = GraderJar.of(CompileCache.class);
            if (jar.isEmpty() || !Files.isWritable(jar.get().getParent())) {
                return Optional.empty();
            }
            return Optional.of(new CompileCache(jar.get().resolveSibling(FOLDER),
                    GraderJar.build(jar.get()) + "\t" + System.getProperty("java.vm.version")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * @param sources the submission's sources; not modified
     * @return the key of their compilation: SHA-256 over the grader and every .java file's path and bytes
     */
    public String key(Path sources) throws IOException {
        MessageDigest sha = sha256();
        sha.update(grader.getBytes(StandardCharsets.UTF_8));
        for (String file : SourceFiles.relativeJavaFiles(sources).stream().sorted().toList()) {
            byte[] name = file.getBytes(StandardCharsets.UTF_8);
            byte[] text = Files.readAllBytes(sources.resolve(file));
            sha.update(("\n" + name.length + " " + text.length + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(name);
            sha.update(text);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * @param key  as {@link #key} made it
     * @param work a private folder; the kept classes are copied into work/classes; modified
     * @return the kept compilation, its classes copied into {@code work}, if there is one
     */
    public Optional<Compilation> find(String key, Path work) throws IOException {
        Path entry = root.resolve(key);
        Path list = entry.resolve(FILLED_IN);
        if (!Files.isRegularFile(list)) {
            return Optional.empty();
        }
        try {
            Path classes = work.resolve("classes");
            SourceFiles.copyTree(entry.resolve("classes"), classes);
            List<String> filledIn = Files.readAllLines(list, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isEmpty()).toList();
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
            return Optional.of(new Compilation(classes, List.of(), filledIn));
        } catch (IOException | UncheckedIOException dropped) {
            return Optional.empty(); // dropped by another run meanwhile: compiled again
        }
    }

    /**
     * Keeps a compilation where nothing was set aside, and drops the least recently used beyond
     * {@value #KEPT}. Failing to write only means the next check compiles again.
     *
     * @param key      as {@link #key} made it
     * @param compiled what was compiled; not modified
     */
    public void keep(String key, Compilation compiled) {
        if (compiled.partly()) {
            return;
        }
        try {
            Files.createDirectories(root);
            Path staging = Files.createTempDirectory(root, ".new-");
            SourceFiles.copyTree(compiled.classes(), staging.resolve("classes"));
            Files.write(staging.resolve(FILLED_IN), compiled.filledIn(), StandardCharsets.UTF_8);
            try {
                Files.move(staging, root.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
                SourceFiles.deleteTree(staging); // another run kept the same
            }
            dropBeyondKept();
        } catch (IOException | UncheckedIOException e) {
            // nothing kept: the next check compiles again
        }
    }

    private void dropBeyondKept() throws IOException {
        List<Path> entries;
        try (Stream<Path> s = Files.list(root)) {
            entries = s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(CompileCache::lastModified).reversed()).toList();
        }
        for (Path old : entries.subList(Math.min(KEPT, entries.size()), entries.size())) {
            SourceFiles.deleteTree(old);
        }
    }

    private static FileTime lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
