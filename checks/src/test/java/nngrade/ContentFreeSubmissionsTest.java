package nngrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nngrade.bugs.Grading;
import nngrade.contentfree.ContentFree;
import nngrade.engine.CheckResult;
import nngrade.engine.GradeReport;
import nngrade.engine.ProblemScore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No points without the math: a submission with no formula at all (zeros of the right shape,
 * zeros after wiping the caller's arrays, its own input, 1e300, NaN) scores 0 on every problem
 * that has checks, as instructor and as student. Its properties (a gradient that matches central
 * differences of a constant forward, finiteness, inputs left alone, symmetries) hold, but they pay
 * only as far as the problem's value-anchored checks pass, and these all fail.
 */
class ContentFreeSubmissionsTest {

    /**
     * Problems whose answer is itself content-free, with the kinds that answer them right: such a
     * kind must score full marks there, which shows the checks accept it for the right reason.
     * init.zeros asks for W = 0; its arguments hold no number, so the echo answers zeros too.
     */
    private static final Map<String, Set<ContentFree>> RIGHT_BY_DESIGN = Map.of(
            "init.zeros", Set.of(ContentFree.ZEROS, ContentFree.ZEROS_AFTER_WIPING_THE_INPUTS, ContentFree.ECHO));

    @ParameterizedTest(name = "{0}, as instructor")
    @EnumSource(ContentFree.class)
    void scoresZeroOnEveryProblemAsInstructor(ContentFree kind) {
        assertScoresZero(kind, Grading.asInstructor(kind.submission()));
    }

    @ParameterizedTest(name = "{0}, as student")
    @EnumSource(ContentFree.class)
    void scoresZeroOnEveryProblemAsStudent(ContentFree kind) {
        assertScoresZero(kind, Grading.asStudent(kind.submission()));
    }

    private static void assertScoresZero(ContentFree kind, GradeReport report) {
        assertTrue(report.scores().size() >= 91, "every problem with checks is graded");
        List<String> paid = report.scores().stream()
                .filter(s -> !rightByDesign(s, kind) && s.earned() > 0)
                .map(s -> String.format(java.util.Locale.ROOT, "%s %.2f / %.0f, value checks passed: %s",
                        s.problem().id(), s.earned(), s.possible(), passedValueChecks(s)))
                .toList();
        assertEquals(List.of(), paid, kind + " must earn nothing");
        report.scores().stream().filter(s -> rightByDesign(s, kind))
                .forEach(s -> assertEquals(s.possible(), s.earned(), 1e-9, s.problem().id()
                        + " is answered by " + kind + " and must get full marks"));
    }

    private static boolean rightByDesign(ProblemScore s, ContentFree kind) {
        return RIGHT_BY_DESIGN.getOrDefault(s.problem().id(), Set.of()).contains(kind);
    }

    private static List<String> passedValueChecks(ProblemScore s) {
        return s.checks().stream().filter(c -> c.valueAnchored() && c.passed()).map(CheckResult::name).toList();
    }
}
