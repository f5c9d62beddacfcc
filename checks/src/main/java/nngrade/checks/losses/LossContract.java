package nngrade.checks.losses;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.List;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Batch;
import nngrade.checks.support.Differences;
import nngrade.checks.support.Expect;
import nngrade.checks.support.GradientCheck;
import nngrade.checks.support.Raises;
import nngrade.checks.support.ScaledAgreement;
import nngrade.problems.Solutions;
import nngrade.problems.losses.Loss;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The checks every loss L(prediction, target) must pass, written once: the gradient with respect
 * to the prediction against central differences of the submission's own value, inputs left
 * alone, finite values at extreme inputs, and agreement with the reference. A concrete class
 * supplies the inputs and adds its closed forms, the notes' numbers and PyTorch's values.
 */
public abstract class LossContract {

    /** @return this problem's loss out of a submission or the reference */
    protected abstract Loss of(Solutions solutions);

    /** @return ordinary inputs, where the loss is smooth: the gradient and closed-form checks use them */
    protected abstract Gen<LossCase> smoothCases();

    /** @return inputs with the edge cases (0, +-1000, tiny values): the reference check uses them */
    protected abstract Gen<LossCase> edgeCases();

    /** @return extreme inputs where the loss and its gradient are finite */
    protected abstract List<LossCase> extremeCases();

    /**
     * @return the size of the terms the loss is a sum of at this input: two correct
     *     implementations may differ by rounding of that size (see {@link ScaledAgreement})
     */
    protected abstract double scale(LossCase c);

    /** @return the same for the gradient; by default that of the value */
    protected double gradientScale(LossCase c) {
        return scale(c);
    }

    protected final Loss subject() {
        return of(Subjects.submission());
    }

    /** @return the submission's value on copies of the input */
    protected static double value(Loss loss, LossCase c) {
        return loss.value(c.prediction().clone(), c.target().clone());
    }

    /** @return the submission's gradient on copies of the input */
    protected static double[] gradient(Loss loss, LossCase c) {
        return loss.gradient(c.prediction().clone(), c.target().clone());
    }

    /** The contract's shapes: the target has the prediction's length, else IllegalArgumentException in both methods. */
    @Test
    @Weight(1)
    void rejectsATargetOfAnotherLength() {
        Loss loss = subject();
        double[] prediction = {0.25, 0.5, 0.25};
        for (double[] target : new double[][] {{0.5, 0.5}, {0.25, 0.25, 0.25, 0.25}}) {
            String what = "a prediction of length 3 and a target of length " + target.length;
            Raises.that("value with " + what, IllegalArgumentException.class,
                    () -> loss.value(prediction.clone(), target.clone()));
            Raises.that("gradient with " + what, IllegalArgumentException.class,
                    () -> loss.gradient(prediction.clone(), target.clone()));
        }
    }

    @Test
    @Weight(3)
    void gradientMatchesCentralDifferencesOfValue() {
        Loss loss = subject();
        qt().forAll(smoothCases()).checkAssert(c -> {
            double[] gradient = gradient(loss, c);
            // the values of the differences, in one question
            GradientCheck.Estimate[] numerical = Differences.gradientOf(loss, l -> l.value(c.prediction(), c.target()),
                    c.prediction(), scale(c));
            GradientCheck.assertMatches("gradient at " + c, gradient, numerical);
        });
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInputs() {
        Loss loss = subject();
        qt().forAll(edgeCases()).checkAssert(c -> {
            double[] p = c.prediction().clone();
            double[] t = c.target().clone();
            Batch.calls(loss, l -> l.value(p, t), l -> l.gradient(p, t));
            Expect.unchanged("prediction", c.prediction(), p);
            Expect.unchanged("target", c.target(), t);
        });
    }

    @Test
    @Weight(1)
    void finiteAtExtremeInputs() {
        Loss loss = subject();
        for (LossCase c : extremeCases()) {
            Expect.finite(() -> "value at " + c, value(loss, c));
            Expect.finite(() -> "gradient at " + c, gradient(loss, c));
        }
    }

    @Test
    @Weight(2)
    @NeedsReference
    void agreesWithTheReference() {
        Loss loss = subject();
        Loss r = of(Subjects.reference());
        qt().forAll(edgeCases()).checkAssert(c -> {
            // value and gradient in one exchange, judged in that order
            java.util.List<Object> got = Batch.calls(loss, l -> value(l, c), l -> gradient(l, c));
            ScaledAgreement.agrees("value at " + c, value(r, c), (Double) got.get(0), scale(c));
            ScaledAgreement.agrees("gradient at " + c, gradient(r, c), (double[]) got.get(1), gradientScale(c));
        });
    }
}
