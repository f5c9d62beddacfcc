package nngrade.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill the grader with SIGKILL in the middle of a batch, rerun it, and the gradebook has every
 * student exactly once with the same scores as an uninterrupted run.
 */
class KillAndResumeTest {

    private static final Set<String> PROBLEMS = Set.of("act.relu", "act.step");
    private static final long SEED = 1;
    private static final int STUDENTS = 6;
    private static final Limits LIMITS = new Limits(Duration.ofSeconds(900), Duration.ofSeconds(10), 256, 20);

    @TempDir
    Path dir;

    @Test
    void aKilledBatchResumesToTheSameGradebook() throws Exception {
        Path subs = makeSubmissions();
        Path uninterrupted = dir.resolve("uninterrupted");
        grade(subs, uninterrupted);

        Path resumed = dir.resolve("resumed");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Process grader = startGraderProcess(subs, resumed, tmp);
        int doneBeforeKill = waitForResults(resumed.resolve("results"), 2);
        grader.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
        grader.waitFor(30, TimeUnit.SECONDS);
        int afterKill = countResults(resumed.resolve("results"));
        assertTrue(doneBeforeKill >= 2 && afterKill < STUDENTS, "the kill must land mid-batch: " + afterKill);

        BatchGrader.Totals totals = grade(subs, resumed);
        assertEquals(STUDENTS - afterKill, totals.graded(), "the rerun grades only what the killed run left");

        List<String> expected = Files.readAllLines(uninterrupted.resolve("gradebook.csv"));
        assertEquals(STUDENTS + 2, expected.size()); // the header and the maximum points first
        assertEquals(expected, Files.readAllLines(resumed.resolve("gradebook.csv")));
    }

    /** Students whose act.relu differs, so their scores differ. */
    private Path makeSubmissions() throws IOException {
        Path subs = dir.resolve("submissions");
        String[] backward = {"x[i] > 0 ? dy[i] : 0", "dy[i]", "x[i] > 0 ? 2 * dy[i] : 0", "x[i] >= 0 ? dy[i] : 0",
            "0", "x[i] < 0 ? dy[i] : 0"};
        for (int s = 0; s < STUDENTS; s++) {
            String relu = Submissions.relu("", "").replace("x[i] > 0 ? dy[i] : 0", backward[s]);
            Submissions.withRelu(subs, "student" + s, relu);
        }
        return subs;
    }

    private static BatchGrader.Totals grade(Path subs, Path out) throws Exception {
        return Submissions.grade(subs, out, new BatchRequest(PROBLEMS, SEED, true), LIMITS, 1);
    }

    /** @param tmp its temporary directory: a SIGKILL leaves the run's folder there, and the test's own folder holds it */
    private static Process startGraderProcess(Path subs, Path out, Path tmp) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                "nngrade.cli.Main", "grade",
                subs.toString(), "--out", out.toString(), "--jobs", "1", "--seed", String.valueOf(SEED),
                "--problem", "act.relu", "--problem", "act.step", "--template", Submissions.TEMPLATE.toString(),
                // the same limits as the in-process runs, so their results count as up to date
                "--timeout", String.valueOf(LIMITS.submissionTimeout().toSeconds()),
                "--check-timeout", String.valueOf(LIMITS.checkTimeout().toSeconds()),
                "--memory", String.valueOf(LIMITS.heapMegabytes()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static int waitForResults(Path results, int atLeast) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            int n = countResults(results);
            if (n >= atLeast) {
                return n;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the grader wrote no results in time");
    }

    private static int countResults(Path results) throws IOException {
        if (!Files.isDirectory(results)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(results)) {
            return (int) files.filter(p -> p.toString().endsWith(".json")).count();
        }
    }
}
