package nngrade.examiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nngrade.checks.api.CheckSettings;
import nngrade.engine.CheckObserver;
import nngrade.engine.CheckResult;
import nngrade.engine.GradeReport;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.engine.ProblemScore;
import nngrade.problems.Catalogue;
import nngrade.problems.NotImplementedYet;
import nngrade.problems.Solutions;
import nngrade.problems.activations.Activation;
import nngrade.reference.ReferenceSolutions;
import org.junit.jupiter.api.Test;

/**
 * Checks answered ahead ({@link Speculation}): a check the submission answers as predicted costs
 * an exchange or two, not one per call; a check that asks something else is run again live; a
 * submission that has not done a problem stops the host's run of the prediction; and in every
 * case each check ends as it does in-process.
 */
class SpeculationThroughTheChannelTest {

    private static final Grader GRADER = new Grader(Catalogue.load());
    private static final Duration GENEROUS = Duration.ofSeconds(120);
    private static final Set<String> RELU = Set.of("act.relu");

    /** ReLU whose backward passes the gradient for x < 0 too: a bug most of act.relu's checks see. */
    private static final class LeakyBackward extends ReferenceSolutions {
        @Override
        public Activation relu() {
            Activation right = super.relu();
            return new Activation() {
                @Override
                public double[] forward(double[] x) {
                    return right.forward(x);
                }

                @Override
                public double[] backward(double[] x, double[] dy) {
                    return dy.clone();
                }
            };
        }
    }

    /** ReLU whose forward is not written yet. */
    private static final class ForwardNotDone extends ReferenceSolutions {
        @Override
        public Activation relu() {
            Activation right = super.relu();
            return new Activation() {
                @Override
                public double[] forward(double[] x) {
                    throw new NotImplementedYet("act.relu");
                }

                @Override
                public double[] backward(double[] x, double[] dy) {
                    return right.backward(x, dy);
                }
            };
        }
    }

    @Test
    void aCheckAnsweredAsPredictedTakesNoExchangePerCall() {
        Run run = throughTheChannel(new ReferenceSolutions(), RELU);
        int checks = run.outcomes().size();
        assertEquals(Map.of(), failures(run.report()));
        assertEquals(checks, run.speculated(), "every check of act.relu is answered ahead");
        assertEquals(0, run.reruns());
        assertTrue(run.exchanges() <= 3L * checks, run.exchanges() + " exchanges for " + checks + " checks making "
                + run.calls() + " calls");
        assertTrue(run.calls() > 10L * run.exchanges(), run.calls() + " calls in " + run.exchanges() + " exchanges");
    }

    @Test
    void aCheckThatAsksSomethingElseRunsAgainLiveAndEndsAsInProcess() {
        Run run = throughTheChannel(new LeakyBackward(), RELU);
        assertTrue(run.reruns() > 0, "the bug makes checks shrink, which was not predicted");
        assertEquals(outcomes(inProcess(new LeakyBackward(), RELU)), run.outcomes());
        assertTrue(run.outcomes().containsValue("FAILED"));
    }

    @Test
    void whatIsNotDoneYetStopsThePredictionAndEndsAsInProcess() {
        Run run = throughTheChannel(new ForwardNotDone(), RELU);
        assertEquals(0, run.reruns(), "the host stops at NotImplementedYet, so the check goes on live");
        assertEquals(outcomes(inProcess(new ForwardNotDone(), RELU)), run.outcomes());
    }

    private record Run(GradeReport report, Map<String, String> outcomes, long exchanges, long calls, long speculated,
            long reruns) {
    }

    private static Run throughTheChannel(Solutions s, Set<String> problems) {
        try (RemoteSubmission remote = RemoteSubmission.loopback(s)) {
            long exchanges = remote.exchanges();
            GradeReport report = new RemoteGrading(GRADER, CheckLimits.fixed(GENEROUS)).grade(new GradeRequest(null,
                    new ReferenceSolutions(), problems, CheckSettings.DEFAULT_SEED, true, GENEROUS), remote,
                    CheckObserver.NONE);
            long[] speculations = remote.speculations();
            return new Run(report, outcomes(report), remote.exchanges() - exchanges, remote.calls(), speculations[0],
                    speculations[1]);
        }
    }

    private static GradeReport inProcess(Solutions s, Set<String> problems) {
        return GRADER.grade(new GradeRequest(s, new ReferenceSolutions(), problems, CheckSettings.DEFAULT_SEED, true,
                GENEROUS));
    }

    private static Map<String, String> outcomes(GradeReport report) {
        Map<String, String> outcomes = new TreeMap<>();
        for (ProblemScore s : report.scores()) {
            for (CheckResult c : s.checks()) {
                outcomes.put(c.key(), c.status().name());
            }
        }
        return outcomes;
    }

    private static Map<String, String> failures(GradeReport report) {
        Map<String, String> failures = new TreeMap<>();
        for (ProblemScore s : report.scores()) {
            for (CheckResult c : s.checks()) {
                if (!c.passed()) {
                    failures.put(c.key(), c.summary());
                }
            }
        }
        return failures;
    }
}
