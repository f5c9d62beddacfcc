package nngrade.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits each check gets from the reference's own time (no --check-timeout): a loop that keeps
 * the CPU busy is stopped by the CPU budget of the host's threads that run code (floor 0.3 s on a
 * host's first check, 0.15 s after it), and
 * so is a loop in a thread named like the JVM's compiler (its own threads are known before any
 * submitted code runs), started by a check or by the submission's constructor; a submission that
 * sleeps is stopped by the wall clock. A looping call is stopped inside the host, which serves on,
 * unless the loop outlives the stop (it catches it, answers anyway, runs in a thread of its own or
 * in a static initializer): then the host is ended. None of them costs a correct check. act.relu
 * misbehaves; act.step is correct and keeps its marks.
 */
public class LoopTimeLimitsTest {

    private static final Set<String> PROBLEMS = Set.of("act.relu", "act.step");
    private static final Limits CALIBRATED = new Limits(Duration.ofSeconds(900), null, 128, 20);

    @TempDir
    static Path dir;
    private static Path out;

    @BeforeAll
    static void gradeTheLoops() throws Exception {
        Path subs = dir.resolve("submissions");
        Submissions.withRelu(subs, "control", Submissions.relu("", ""));
        Submissions.withRelu(subs, "busy", Submissions.relu("while (x.length > 0) { Thread.onSpinWait(); }", ""));
        Submissions.withRelu(subs, "hidden", Submissions.relu("""
                Thread spinner = new Thread(() -> { while (true) { Thread.onSpinWait(); } }, "C1 CompilerThread9");
                spinner.setDaemon(true);
                spinner.start();
                try { spinner.join(); } catch (InterruptedException e) { }
                """, ""));
        Path early = Submissions.withRelu(subs, "early", Submissions.relu("""
                try { nngrade.student.StudentSolutions.spinner.join(); } catch (InterruptedException e) { }
                """, ""));
        Path solutions = early.resolve("nngrade/student/StudentSolutions.java");
        Files.writeString(solutions, Files.readString(solutions).replace("public class StudentSolutions implements Solutions {", """
                public class StudentSolutions implements Solutions {
                    public static Thread spinner;
                    public StudentSolutions() {
                        spinner = new Thread(() -> { while (true) { Thread.onSpinWait(); } }, "C1 CompilerThread9");
                        spinner.setDaemon(true);
                        spinner.start();
                    }
                """));
        Submissions.withRelu(subs, "asleep", Submissions.relu(
                "try { Thread.sleep(Long.MAX_VALUE); } catch (InterruptedException e) { }", ""));
        Submissions.withRelu(subs, "stubborn", Submissions.relu("""
                while (x.length > 0) {
                    try { while (x.length > 0) { Thread.onSpinWait(); } } catch (Throwable stop) { }
                }
                """, ""));
        Submissions.withRelu(subs, "evasive", Submissions.relu("""
                try { while (x.length > 0) { Thread.onSpinWait(); } } catch (ThreadDeath stop) { return x; }
                """, ""));
        Submissions.withRelu(subs, "chatty", Submissions.relu(
                "while (x.length > 0) { System.out.println(\"still here\"); }", ""));
        Submissions.withRelu(subs, "initializing", Submissions.relu("",
                "static { while (System.nanoTime() != 0) { Thread.onSpinWait(); } }"));
        Submissions.withRelu(subs, "dying", Submissions.relu("if (x.length > 0) { throw new ThreadDeath(); }", ""));
        out = dir.resolve("out");
        Submissions.grade(subs, out, new BatchRequest(PROBLEMS, 1, true), CALIBRATED, 2);
    }

    @Test
    void aCorrectSubmissionStaysWithinEveryLimit() throws IOException {
        assertEquals(Submissions.maxScore(out, "control", "act.relu"), Submissions.score(out, "control", "act.relu"));
        assertEquals(Submissions.maxScore(out, "control", "act.step"), Submissions.score(out, "control", "act.step"));
        assertTrue(!text("control").contains("(an infinite loop?)"), text("control"));
    }

    @Test
    void aBusyLoopIsStoppedByTheBudgetOfTheThreadsThatRunCode() throws IOException {
        assertStoppedByTheCodeBudget("busy");
    }

    @Test
    void aLoopInAThreadNamedLikeTheCompilerIsStoppedByTheCodeBudget() throws IOException {
        assertStoppedByTheCodeBudget("hidden");
    }

    /**
     * The JVM's own threads are listed before any of the submission's code runs, its constructor
     * included: a loop started there in a thread named like the compiler, which forward then
     * waits for, is stopped by the code budget (it was taken for the compiler, and only the
     * whole JVM's budget, 1 s, stopped it).
     */
    @Test
    void aLoopStartedByTheConstructorInAThreadNamedLikeTheCompilerCountsAsCode() throws IOException {
        assertStoppedByTheCodeBudget("early");
    }

    /**
     * A host's first check has the floor of a cold JVM, 0.3 s of the code's CPU; the checks after it
     * run on a host that has warmed up and have 0.15 s (CheckLimits). busy loops in every act.relu
     * check, the first of them its host's first.
     */
    @Test
    void aLoopOnAWarmHostIsStoppedAtTheLowerFloor() throws IOException {
        String busy = text("busy");
        assertTrue(busy.contains("kept the CPU busy for more than 0.3 s"), busy);
        assertTrue(Pattern.compile("kept the CPU busy for more than 0\\.[12] s").matcher(busy).find(), busy);
    }

    /**
     * The host CPU time reported counts every host, those stopped for a loop included: each stop
     * follows at least the code budget (0.15 s after a host's first check) of spinning. Read after the kill, a stopped host's
     * time was gone, and the report said a fraction of it. (stubborn's loops outlive the call's
     * stop, so each costs its host.)
     */
    @Test
    void theHostCpuTimeReportedCountsTheLoopsOfTheHostsStopped() throws IOException {
        int stopped = loops("stubborn");
        long hostCpuMillis = channel("stubborn").get("host_cpu_ms").asLong();
        assertTrue(stopped >= 3, "checks stopped: " + stopped);
        assertTrue(hostCpuMillis >= stopped * 150L, "host CPU " + hostCpuMillis + " ms for " + stopped + " loops");
    }

    /**
     * A call past its budget is stopped inside the host, which serves the next check: no JVM is
     * started again for it.
     */
    @Test
    void aLoopIsStoppedWithoutStartingTheSubmissionsJvmAgain() throws IOException {
        for (String student : List.of("busy", "chatty")) { // chatty is stopped in the printing, the host's code
            assertStoppedByTheCodeBudget(student);
            JsonNode channel = channel(student);
            assertTrue(channel.get("calls_stopped").asLong() >= 3, student + ": " + channel);
            assertEquals(0, channel.get("host_restarts").asLong(), student + ": " + channel);
        }
        assertTrue(text("chatty").contains("still here"), text("chatty"));
    }

    /**
     * A loop that catches the stop and goes on, or catches it and answers, or a thread of its own
     * that outlives the stop, costs the host: it is stopped as before, and the checks that follow
     * get a fresh one.
     */
    @Test
    void aLoopThatOutlivesTheStopIsEndedWithItsJvm() throws IOException {
        for (String student : List.of("stubborn", "evasive", "hidden", "early")) {
            assertStoppedByTheCodeBudget(student);
            assertTrue(channel(student).get("host_restarts").asLong() >= 1, student + ": " + channel(student));
            assertEquals(0, channel(student).get("calls_stopped").asLong(), student + ": " + channel(student));
        }
        // the answer given after the stop is not taken: every check that calls forward is a loop, as for busy
        assertEquals(loops("busy"), loops("evasive"));
    }

    /** @return how many of the student's checks were stopped for keeping the CPU busy */
    private static int loops(String student) throws IOException {
        int stopped = 0;
        for (JsonNode test : Submissions.result(out, student).get("tests")) {
            stopped += test.get("output").asText().contains("kept the CPU busy for more than") ? 1 : 0;
        }
        return stopped;
    }

    /**
     * A loop in a static initializer is not stopped inside the host, which would leave the class
     * unusable there (a NoClassDefFoundError in every later check): its JVM is ended, and every
     * check of the problem reports the loop it meets.
     */
    @Test
    void aLoopInAStaticInitializerCostsItsJvmAndEveryCheckSaysLoop() throws IOException {
        assertStoppedByTheCodeBudget("initializing");
        assertEquals(0, channel("initializing").get("calls_stopped").asLong(), channel("initializing").toString());
        assertTrue(!text("initializing").contains("NoClassDefFoundError"), text("initializing"));
        for (JsonNode test : Submissions.result(out, "initializing").get("tests")) {
            if (test.get("name").asText().startsWith("act.relu")) {
                assertTrue(test.get("output").asText().contains("kept the CPU busy for more than"), test.toString());
            }
        }
    }

    /** A ThreadDeath the submission throws itself, nobody having asked, is an exception like any other. */
    @Test
    void aThreadDeathTheSubmissionThrowsIsItsOwnException() throws IOException {
        assertTrue(Submissions.score(out, "dying", "act.relu") < Submissions.maxScore(out, "dying", "act.relu"));
        assertTrue(text("dying").contains("your code threw ThreadDeath"), text("dying"));
        assertTrue(!text("dying").contains("(an infinite loop?)"), text("dying"));
        assertEquals(0, channel("dying").get("host_restarts").asLong(), channel("dying").toString());
        assertEquals(Submissions.maxScore(out, "dying", "act.step"), Submissions.score(out, "dying", "act.step"));
    }

    private static JsonNode channel(String student) throws IOException {
        return Submissions.result(out, student).get("extra_data").get("channel");
    }

    @Test
    void aSubmissionThatSleepsIsStoppedByTheWallClock() throws IOException {
        assertTrue(Submissions.score(out, "asleep", "act.relu") < Submissions.maxScore(out, "asleep", "act.relu"));
        assertTrue(text("asleep").contains("did not finish within"), text("asleep"));
        assertTrue(!text("asleep").contains("kept the CPU busy"), text("asleep"));
        assertEquals(Submissions.maxScore(out, "asleep", "act.step"), Submissions.score(out, "asleep", "act.step"));
    }

    /** act.relu lost to the budget of the threads that run code (0.15 to 0.3 s here); act.step kept its marks. */
    private static void assertStoppedByTheCodeBudget(String student) throws IOException {
        assertTrue(Submissions.score(out, student, "act.relu") < Submissions.maxScore(out, student, "act.relu"));
        assertTrue(Pattern.compile("kept the CPU busy for more than 0\\.[1-9] s").matcher(text(student)).find(),
                text(student));
        assertEquals(Submissions.maxScore(out, student, "act.step"), Submissions.score(out, student, "act.step"));
    }

    private static String text(String student) throws IOException {
        return Files.readString(out.resolve("results/" + student + ".json"));
    }
}
