package nngrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nngrade.bugs.Grading;
import nngrade.engine.CheckResult;
import nngrade.engine.GradeReport;
import nngrade.reference.ReferenceSolutions;
import org.junit.jupiter.api.Test;

/** CI's proof that the reference engine passes every check, instructor-only ones included. */
class ReferenceScoresFullMarksTest {

    @Test
    void referencePassesEveryCheck() {
        GradeReport report = Grading.asInstructor(new ReferenceSolutions());
        List<String> failures = report.scores().stream()
                .flatMap(s -> s.checks().stream())
                .filter(c -> !c.passed())
                .map(c -> c.problemId() + " / " + c.name() + ": " + c.summary())
                .toList();
        assertEquals(List.of(), failures);
        assertEquals(report.possible(), report.earned(), 1e-9);
        assertTrue(report.scores().size() >= 41, "every section A and B problem has checks");
    }

    @Test
    void everyCheckedProblemHasPublicChecks() {
        GradeReport report = Grading.asInstructor(new ReferenceSolutions());
        List<String> instructorOnly = report.scores().stream()
                .filter(s -> s.checks().stream().allMatch(CheckResult::needsReference))
                .map(s -> s.problem().id())
                .toList();
        assertEquals(List.of(), instructorOnly, "a problem whose checks all need the reference proves nothing about the reference");
    }
}
