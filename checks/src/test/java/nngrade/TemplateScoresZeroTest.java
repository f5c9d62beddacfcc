package nngrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nngrade.bugs.Grading;
import nngrade.engine.GradeReport;
import nngrade.engine.ProblemScore;
import nngrade.student.StudentSolutions;
import org.junit.jupiter.api.Test;

/** The blank sheet scores 0, and says so in one short line per problem, without stack traces. */
class TemplateScoresZeroTest {

    @Test
    void templateScoresZeroWithOneLinePerProblem() {
        GradeReport report = Grading.asInstructor(new StudentSolutions());
        assertEquals(0.0, report.earned());
        assertTrue(report.possible() > 0);
        for (ProblemScore s : report.scores()) {
            assertTrue(s.notImplemented(), s.problem().id() + " should be reported as not implemented: "
                    + s.firstFailure().map(c -> c.name() + ": " + c.summary()).orElse(""));
            s.checks().forEach(c -> assertEquals("not implemented yet", c.summary()));
        }
    }
}
