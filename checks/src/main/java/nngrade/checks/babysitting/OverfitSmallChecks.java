package nngrade.checks.babysitting;

import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.problems.babysitting.Trainer;
import nngrade.problems.babysitting.TrainingRun;
import nngrade.problems.babysitting.TwoLayerParameters;
import org.junit.jupiter.api.Test;

/**
 * babysit.overfit_small: "make sure that you can overfit very small portion of the training data":
 * the first 20 examples of the spiral, reg = 0, vanilla SGD, and "train accuracy 1.00". The loop
 * trains the checks' own network ({@link RecordingNetwork}), so only the loop is graded, and every
 * call it makes is recorded: the checks read the trajectory it took, evaluate the weights it
 * returns themselves and never trust a curve or an accuracy it reports.
 */
@ProblemId("babysit.overfit_small")
class OverfitSmallChecks {

    /**
     * The stated budget: training accuracy 1.00 within this many iterations at learning rate 0.5.
     * The notes' network needed at most 472 over 2000 seeds of the spiral and the starting point
     * (median 144; see BabysittingSimulationTest), so a correct loop has twice what it needs.
     */
    static final int BUDGET = 1000;
    /** The full run, shared by the checks: one call of the trainer per submission and seed. */
    private static final PerSubmission<OverfitRun> FULL_RUN = new PerSubmission<>();
    /** The short runs of the accuracy check: after so few steps the accuracy is still low. */
    static final int[] SHORT_RUNS = {1, 3, 10};

    private static Trainer subject() {
        return Subjects.submission().overfitTrainer();
    }

    /** @return the run of the full budget from the checks' spiral and starting point */
    private static OverfitRun fullRun() {
        return FULL_RUN.get(() -> OverfitRun.of(subject(), SmallSubset.spiral(Seeds.random(50)),
                SmallSubset.start(Seeds.random(51)), BUDGET));
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.EXAMPLE)
    void reachesTrainingAccuracyOneWithinTheBudget() {
        OverfitRun run = fullRun();
        TwoLayerParameters model = run.model();
        double accuracy = new NotesNetwork().accuracy(model, run.subset());
        Expect.that(accuracy == 1, () -> "after " + BUDGET + " iterations of vanilla SGD at learning rate "
                + SmallSubset.LEARNING_RATE + " on the first " + SmallSubset.EXAMPLES + " examples, the parameters"
                + " you returned classify " + Math.round(accuracy * SmallSubset.EXAMPLES) + " of them correctly;"
                + " expected all " + SmallSubset.EXAMPLES + " (\"train accuracy 1.00\"); " + run.describe());
    }

    @Test
    @Weight(2)
    void lossCurveIsTheTrainingLossAndEssentiallyDecreases() {
        OverfitRun run = fullRun();
        double[] losses = run.result().losses();
        Expect.notNull("the loss curve", losses);
        Expect.that(losses.length == BUDGET, () -> "the loss curve has " + losses.length + " values for " + BUDGET
                + " iterations; expected one per iteration; " + run.describe());
        double[] returned = new double[run.calls().size()];
        for (int k = 0; k < returned.length; k++) {
            returned[k] = run.calls().get(k).result().loss();
        }
        Expect.that(returned.length == BUDGET, () -> "net.loss was called " + returned.length + " times in " + BUDGET
                + " iterations; expected exactly once per iteration");
        for (int k = 0; k < BUDGET; k++) {
            if (Double.compare(losses[k], returned[k]) != 0) {
                throw new AssertionError("losses[" + k + "] is " + losses[k] + ", but the network returned "
                        + returned[k] + " at iteration " + k + ": the curve must hold L_k, the loss of theta_k as"
                        + " net.loss returns it; " + run.describe());
            }
        }
        String why = LossCurve.whyNotDecreasing(losses);
        Expect.that(why == null, () -> "the loss curve is not essentially decreasing: " + why + "; " + run.describe());
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void takesVanillaSgdStepsOnTheFirstExamplesWithoutRegularization() {
        OverfitRun run = fullRun();
        Expect.that(!run.calls().isEmpty(), () -> "overfit never called net.loss; " + run.describe());
        SgdTrajectory.assertVanillaSgd(run.calls(), run.initial(), run.subset(), 0, SmallSubset.LEARNING_RATE);
        Expect.that(run.calls().size() == BUDGET, () -> "net.loss was called " + run.calls().size() + " times in "
                + BUDGET + " iterations; expected exactly once per iteration");
        SgdTrajectory.assertStep("the parameters overfit returned (theta_" + BUDGET + ")",
                run.calls().get(BUDGET - 1), run.model(), SmallSubset.LEARNING_RATE);
    }

    /**
     * The contract's accuracy takes an example's largest score, the first one if several are
     * equal. With {@link TiedNetwork} every score ties, so the first largest is class 0: of the
     * labels (0, 1, 0, 0, 2), 3 of 5 are right; the last largest (class 2) would give 1 of 5.
     */
    @Test
    @Weight(1)
    void reportsTheAccuracyOfTiedScoresByTheFirstLargest() {
        int[] y = {0, 1, 0, 0, 2};
        double[][] x = {{0.5, -1}, {1, 0.25}, {-0.75, 2}, {0, 1}, {1.5, -0.5}};
        TwoLayerParameters zeros = new TwoLayerParameters(new double[3][2], new double[3], new double[3][3], new double[3]);
        TrainingRun run = subject().overfit(new TiedNetwork(), zeros, x, y, 5, SmallSubset.LEARNING_RATE, 1);
        Expect.notNull("overfit", run);
        Expect.that(run.trainingAccuracy() == 0.6,
                () -> "every class scores 0 for every example, so each example's first largest"
                + " score is class 0 and the labels " + java.util.Arrays.toString(y) + " give an accuracy of 3/5 = 0.6; you"
                + " reported " + run.trainingAccuracy());
    }

    @Test
    @Weight(1)
    void reportsTheTrainingAccuracyOfTheWeightsItReturns() {
        Examples data = SmallSubset.spiral(Seeds.random(50));
        for (int r = 0; r <= SHORT_RUNS.length; r++) {
            OverfitRun run = r < SHORT_RUNS.length
                    ? OverfitRun.of(subject(), data, SmallSubset.start(Seeds.random(60 + r)), SHORT_RUNS[r])
                    : fullRun();
            double actual = new NotesNetwork().accuracy(run.model(), run.subset());
            double reported = run.result().trainingAccuracy();
            Expect.that(Math.abs(reported - actual) <= 1e-9, () -> "after " + run.iterations() + " iteration(s) you"
                    + " reported a training accuracy of " + reported + ", but the parameters you returned classify "
                    + Math.round(actual * SmallSubset.EXAMPLES) + " of the " + SmallSubset.EXAMPLES + " training"
                    + " examples correctly (" + actual + "): measure the returned parameters on the examples you"
                    + " trained on");
        }
    }
}
