package nngrade.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nngrade.checks.api.CheckSettings;
import nngrade.problems.Catalogue;
import nngrade.reference.ReferenceSolutions;
import org.junit.jupiter.api.Test;

/**
 * Check classes run two at a time on the reference (what `check reference` does) report exactly
 * what one at a time reports: every check, its status and its text, in the order of the plan.
 * A reference whose objects shared state, or a report in the order checks happen to finish,
 * would fail here.
 */
public class ClassesAtOnceTest {

    private static final Grader ONE_AT_A_TIME = new Grader(Catalogue.load());

    private static GradeRequest everyCheckOfTheReference() {
        return new GradeRequest(new ReferenceSolutions(), new ReferenceSolutions(), Set.of(),
                CheckSettings.DEFAULT_SEED, true, GradeRequest.DEFAULT_CHECK_TIMEOUT);
    }

    /** What a check's outcome says, without its time (which differs from run to run). */
    private static List<String> outcomes(GradeReport report) {
        return report.scores().stream().flatMap(p -> p.checks().stream())
                .map(c -> c.key() + " | " + c.status() + " | " + c.summary() + " | " + c.detail()).toList();
    }

    @Test
    void twoClassesAtOnceReportWhatOneAtATimeReports() {
        GradeReport alone = ONE_AT_A_TIME.grade(everyCheckOfTheReference());
        GradeReport together = ONE_AT_A_TIME.classesAtOnce(2).grade(everyCheckOfTheReference());
        assertEquals(outcomes(alone), outcomes(together));
        assertEquals(alone.possible(), together.possible());
        assertEquals(alone.earned(), together.earned());
        assertTrue(together.earned() == together.possible(), "the reference passes every check");
    }

    @Test
    void checksAreReportedInTheOrderOfThePlan() {
        GradeRequest request = everyCheckOfTheReference();
        Map<String, List<String>> planned = ONE_AT_A_TIME.plan(request).stream().collect(
                Collectors.groupingBy(PlannedCheck::problemId, Collectors.mapping(PlannedCheck::key, Collectors.toList())));
        GradeReport report = ONE_AT_A_TIME.classesAtOnce(2).grade(request);
        assertEquals(planned.keySet(), report.scores().stream().map(s -> s.problem().id()).collect(Collectors.toSet()));
        for (ProblemScore s : report.scores()) {
            assertEquals(planned.get(s.problem().id()), s.checks().stream().map(CheckResult::key).toList(),
                    s.problem().id());
        }
    }

    @Test
    void noFewerThanOneThread() {
        assertThrows(IllegalArgumentException.class, () -> ONE_AT_A_TIME.classesAtOnce(0));
    }
}
