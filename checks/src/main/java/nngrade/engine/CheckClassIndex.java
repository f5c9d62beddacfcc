package nngrade.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The check classes and the problem each one checks, as scanning the checks' jar finds them, kept
 * in a file beside the jar when the grader is packaged. Scanning loads and inspects every class of
 * the checks (0.4 s of every `check`, `grade` and examiner start); with the file, a run that
 * checks one problem loads only that problem's classes.
 *
 * <p>It belongs to the jar it was made from, known by the jar's size and modification time; for
 * any other jar, or when the checks are not in a jar at all (tests, an IDE), the jar is scanned
 * as without it.
 *
 * <p>Format (UTF-8 text): a header line (magic, the jar's size, its modification time in
 * milliseconds, tab-separated), then one line per class: its name, a tab, its problem id.
 */
public final class CheckClassIndex {

    static final String FILE = "nngrade-check-classes.tsv";
    private static final String MAGIC = "nngrade check classes 1";

    /** A class that holds checks, and the problem they check. */
    record Entry(String className, String problemId) {
    }

    private CheckClassIndex() {
    }

    /**
     * @param checksRoot where the checks were loaded from; not modified
     * @return the index beside it if it is a jar and the index was made from that very jar
     */
    static Optional<List<Entry>> besideTheJar(Path checksRoot) {
        Optional<List<String>> lines = JarIndexFile.read(checksRoot, FILE, MAGIC);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        for (String line : lines.get()) {
            String[] f = line.split("\t", -1);
            if (f.length != 2 || f[0].isEmpty() || f[1].isEmpty()) {
                return Optional.empty();
            }
            entries.add(new Entry(f[0], f[1]));
        }
        return Optional.of(List.copyOf(entries));
    }

    /**
     * Writes the index of {@code entries} for {@code jar}.
     *
     * @param file    the file to write (replaced); modified
     * @param jar     the jar the classes were found in; not modified
     * @param entries the classes in the order the scan found them; not modified
     * @throws IllegalStateException if one names no problem (nothing is written)
     */
    static void write(Path file, Path jar, List<Entry> entries) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Entry e : entries) {
            if (e.problemId() == null) {
                throw new IllegalStateException("check class " + e.className() + " names no problem (@ProblemId)");
            }
            lines.add(e.className() + "\t" + e.problemId());
        }
        JarIndexFile.write(file, jar, MAGIC, lines);
    }

    /**
     * Made at package time: {@code CheckClassIndex OUTPUT.tsv JAR}, run with the checks loaded from JAR.
     *
     * @throws IllegalStateException if a check class names no problem (then nothing is written)
     */
    public static void main(String[] args) throws IOException {
        List<Entry> entries = Grader.scanCheckClasses();
        write(Path.of(args[0]), Path.of(args[1]), entries);
        System.out.printf("%d check classes written to %s%n", entries.size(), args[0]);
    }
}
