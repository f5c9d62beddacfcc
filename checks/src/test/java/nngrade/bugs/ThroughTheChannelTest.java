package nngrade.bugs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import nngrade.checks.api.CheckSettings;
import nngrade.engine.CheckObserver;
import nngrade.engine.GradeReport;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.examiner.CheckLimits;
import nngrade.examiner.Outcomes;
import nngrade.examiner.RemoteGrading;
import nngrade.examiner.RemoteSubmission;
import nngrade.problems.Catalogue;
import nngrade.problems.Solutions;
import nngrade.reference.ReferenceSolutions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The channel changes no grade: every check of the bug catalogue, of the reference and of a
 * correct variant ends the same way when the implementation is reached through the channel (its
 * copies, updates, callbacks and mirrored generators, served by a loopback host on a thread of
 * this JVM) as when it is called in-process.
 */
class ThroughTheChannelTest {

    private static final Grader GRADER = new Grader(Catalogue.load());
    private static final Duration GENEROUS = Duration.ofSeconds(120);

    @ParameterizedTest(name = "{0}")
    @MethodSource("nngrade.bugs.BuggySubmissionsTest#bugs")
    void everyBugFailsTheSameChecksThroughTheChannel(Bug bug) {
        Set<String> problems = Set.of(bug.problemId());
        assertEquals(Outcomes.of(inProcess(bug.submission().get(), problems)),
                Outcomes.of(throughTheChannel(bug.submission().get(), problems)), bug.name());
    }

    @Test
    void theReferencePassesEveryCheckThroughTheChannel() {
        GradeReport report = throughTheChannel(new ReferenceSolutions(), Set.of());
        assertEquals(Map.of(), Outcomes.failures(report));
        assertEquals(report.possible(), report.earned(), 1e-9);
    }

    private static GradeReport inProcess(Solutions s, Set<String> problems) {
        return GRADER.grade(new GradeRequest(s, new ReferenceSolutions(), problems, CheckSettings.DEFAULT_SEED, true,
                GENEROUS));
    }

    private static GradeReport throughTheChannel(Solutions s, Set<String> problems) {
        try (RemoteSubmission remote = RemoteSubmission.loopback(s)) {
            return new RemoteGrading(GRADER, CheckLimits.fixed(GENEROUS)).grade(new GradeRequest(null,
                    new ReferenceSolutions(), problems, CheckSettings.DEFAULT_SEED, true, GENEROUS), remote,
                    CheckObserver.NONE);
        }
    }
}
