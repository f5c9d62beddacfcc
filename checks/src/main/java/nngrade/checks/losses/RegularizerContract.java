package nngrade.checks.losses;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.Arrays;
import java.util.List;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Batch;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Gens;
import nngrade.checks.support.GradientCheck;
import nngrade.checks.support.Inputs;
import nngrade.problems.Solutions;
import nngrade.problems.losses.Regularizer;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The checks of a weight penalty R(w) with strength lambda, written once: closed forms of value and
 * gradient, the gradient against central differences of the submission's own value, inputs left
 * alone, finite values at extreme weights, agreement with the reference. lambda is generated,
 * 0 included.
 */
public abstract class RegularizerContract {

    /** @return this problem's penalty with strength lambda */
    protected abstract Regularizer of(Solutions solutions, double lambda);

    /** @return R(w) in closed form */
    protected abstract double closedValue(double lambda, double[] w);

    /** @return dR/dw_i in closed form, where it is differentiable */
    protected abstract double closedGradient(double lambda, double wi);

    /** @return whether R is differentiable in w_i at wi, with room for a central difference */
    protected boolean smoothAt(double wi) {
        return true;
    }

    /** @return lambda: 0, ordinary and extreme strengths */
    protected static Gen<Double> lambdas() {
        return Generate.frequency(
                Pair.of(5, Gens.between(0, 10)),
                Pair.of(2, Gens.logMagnitudes(1e-6, 1e3).map(Math::abs)),
                Pair.of(3, Generate.pick(List.of(0.0, 0.5, 1.0, 1e-4)))).describedAs(l -> "lambda = " + l);
    }

    /** @return weights where R is smooth, every coordinate in [-5, 5] */
    protected Gen<double[]> smoothWeights() {
        return Gens.vectors(1, 6, Gens.between(-5, 5).assuming(this::smoothAt));
    }

    protected final Regularizer subject(double lambda) {
        return of(Subjects.submission(), lambda);
    }

    private static String at(double lambda, double[] w) {
        return "lambda = " + lambda + ", w = " + Arrays.toString(w);
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void valueMatchesTheClosedForm() {
        qt().forAll(lambdas(), Gens.vectors(1, 6, Gens.scalars())).checkAssert((lambda, w) ->
                Expect.agrees(() -> "R(w) at " + at(lambda, w),
                        closedValue(lambda, w), subject(lambda).value(w.clone())));
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void gradientMatchesTheClosedForm() {
        qt().forAll(lambdas(), Gens.vectors(1, 6, Gens.scalars().assuming(this::smoothAt))).checkAssert((lambda, w) ->
                Expect.agrees(() -> "dR/dw at " + at(lambda, w), Arrays.stream(w).map(wi -> closedGradient(lambda, wi))
                        .toArray(), subject(lambda).gradient(w.clone())));
    }

    @Test
    @Weight(3)
    void gradientMatchesCentralDifferencesOfValue() {
        qt().forAll(lambdas(), smoothWeights()).checkAssert((lambda, w) -> {
            Regularizer r = subject(lambda);
            double[] gradient = r.gradient(w.clone());
            // the values of the differences, in one question
            GradientCheck.Estimate[] numerical = GradientCheck.gradientOf(r, g -> g.value(w), w);
            GradientCheck.assertMatches("dR/dw at " + at(lambda, w), gradient, numerical);
        });
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInputs() {
        qt().forAll(lambdas(), Gens.vectors(1, 6, Gens.scalars())).checkAssert((lambda, w) -> {
            Regularizer r = subject(lambda);
            double[] copy = Inputs.copy(w);
            Batch.calls(r, g -> g.value(copy), g -> g.gradient(copy));
            Expect.unchanged("w", w, copy);
        });
    }

    @Test
    @Weight(1)
    void finiteAtExtremeInputs() {
        double[] w = {-1000, -1e-8, 0, 1e-8, 1000};
        for (double lambda : new double[] {0, 1, 1000}) {
            Regularizer r = subject(lambda);
            Expect.finite(() -> "R(w) at " + at(lambda, w), r.value(w.clone()));
            Expect.finite(() -> "dR/dw at " + at(lambda, w), r.gradient(w.clone()));
        }
    }

    @Test
    @Weight(2)
    @NeedsReference
    void agreesWithTheReference() {
        qt().forAll(lambdas(), Gens.vectors(1, 6, Gens.scalars())).checkAssert((lambda, w) -> {
            Regularizer mine = subject(lambda);
            Regularizer ref = of(Subjects.reference(), lambda);
            // value and gradient in one exchange, judged in that order
            List<Object> got = Batch.calls(mine, g -> g.value(w.clone()), g -> g.gradient(w.clone()));
            Expect.agrees(() -> "R(w) at " + at(lambda, w), ref.value(w.clone()), (Double) got.get(0));
            double[] expected = ref.gradient(w.clone());
            double[] actual = (double[]) got.get(1);
            Expect.shape(() -> "dR/dw at " + at(lambda, w), expected, actual);
            for (int i = 0; i < w.length; i++) {
                int element = i;
                if (smoothAt(w[i])) { // at a kink any subgradient is right: the kink check covers it
                    Expect.agrees(() -> "dR/dw[" + element + "] at " + at(lambda, w), expected[i], actual[i]);
                }
            }
        });
    }
}
