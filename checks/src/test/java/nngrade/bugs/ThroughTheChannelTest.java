package nngrade.bugs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import nngrade.engine.GradeReport;
import nngrade.examiner.Outcomes;
import nngrade.reference.ReferenceSolutions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The channel changes no grade: every check of the bug catalogue and of the reference ends the
 * same way when the implementation is reached through the channel (its copies, updates, callbacks
 * and mirrored generators, served by a loopback host on a thread of this JVM) as when it is called
 * in-process. The correct variants are graded both ways by
 * {@code CorrectVariantsScoreFullMarksTest.passesEveryCheck}.
 */
class ThroughTheChannelTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("nngrade.bugs.BuggySubmissionsTest#bugs")
    void everyBugFailsTheSameChecksThroughTheChannel(Bug bug) {
        Set<String> problems = Set.of(bug.problemId());
        assertEquals(Outcomes.of(Grading.inProcess(bug.submission().get(), problems)),
                Outcomes.of(Grading.throughTheChannel(bug.submission().get(), problems)), bug.name());
    }

    @Test
    void theReferencePassesEveryCheckThroughTheChannel() {
        GradeReport report = Grading.throughTheChannel(new ReferenceSolutions(), Set.of());
        assertEquals(Map.of(), Outcomes.failures(report));
        assertEquals(report.possible(), report.earned(), 1e-9);
    }
}
