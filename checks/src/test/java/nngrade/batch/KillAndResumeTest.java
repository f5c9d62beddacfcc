package nngrade.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        Process grader = startGraderProcess(subs, resumed);
        int doneBeforeKill = waitForResults(resumed.resolve("results"), 2);
        grader.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
        grader.waitFor(30, TimeUnit.SECONDS);
        int afterKill = countResults(resumed.resolve("results"));
        assertTrue(doneBeforeKill >= 2 && afterKill < STUDENTS, "the kill must land mid-batch: " + afterKill);

        grade(subs, resumed);

        List<String> expected = Files.readAllLines(uninterrupted.resolve("gradebook.csv"));
        assertEquals(STUDENTS + 1, expected.size());
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

    private static void grade(Path subs, Path out) throws Exception {
        new BatchGrader(Submissions.TEMPLATE, new BatchRequest(PROBLEMS, SEED, true), LIMITS)
                .run(subs, out, 1, false, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
    }

    private static Process startGraderProcess(Path subs, Path out) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "nngrade.cli.Main", "grade",
                subs.toString(), "--out", out.toString(), "--jobs", "1", "--seed", String.valueOf(SEED),
                "--problem", "act.relu", "--problem", "act.step", "--template", Submissions.TEMPLATE.toString())
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
