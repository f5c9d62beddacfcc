package nngrade.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import nngrade.engine.Grader;
import nngrade.engine.GraderJar;
import nngrade.engine.JarIndexFile;
import nngrade.problems.Solutions;

/**
 * The grader's own code, by content: every class and resource of the checks, the engine, the
 * contract, the reference and the bundled template, hashed entry by entry (names and bytes, not
 * the jar's timestamps; the bundled libraries by checksum and size), so a rebuild of the same code
 * keeps the version and any change to a check or a library changes it. A result graded by another version is regraded.
 *
 * <p>Hashing the jar took 0.18 s of every {@code grade} run's start, before anything else could
 * begin; so the fingerprint of a jar is kept beside it ({@value #FILE}, made on first use and
 * believed only for that very jar, as {@link JarIndexFile} checks), and a folder with no room for
 * it (a read-only handout) only costs the hashing again.
 */
final class GraderVersion {

    private static final String REFERENCE = "nngrade.reference.ReferenceSolutions";
    /**
     * In a jar, the grader's own entries are hashed by their bytes; the libraries bundled with it
     * (50 MB inflated, which took seconds of every {@code grade} run's start to hash) by each
     * entry's CRC-32 and size, read from the jar's directory without inflating anything: a
     * different library version changes them, and that is all a version needs to notice.
     */
    private static final String OWN_CODE = "nngrade/";
    static final String FILE = "nngrade-version.tsv";
    private static final String MAGIC = "nngrade grader fingerprint 1";
    private static String fingerprint;

    private GraderVersion() {
    }

    /** @return the SHA-256 of the grader's code, computed once per JVM */
    static synchronized String fingerprint() {
        if (fingerprint == null) {
            Set<Path> locations = locations();
            Path only = locations.iterator().next();
            fingerprint = locations.size() == 1 && Files.isRegularFile(only) ? ofJar(only) : hashed(locations);
        }
        return fingerprint;
    }

    /** @return the fingerprint of a jar holding the whole grader: kept beside it, or hashed and then kept */
    static String ofJar(Path jar) {
        Optional<String> known = kept(jar);
        if (known.isPresent()) {
            return known.get();
        }
        String print = hashed(Set.of(jar));
        keep(jar, print);
        return print;
    }

    /** @return the fingerprint kept beside this very jar, if any */
    private static Optional<String> kept(Path jar) {
        return JarIndexFile.read(jar, FILE, MAGIC)
                .filter(lines -> lines.size() == 1 && lines.get(0).matches("[0-9a-f]{64}"))
                .map(lines -> lines.get(0));
    }

    /** Keeps a jar's fingerprint beside it, unless the folder is read-only. */
    private static void keep(Path jar, String print) {
        try {
            JarIndexFile.write(jar.resolveSibling(FILE), jar, MAGIC, List.of(print)); // a reader sees all or nothing
        } catch (IOException | RuntimeException readOnly) {
            // hashed again next time
        }
    }

    private static String hashed(Set<Path> locations) {
        Digest digest = new Digest();
        try {
            for (Path location : locations) {
                add(location, digest);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return digest.hex();
    }

    /** @return where the checks, the contract and the reference were loaded from (one jar, or class folders) */
    private static Set<Path> locations() {
        Set<Path> where = new LinkedHashSet<>();
        where.add(GraderJar.locationOf(Grader.class));
        where.add(GraderJar.locationOf(Solutions.class));
        try {
            where.add(GraderJar.locationOf(Class.forName(REFERENCE)));
        } catch (ClassNotFoundException e) {
            // a student's handout has no reference
        }
        return where;
    }

    private static void add(Path location, Digest digest) throws IOException {
        if (Files.isDirectory(location)) {
            try (Stream<Path> walk = Files.walk(location)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    digest.add(location.relativize(f).toString().replace('\\', '/')).add(Files.readAllBytes(f));
                }
            }
            return;
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            for (JarEntry e : Collections.list(jar.entries()).stream()
                    .sorted(Comparator.comparing(JarEntry::getName)).toList()) {
                if (e.isDirectory()) {
                    continue;
                }
                digest.add(e.getName());
                if (e.getName().startsWith(OWN_CODE) || e.getCrc() < 0 || e.getSize() < 0) {
                    try (InputStream in = jar.getInputStream(e)) {
                        digest.add(in.readAllBytes());
                    }
                } else {
                    digest.add(e.getCrc() + ":" + e.getSize());
                }
            }
        }
    }
}
