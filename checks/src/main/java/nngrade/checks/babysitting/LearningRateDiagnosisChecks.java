package nngrade.checks.babysitting;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.Arrays;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Lazily;
import nngrade.problems.babysitting.LearningRateDiagnosis;
import nngrade.problems.babysitting.LearningRateVerdict;
import nngrade.problems.babysitting.TwoLayerParameters;
import org.junit.jupiter.api.Test;

/**
 * babysit.lr_diagnosis: the trial run that breaks out once the cost exceeds 3 times the original
 * cost, checked through the calls it makes to the checks' network; and the reading of loss curves,
 * checked on real runs of the checks' network at rates from the notes' "loss barely changing" to
 * their "cost: NaN", on the edge cases of the rules, and on generated curves. The expected verdict
 * of every curve is the contract's rule as the checks compute it ({@link NotesRule}).
 */
@ProblemId("babysit.lr_diagnosis")
class LearningRateDiagnosisChecks {

    /** The relative change below which the checks call a loss unchanged. */
    static final double TOLERANCE = 0.01;
    /** Iterations of the checks' trial runs. */
    static final int TRIAL_ITERATIONS = 40;
    /** Examples per class of the trial runs' spiral. */
    static final int TRIAL_PER_CLASS = 20;
    /**
     * Rates that explode the spiral network at once (the notes' 1e6, and beyond), the last so far
     * that the weights overflow and the cost is NaN ("cost: NaN almost always means high learning
     * rate"). Over 2000 seeds every run at these rates broke out at its second loss (see
     * BabysittingSimulationTest).
     */
    static final double[] EXPLODING = {1e2, 1e6, 1e200};
    /**
     * Rates that train without exploding: too low (the notes' 1e-6, and 1e-4), then fine. Over
     * 2000 seeds the rules read every run at them as intended (see BabysittingSimulationTest).
     */
    static final double[] STEADY = {1e-6, 1e-4, 0.05, SmallSubset.LEARNING_RATE};
    /** {learning rate, reg} of the trial runs that must go the whole way: a fine rate, a too low one. */
    static final double[][] STEADY_TRIALS = {{SmallSubset.LEARNING_RATE, 0}, {1e-4, 1e-3}};
    /** Generated curves of the rule check. */
    static final int CURVES = 200;

    private static LearningRateDiagnosis subject() {
        return Subjects.submission().learningRateDiagnosis();
    }

    private static Examples data() {
        return Spiral.generate(TRIAL_PER_CLASS, SmallSubset.CLASSES, Seeds.random(70));
    }

    private static TwoLayerParameters start() {
        return SmallSubset.start(Seeds.random(71));
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.EXAMPLE)
    void stopsAsSoonAsTheCostExceedsThreeTimesTheInitialCost() {
        LearningRateDiagnosis diagnosis = subject();
        for (double lr : EXPLODING) {
            TrialRun run = TrialRun.of(diagnosis, data(), start(), 0, lr, TRIAL_ITERATIONS);
            SgdTrajectory.assertVanillaSgd(run.calls(), start(), data(), 0, lr);
            double[] returned = run.lossesReturned();
            int stop = firstExplosion(returned);
            Expect.that(stop >= 0, () -> "at learning rate " + lr + " no loss was NaN or above 3 L_0 in the "
                    + returned.length + " iterations you ran (losses " + Arrays.toString(returned) + ")"
                    + (returned.length < TRIAL_ITERATIONS ? ", yet the run stopped" : ", although with vanilla SGD the"
                    + " cost explodes at once") + "; " + run.describe());
            Expect.that(returned.length == stop + 1, () -> "at learning rate " + lr + " the loss L_" + stop + " = "
                    + returned[stop] + (Double.isNaN(returned[stop]) ? " is NaN" : " exceeds 3 L_0 = " + 3 * returned[0])
                    + ", so the run must break out right there, but net.loss was called " + returned.length
                    + " times; " + run.describe());
            assertCurveIsWhatTheNetworkReturned(run);
        }
    }

    @Test
    @Weight(2)
    void trainsEveryIterationWhileTheCostStaysBelowThreeTimes() {
        LearningRateDiagnosis diagnosis = subject();
        for (double[] rateAndReg : STEADY_TRIALS) {
            double lr = rateAndReg[0];
            double reg = rateAndReg[1];
            TrialRun run = TrialRun.of(diagnosis, data(), start(), reg, lr, TRIAL_ITERATIONS);
            SgdTrajectory.assertVanillaSgd(run.calls(), start(), data(), reg, lr);
            Expect.that(run.calls().size() == TRIAL_ITERATIONS, () -> "the cost stayed below 3 L_0, so all "
                    + TRIAL_ITERATIONS + " iterations must run, but net.loss was called " + run.calls().size()
                    + " times; " + run.describe());
            assertCurveIsWhatTheNetworkReturned(run);
        }
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.EXAMPLE)
    void diagnosesRealRunsFromTooLowToTooHigh() {
        LearningRateDiagnosis diagnosis = subject();
        double[] rates = new double[STEADY.length + EXPLODING.length];
        System.arraycopy(STEADY, 0, rates, 0, STEADY.length);
        System.arraycopy(EXPLODING, 0, rates, STEADY.length, EXPLODING.length);
        for (double lr : rates) {
            double[] curve = NotesTraining.curve(data(), start(), 0, lr, TRIAL_ITERATIONS);
            assertDiagnosis("the curve of a real run at learning rate " + lr + " (" + LossCurve.describe(curve,
                    TRIAL_ITERATIONS) + ")", diagnosis, curve, TOLERANCE);
        }
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void diagnosesTheEdgeCasesOfTheRules() {
        LearningRateDiagnosis diagnosis = subject();
        for (EdgeCurves.Named c : EdgeCurves.all()) {
            assertDiagnosis(c.name() + " " + Arrays.toString(c.losses()), diagnosis, c.losses(), c.tolerance());
        }
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void followsTheRulesOnGeneratedCurves() {
        LearningRateDiagnosis diagnosis = subject();
        qt().withExamples(CURVES).forAll(EdgeCurves.generated(), EdgeCurves.tolerances())
                .checkAssert((curve, tolerance) -> assertDiagnosis("the curve " + Arrays.toString(curve), diagnosis,
                        curve, tolerance));
    }

    /** Fails unless the submission reads the curve as the rules do; the curve must come back unchanged. */
    private static void assertDiagnosis(String what, LearningRateDiagnosis diagnosis, double[] curve,
            double tolerance) {
        double[] handed = curve.clone();
        LearningRateVerdict actual = diagnosis.diagnose(handed, tolerance);
        Expect.unchanged("losses", curve, handed);
        LearningRateVerdict expected = NotesRule.verdict(curve, tolerance);
        Expect.that(actual == expected,
                () -> what + " with tolerance " + tolerance + ": expected " + expected + " because "
                + NotesRule.why(curve, tolerance) + ", got " + actual);
    }

    /** Fails unless the returned curve is exactly the losses the network returned, in order. */
    private static void assertCurveIsWhatTheNetworkReturned(TrialRun run) {
        double[] returned = run.lossesReturned();
        Expect.that(run.losses().length == returned.length, () -> "the curve has " + run.losses().length
                + " values but net.loss was called " + returned.length + " times; expected one value per call; "
                + run.describe());
        for (int k = 0; k < returned.length; k++) {
            int at = k;
            Lazily.that(Double.compare(run.losses()[k], returned[k]) == 0, () -> "losses[" + at + "] is "
                    + run.losses()[at] + " but the network returned " + returned[at] + " for iterate " + at + "; "
                    + run.describe());
        }
    }

    /** @return the first k with L_k not finite or above 3 L_0, or -1 */
    private static int firstExplosion(double[] losses) {
        for (int k = 0; k < losses.length; k++) {
            if (!Double.isFinite(losses[k]) || losses[k] > LearningRateDiagnosis.EXPLOSION_FACTOR * losses[0]) {
                return k;
            }
        }
        return -1;
    }
}
