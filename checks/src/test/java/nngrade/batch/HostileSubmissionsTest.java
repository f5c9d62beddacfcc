package nngrade.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each hostile behaviour costs the checks it hits and nothing else: act.relu misbehaves, act.step
 * is correct, and act.step keeps its full marks while the batch goes on.
 */
public class HostileSubmissionsTest {

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
        for (Map.Entry<String, String> theft : THEFTS.entrySet()) {
            Submissions.withRelu(subs, "steal-" + theft.getKey(), Submissions.stealing(theft.getValue()));
        }
        Submissions.withRelu(subs, "forge", Submissions.relu(forging(dir.resolve("out")), ""));
        Submissions.withRelu(subs, "huge-message", Submissions.relu(
                "if (x.length >= 0) { throw new IllegalStateException(\"x\".repeat(8 << 20)); }", ""));
        Submissions.withRelu(subs, "javac-bomb", Submissions.relu("", compilerBomb(12)));
        out = dir.resolve("out");
        Submissions.grade(subs, out, new BatchRequest(PROBLEMS, 1, true), LIMITS, 2);
    }

    @Test
    void theControlGetsFullMarks() throws IOException {
        assertEquals(Submissions.score(out, "control", "act.relu"), Submissions.maxScore(out, "control", "act.relu"));
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
        assertEquals(Submissions.score(out, "thread", "act.relu"), Submissions.maxScore(out, "thread", "act.relu"));
        assertStepIntact("thread");
    }

    @Test
    void aFloodOfOutputIsCappedAndQuoted() throws IOException {
        assertEquals(Submissions.score(out, "flood", "act.relu"), Submissions.maxScore(out, "flood", "act.relu"));
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
        int students = 9 + THEFTS.size() + 3;
        assertEquals(students + 2, lines.size(), String.join("\n", lines)); // the header, the maximum points, the students
        assertTrue(Files.readString(out.resolve("summary.txt")).contains(students + " submissions graded"));
    }

    /**
     * The reference and the engine are absent from the submission's JVM, not hidden: every route
     * a JDK offers to a class by name comes back empty-handed (or is refused first).
     */
    @ParameterizedTest
    @MethodSource("thefts")
    void theReferenceAndTheEngineAreNotInTheSubmissionsJvm(String theft) throws IOException {
        String student = "steal-" + theft;
        assertEquals(0.0, Submissions.score(out, student, "act.relu"), student + " must earn nothing on act.relu");
        String text = Files.readString(out.resolve("results/" + student + ".json"));
        assertTrue(text.contains("theft failed"), text);
        assertStepIntact(student);
    }

    static Stream<String> thefts() {
        return THEFTS.keySet().stream();
    }

    @Test
    void aResultCannotBeForgedThroughAnyStreamFileDescriptorOrShutdownHook() throws IOException {
        assertTrue(Submissions.score(out, "forge", "act.relu") < Submissions.maxScore(out, "forge", "act.relu"));
        assertStepIntact("forge");
        JsonNode forged = Submissions.result(out, "forge");
        double sum = 0;
        for (JsonNode t : forged.get("tests")) {
            sum += t.get("score").asDouble();
        }
        assertEquals(sum, forged.get("score").asDouble(), 1e-3, "the score is the sum of the checks the grader ran");
        assertTrue(!Files.exists(out.resolve("results/forged-by-student.json")));
    }

    @Test
    void anEightMegabyteMessageOnEveryCallCostsOnlyItsChecks() throws IOException {
        assertTrue(Submissions.score(out, "huge-message", "act.relu")
                < Submissions.maxScore(out, "huge-message", "act.relu"));
        assertTrue(Files.size(out.resolve("results/huge-message.json")) < 200_000);
        assertStepIntact("huge-message");
    }

    /** The ways a submission might try to reach the reference or the engine by name. */
    private static final Map<String, String> THEFTS = new TreeMap<>(Map.of(
            "java-beans", "found = java.beans.Beans.instantiate(null, REFERENCE);",
            "java-beans-expression", "found = ((Class<?>) new java.beans.Expression(Class.class, \"forName\", "
                    + "new Object[] {REFERENCE}).getValue()).getDeclaredConstructor().newInstance();",
            "class-for-name", "found = Class.forName(REFERENCE).getDeclaredConstructor().newInstance();",
            "system-class-loader", "found = ClassLoader.getSystemClassLoader().loadClass(REFERENCE)"
                    + ".getDeclaredConstructor().newInstance();",
            "method-handles", "found = java.lang.invoke.MethodHandles.lookup().findClass(REFERENCE)"
                    + ".getDeclaredConstructor().newInstance();",
            "service-loader", "for (Object s : java.util.ServiceLoader.load(nngrade.problems.Solutions.class, "
                    + "ClassLoader.getSystemClassLoader())) { found = s; } "
                    + "if (found == null) { throw new IllegalStateException(\"no Solutions service\"); }",
            "url-class-loader", "found = new java.net.URLClassLoader(new java.net.URL[] {new java.io.File(\""
                    + Path.of("../reference/target/classes").toAbsolutePath().normalize()
                    + "\").toURI().toURL()}).loadClass(REFERENCE).getDeclaredConstructor().newInstance();",
            "resource", "java.io.InputStream in = ClassLoader.getSystemResourceAsStream("
                    + "\"nngrade/reference/ReferenceSolutions.class\"); "
                    + "if (in == null) { throw new IllegalStateException(\"no such resource\"); } found = in;",
            "engine-state", "Class<?> subjects = Class.forName(ENGINE); "
                    + "found = subjects.getMethod(\"reference\").invoke(null);"));

    /** @return a forward prelude that tries every way to write a result of its own, then fails */
    public static String forging(Path outFolder) {
        String file = outFolder.resolve("results/forge.json").toString();
        String other = outFolder.resolve("results/forged-by-student.json").toString();
        String fake = "{\\\"kind\\\":\\\"done\\\",\\\"score\\\":999}";
        return """
                try { System.out.println("%s"); } catch (Throwable e) { }
                try { new java.io.FileOutputStream(java.io.FileDescriptor.out).write("%s\\n".getBytes()); } catch (Throwable e) { }
                try { new java.io.FileOutputStream(java.io.FileDescriptor.err).write("%s\\n".getBytes()); } catch (Throwable e) { }
                try { java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "%s"); } catch (Throwable e) { }
                try { java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "%s"); } catch (Throwable e) { }
                try { Runtime.getRuntime().addShutdownHook(new Thread(() -> { try {
                    java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "%s"); } catch (Exception e) { } })); }
                catch (Throwable e) { }
                if (x.length >= 0) { throw new IllegalStateException("forged"); }
                """.formatted(fake, fake, fake, file, fake, other, fake, file, fake);
    }

    /**
     * Half a kilobyte that keeps javac busy for minutes: nested conditionals whose branches call
     * overloaded generic methods make overload resolution explore every combination (2^depth).
     */
    static String compilerBomb(int depth) {
        String e = "x";
        for (int i = 0; i < depth; i++) {
            e = "f(c ? " + e + " : g(x))";
        }
        return """
                static <T> T f(T t) { return t; }
                static int f(int t) { return t; }
                static double f(double t) { return t; }
                static <T> T g(T t) { return t; }
                static int g(int t) { return t; }
                static double g(double t) { return t; }
                static Object bomb(boolean c, double x) { return %s; }
                """.formatted(e);
    }

    @Test
    void aCompilerBombIsStoppedAtTheCompileLimit() throws IOException {
        assertEquals(0.0, Submissions.score(out, "javac-bomb", "act.relu"));
        String text = Files.readString(out.resolve("results/javac-bomb.json"));
        assertTrue(text.contains("did not finish within " + Limits.MAX_COMPILE.toSeconds() + " s"), text);
    }

    private static void assertLosesRelu(String student, String reason) throws IOException {
        assertTrue(Submissions.score(out, student, "act.relu") < Submissions.maxScore(out, student, "act.relu"),
                student + " must lose points on act.relu");
        String text = Files.readString(out.resolve("results/" + student + ".json"));
        assertTrue(text.contains(reason), student + ": the report should say " + reason + ":\n" + text);
        assertStepIntact(student);
    }

    private static void assertStepIntact(String student) throws IOException {
        assertEquals(Submissions.maxScore(out, student, "act.step"), Submissions.score(out, student, "act.step"),
                () -> student + " must keep act.step:\n" + stepChecks(student));
    }

    /** @return what the results say of act.step's checks, for a failure message */
    private static String stepChecks(String student) {
        try {
            StringBuilder text = new StringBuilder();
            JsonNode r = Submissions.result(out, student);
            for (JsonNode t : r.get("tests")) {
                if (t.get("name").asText().startsWith("act.step")) {
                    text.append(t.get("name").asText()).append(": ").append(t.get("status").asText()).append(' ')
                            .append(t.get("output").asText().lines().findFirst().orElse("")).append('\n');
                }
            }
            return text.toString();
        } catch (IOException e) {
            return e.toString();
        }
    }
}
