package nngrade.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nngrade.checks.api.Anchor;
import nngrade.problems.Catalogue;

/**
 * Every check there is, in the order JUnit runs them, with what grading needs to know of it before
 * it runs (problem, name, weight, instructor-only, anchor), kept in a file beside the jar when the
 * grader is packaged. A plan is otherwise a JUnit discovery of every check class, which loads and
 * inspects all of them: 0.7 s of CPU before a batch's parent can hand out its first submission, and
 * again in every examiner that starts. With the file, a plan is that list, filtered as the request
 * asks ({@link #select}).
 *
 * <p>It belongs to the jar it was made from, known by the jar's size and modification time (as
 * {@link CheckClassIndex}); for any other jar, or when the checks are not in a jar at all (tests,
 * an IDE), plans are discovered as without it.
 *
 * <p>Format (UTF-8 text): a header line (magic, the jar's size, its modification time in
 * milliseconds, tab-separated), then one line per check: problem id, name, weight, "instructor" or
 * "public", anchor, tab-separated.
 */
public final class CheckPlanIndex {

    static final String FILE = "nngrade-check-plan.tsv";
    private static final String MAGIC = "nngrade check plan 1";
    private static final String INSTRUCTOR = "instructor";
    private static final String PUBLIC = "public";

    private CheckPlanIndex() {
    }

    /**
     * @param checksRoot where the checks were loaded from; not modified
     * @return every check, from the index beside it if it is a jar and the index was made from that
     *     very jar
     */
    static Optional<List<PlannedCheck>> besideTheJar(Path checksRoot) {
        Optional<List<String>> lines = JarIndexFile.read(checksRoot, FILE, MAGIC);
        try {
            return lines.map(l -> l.stream().map(CheckPlanIndex::parse).toList());
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** @throws IllegalArgumentException if the line is not one the writer writes */
    private static PlannedCheck parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 5 || f[0].isEmpty() || f[1].isEmpty() || !(f[3].equals(INSTRUCTOR) || f[3].equals(PUBLIC))) {
            throw new IllegalArgumentException("not a check: " + line);
        }
        return new PlannedCheck(f[0], f[1], Integer.parseInt(f[2]), f[3].equals(INSTRUCTOR), Anchor.valueOf(f[4]));
    }

    /**
     * @param all     every check, in the order they run; not modified
     * @param request what to run; not modified
     * @return the checks of {@code all} the request runs, in the same order: what discovering the
     *     request's checks gives (a test compares the two)
     */
    static List<PlannedCheck> select(List<PlannedCheck> all, GradeRequest request) {
        return all.stream().filter(c -> request.runs(c.problemId(), c.name(), c.needsReference())).toList();
    }

    /**
     * Writes the index of {@code checks} for {@code jar}.
     *
     * @param file   the file to write (replaced); modified
     * @param jar    the jar the checks were found in; not modified
     * @param checks every check, in the order they run; not modified
     * @throws IllegalArgumentException if a name holds a tab or a line break (nothing is written)
     */
    static void write(Path file, Path jar, List<PlannedCheck> checks) throws IOException {
        List<String> lines = new ArrayList<>();
        for (PlannedCheck c : checks) {
            if ((c.problemId() + c.name()).matches("(?s).*[\t\r\n].*")) {
                throw new IllegalArgumentException("a check's id or name holds a tab or line break: " + c.key());
            }
            lines.add(c.problemId() + "\t" + c.name() + "\t" + c.weight() + "\t" + (c.needsReference() ? INSTRUCTOR : PUBLIC)
                    + "\t" + c.anchor().name());
        }
        JarIndexFile.write(file, jar, MAGIC, lines);
    }

    /** Made at package time: {@code CheckPlanIndex OUTPUT.tsv JAR}, run with the checks loaded from JAR. */
    public static void main(String[] args) throws IOException {
        List<PlannedCheck> checks = new Grader(Catalogue.load()).discoverEveryCheck();
        write(Path.of(args[0]), Path.of(args[1]), checks);
        System.out.printf("%d checks written to %s%n", checks.size(), args[0]);
    }
}
