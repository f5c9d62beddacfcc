package nngrade.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An examiner gets C2 only when it will grade enough submissions to repay compiling it, and
 * every set of flags it may get starts a JVM (a misspelt -XX flag would stop every examiner).
 */
class ExaminerJitTest {

    @Test
    void oneSubmissionOrAFewGetC1Alone() {
        assertEquals(ExaminerJit.QUICK, ExaminerJit.forBatch(1, 1));
        assertEquals(ExaminerJit.QUICK, ExaminerJit.forBatch(5, 2));
        assertEquals(ExaminerJit.QUICK, ExaminerJit.forBatch(2 * ExaminerJit.STEADY_FROM - 2, 2));
    }

    @Test
    void examinersThatGradeManyGetC2() {
        assertEquals(ExaminerJit.STEADY, ExaminerJit.forBatch(2 * ExaminerJit.STEADY_FROM - 1, 2)); // one examiner grades 16 of 31
        assertEquals(ExaminerJit.STEADY, ExaminerJit.forBatch(300, 2));
        assertEquals(ExaminerJit.STEADY, ExaminerJit.forBatch(10_000, 1));
    }

    @Test
    void moreJobsThanSubmissionsStillGrade() {
        assertEquals(ExaminerJit.QUICK, ExaminerJit.forBatch(3, 8));
        assertEquals(ExaminerJit.QUICK, ExaminerJit.forBatch(0, 2));
    }

    @Test
    void everySetOfFlagsStartsAJvm() throws Exception {
        for (List<String> flags : List.of(ExaminerJit.QUICK, ExaminerJit.STEADY)) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(flags);
            command.add("-version");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes());
            assertEquals(0, p.waitFor(), flags + " did not start a JVM: " + said);
        }
    }
}
