package nngrade.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * One student's submission in the batch folder: a folder, or a .zip of one, named by the
 * student's id. Its sources are wherever nngrade/student/StudentSolutions.java sits (a Maven
 * layout, a bare source folder, or a zip with one top folder all work).
 */
record SubmissionFolder(String student, Path path) {

    private static final String FACTORY = "nngrade/student/StudentSolutions.java";
    /** Limits on what a zip may unpack to. */
    private static final long MAX_UNZIPPED_BYTES = 50L << 20;
    private static final int MAX_ENTRIES = 10_000;

    /** @return every submission in the folder, sorted by student id */
    static List<SubmissionFolder> list(Path submissions) throws IOException {
        List<SubmissionFolder> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(submissions)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    found.add(new SubmissionFolder(safeId(name), p));
                } else if (name.endsWith(".zip")) {
                    found.add(new SubmissionFolder(safeId(name.substring(0, name.length() - 4)), p));
                }
            }
        }
        return found;
    }

    /** @return the student id, reduced to characters safe in a file name */
    static String safeId(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** @return the folder of Java sources, unzipped into {@code work} first if need be */
    Path sources(Path work) throws IOException {
        Path root = Files.isDirectory(path) ? path : unzip(path, work.resolve("unzipped"));
        return sourceRoot(root).orElse(root);
    }

    private static Optional<Path> sourceRoot(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().replace('\\', '/').endsWith(FACTORY))
                    .findFirst()
                    .map(p -> p.getParent().getParent().getParent());
        }
    }

    private static Path unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        long total = 0;
        int count = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (++count > MAX_ENTRIES) {
                    throw new IOException("the zip has more than " + MAX_ENTRIES + " entries");
                }
                Path out = target.resolve(e.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("the zip entry " + e.getName() + " points outside the submission");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                total += copyCapped(in, out, MAX_UNZIPPED_BYTES - total);
            }
        }
        return target;
    }

    private static long copyCapped(InputStream in, Path out, long room) throws IOException {
        byte[] buffer = new byte[8192];
        long written = 0;
        try (var os = Files.newOutputStream(out)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                written += n;
                if (written > room) {
                    throw new IOException("the zip unpacks to more than " + (MAX_UNZIPPED_BYTES >> 20) + " MB");
                }
                os.write(buffer, 0, n);
            }
        }
        return written;
    }
}
