package nngrade.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each hostile behaviour costs the checks it hits and nothing else: act.relu misbehaves, act.step
 * is correct, and act.step keeps its full marks while the batch goes on.
 */
class HostileSubmissionsTest {

    private static final Set<String> PROBLEMS = Set.of("act.relu", "act.step");
    private static final Limits LIMITS = new Limits(Duration.ofSeconds(900), Duration.ofSeconds(4), 128, 20);

    @TempDir
    static Path dir;
    private static Path out;

    @BeforeAll
    static void gradeTheHostileBatch() throws Exception {
        Path subs = dir.resolve("submissions");
        Submissions.withRelu(subs, "control", Submissions.relu("", ""));
        Submissions.withRelu(subs, "loop", Submissions.relu("while (x.length > 0) { Thread.onSpinWait(); }", ""));
        Submissions.withRelu(subs, "oom", Submissions.relu(
                "java.util.List<double[]> hog = new java.util.ArrayList<>(); for (int i = 0; i >= 0; i++) { hog.add(new double[1 << 21]); }", ""));
        Submissions.withRelu(subs, "recursion", Submissions.relu("deeper(0);",
                "private int deeper(int n) { return deeper(n + 1) + 1; }"));
        Submissions.withRelu(subs, "exit", Submissions.relu("System.exit(3);", ""));
        Submissions.withRelu(subs, "thread", Submissions.relu("",
                "{ Thread t = new Thread(() -> { while (true) { try { Thread.sleep(1000); } catch (InterruptedException e) { } } }); t.start(); }"));
        Submissions.withRelu(subs, "flood", Submissions.relu("",
                "{ for (int i = 0; i < 20000; i++) { System.out.println(\"flood \".repeat(50)); } }"));
        Submissions.withRelu(subs, "constructor", Submissions.relu("",
                "public Relu() { throw new IllegalStateException(\"boom\"); }"));
        Submissions.withRelu(subs, "cheat", Submissions.relu("""
                try {
                    Object ref = Class.forName("nngrade.reference.ReferenceSolutions", true,
                            ClassLoader.getSystemClassLoader()).getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException e) { throw new RuntimeException(e); }
                """, ""));
        out = dir.resolve("out");
        Submissions.grade(subs, out, new BatchRequest(PROBLEMS, 1, true), LIMITS, 2);
    }

    @Test
    void theControlGetsFullMarks() throws IOException {
        assertEquals(score("control", "act.relu"), max("control", "act.relu"));
        assertStepIntact("control");
    }

    @Test
    void anInfiniteLoopIsStoppedAndCostsOnlyItsChecks() throws IOException {
        assertLosesRelu("loop", "did not finish within 4 s");
    }

    @Test
    void runningOutOfMemoryCostsOnlyItsChecks() throws IOException {
        assertLosesRelu("oom", "ran out of memory");
    }

    @Test
    void aStackOverflowCostsOnlyItsChecks() throws IOException {
        assertLosesRelu("recursion", "StackOverflowError");
    }

    @Test
    void systemExitIsRefused() throws IOException {
        assertLosesRelu("exit", "System.exit");
    }

    @Test
    void aThreadThatNeverEndsDoesNotStopTheBatch() throws IOException {
        assertEquals(score("thread", "act.relu"), max("thread", "act.relu"));
        assertStepIntact("thread");
    }

    @Test
    void aFloodOfOutputIsCappedAndQuoted() throws IOException {
        assertEquals(score("flood", "act.relu"), max("flood", "act.relu"));
        Path file = out.resolve("results/flood.json");
        assertTrue(Files.size(file) < 200_000, "the result file stays small: " + Files.size(file));
        assertTrue(Files.readString(file).contains("more bytes of output cut"));
        assertStepIntact("flood");
    }

    @Test
    void anExceptionInAConstructorCostsOnlyItsChecks() throws IOException {
        assertLosesRelu("constructor", "boom");
    }

    @Test
    void theReferenceIsOutOfReach() throws IOException {
        assertLosesRelu("cheat", "SecurityException");
    }

    @Test
    void everyStudentIsInTheGradebookOnce() throws IOException {
        var lines = Files.readAllLines(out.resolve("gradebook.csv"));
        assertEquals(11, lines.size(), String.join("\n", lines)); // the header, the maximum points, 9 students
        assertTrue(Files.readString(out.resolve("summary.txt")).contains("9 submissions graded"));
    }

    private static void assertLosesRelu(String student, String reason) throws IOException {
        assertTrue(score(student, "act.relu") < max(student, "act.relu"), student + " must lose points on act.relu");
        String text = Files.readString(out.resolve("results/" + student + ".json"));
        assertTrue(text.contains(reason), student + ": the report should say " + reason + ":\n" + text);
        assertStepIntact(student);
    }

    private static void assertStepIntact(String student) throws IOException {
        assertEquals(max(student, "act.step"), score(student, "act.step"), student + " must keep act.step");
    }

    private static double score(String student, String problem) throws IOException {
        return problem(student, problem).get("score").asDouble();
    }

    private static double max(String student, String problem) throws IOException {
        return problem(student, problem).get("max_score").asDouble();
    }

    private static JsonNode problem(String student, String problem) throws IOException {
        JsonNode r = new ObjectMapper().readTree(out.resolve("results/" + student + ".json").toFile());
        return r.get("extra_data").get("problems").get(problem);
    }
}
