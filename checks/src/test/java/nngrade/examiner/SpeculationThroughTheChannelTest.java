package nngrade.examiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import nngrade.checks.api.CheckSettings;
import nngrade.engine.CheckObserver;
import nngrade.engine.GradeReport;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
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
    private static Solutions leakyBackward() {
        return reluWith(right -> activation(right::forward, (x, dy) -> dy.clone()));
    }

    /** ReLU whose forward is not written yet. */
    private static Solutions forwardNotDone() {
        return reluWith(right -> activation(x -> {
            throw new NotImplementedYet("act.relu");
        }, right::backward));
    }

    /** @return the reference, its ReLU changed as {@code change} makes it from the right one */
    private static Solutions reluWith(UnaryOperator<Activation> change) {
        return new ReferenceSolutions() {
            @Override
            public Activation relu() {
                return change.apply(super.relu());
            }
        };
    }

    private static Activation activation(UnaryOperator<double[]> forward, BinaryOperator<double[]> backward) {
        return new Activation() {
            @Override
            public double[] forward(double[] x) {
                return forward.apply(x);
            }

            @Override
            public double[] backward(double[] x, double[] dy) {
                return backward.apply(x, dy);
            }
        };
    }

    @Test
    void aCheckAnsweredAsPredictedTakesNoExchangePerCall() {
        Run run = throughTheChannel(new ReferenceSolutions(), RELU);
        int checks = run.outcomes().size();
        assertEquals(Map.of(), Outcomes.failures(run.report()));
        assertEquals(checks, run.speculated(), "every check of act.relu is answered ahead");
        assertEquals(0, run.reruns());
        // one exchange ends each check; one answers it ahead, but two the first of a problem, whose
        // first calls go alone in case the problem is not done (then they throw NotImplementedYet)
        assertEquals(2L * checks + 1, run.exchanges(), run.exchanges() + " exchanges for " + checks + " checks making "
                + run.calls() + " calls");
        assertTrue(run.calls() > 10L * run.exchanges(), run.calls() + " calls in " + run.exchanges() + " exchanges");
    }

    @Test
    void aCheckThatAsksSomethingElseRunsAgainLiveAndEndsAsInProcess() {
        Run run = throughTheChannel(leakyBackward(), RELU);
        assertTrue(run.reruns() > 0, "the bug makes checks shrink, which was not predicted");
        assertEquals(Outcomes.of(inProcess(leakyBackward(), RELU)), run.outcomes());
        assertTrue(run.outcomes().containsValue("FAILED"));
    }

    @Test
    void whatIsNotDoneYetStopsThePredictionAndEndsAsInProcess() {
        Run run = throughTheChannel(forwardNotDone(), RELU);
        assertEquals(0, run.reruns(), "the host stops at NotImplementedYet, so the check goes on live");
        assertEquals(Outcomes.of(inProcess(forwardNotDone(), RELU)), run.outcomes());
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
            return new Run(report, Outcomes.of(report), remote.exchanges() - exchanges, remote.calls(), speculations[0],
                    speculations[1]);
        }
    }

    private static GradeReport inProcess(Solutions s, Set<String> problems) {
        return GRADER.grade(new GradeRequest(s, new ReferenceSolutions(), problems, CheckSettings.DEFAULT_SEED, true,
                GENEROUS));
    }
}
