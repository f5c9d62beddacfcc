package nngrade.bugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nngrade.engine.CheckResult;
import nngrade.engine.GradeReport;
import nngrade.engine.ProblemScore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every check must be able to fail: each realistic bug of the catalogue loses points on its own
 * problem, through exactly the checks it names, and on no other problem.
 */
class BuggySubmissionsTest {

    static Stream<Bug> bugs() {
        List<Bug> all = new ArrayList<>();
        all.addAll(SectionABugs.all());
        all.addAll(SectionBBugs.all());
        all.addAll(RegularizationBugs.all());
        all.addAll(OptimizerBugs.all());
        all.addAll(QuasiNewtonBugs.all());
        all.addAll(InitializationBugs.all());
        all.addAll(BabysittingBugs.all());
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bugs")
    void losesExactlyItsOwnProblemsPoints(Bug bug) {
        GradeReport report = Grading.asInstructor(bug.submission().get());

        ProblemScore own = report.score(bug.problemId());
        assertTrue(own != null, bug.problemId() + " was not graded");
        Set<String> failed = own.checks().stream().filter(c -> !c.passed()).map(CheckResult::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(bug.failingChecks()), failed,
                bug.name() + " must fail exactly these checks of " + bug.problemId());
        assertTrue(own.earned() < own.possible(), bug.name() + " must lose points");

        List<String> othersLosing = report.scores().stream()
                .filter(s -> !s.problem().id().equals(bug.problemId()) && !s.full())
                .map(s -> s.problem().id() + " (" + s.firstFailure().map(CheckResult::summary).orElse("") + ")")
                .toList();
        assertEquals(List.of(), othersLosing, bug.name() + " must lose points on " + bug.problemId() + " only");
    }
}
