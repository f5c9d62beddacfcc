package nngrade.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nngrade.checks.api.CheckSettings;
import nngrade.problems.Catalogue;
import nngrade.problems.Solutions;
import nngrade.problems.activations.Activation;
import nngrade.reference.ReferenceSolutions;
import org.junit.jupiter.api.Test;

/**
 * A problem whose factory method the submission does not override is settled at 0, every one of
 * its checks reported as not implemented (the grader leaves its check classes out of the run);
 * the problems the submission did start are graded in full, exactly as alone.
 */
class NotStartedProblemsTest {

    private static final Grader GRADER = new Grader(Catalogue.load());

    /** Starts act.relu only, with the reference's answer. */
    private static final class ReluOnly implements Solutions {
        @Override
        public Activation relu() {
            return new ReferenceSolutions().relu();
        }
    }

    @Test
    void onlyTheStartedProblemsChecksRunAndEveryOtherCheckIsSettledAtZero() {
        GradeRequest request = new GradeRequest(new ReluOnly(), new ReferenceSolutions(), Set.of(),
                CheckSettings.DEFAULT_SEED, true, GradeRequest.DEFAULT_CHECK_TIMEOUT);
        List<String> ran = new ArrayList<>();
        List<CheckResult> settled = new ArrayList<>();
        GradeReport report = GRADER.grade(request, new CheckObserver() {
            @Override
            public void started(String problemId, String checkName) {
                ran.add(problemId);
            }

            @Override
            public void finished(CheckResult r) {
                if (r.status() == CheckStatus.NOT_IMPLEMENTED) {
                    settled.add(r);
                }
            }
        });

        List<PlannedCheck> plan = GRADER.plan(request);
        int reluChecks = (int) plan.stream().filter(p -> p.problemId().equals("act.relu")).count();
        assertTrue(reluChecks > 0);
        assertEquals(plan.size(), report.scores().stream().mapToInt(s -> s.checks().size()).sum(),
                "every check there is has a result");
        assertEquals(plan.size() - reluChecks, settled.size(), "every check of a problem not started is settled");
        assertTrue(settled.stream().noneMatch(r -> r.problemId().equals("act.relu")));
        assertEquals(plan.size(), ran.size(), "the observer hears of every check once");
        ProblemScore relu = report.score("act.relu");
        assertTrue(relu.full(), () -> "act.relu: " + relu.firstFailure());
        assertEquals(relu.possible(), report.earned(), 1e-12, "only act.relu earns");
    }

    @Test
    void aSubmissionThatStartedNothingScoresZeroWithEveryCheckNotImplemented() {
        GradeRequest request = new GradeRequest(new Solutions() { }, new ReferenceSolutions(), Set.of(),
                CheckSettings.DEFAULT_SEED, true, GradeRequest.DEFAULT_CHECK_TIMEOUT);
        GradeReport report = GRADER.grade(request);
        assertEquals(0, report.earned());
        assertEquals(GRADER.plan(request).size(), report.scores().stream().mapToInt(s -> s.checks().size()).sum());
        assertTrue(report.scores().stream().flatMap(s -> s.checks().stream())
                .allMatch(r -> r.status() == CheckStatus.NOT_IMPLEMENTED));
    }
}
