package nngrade.checks.averaging;

import static nngrade.checks.api.CheckSettings.qt;

import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.DataGens;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Gens;
import nngrade.checks.support.Raises;
import nngrade.problems.Solutions;
import nngrade.problems.averaging.MovingAverage;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * avg.ema: S_1 = Y_1, S_t = a Y_t + (1 - a) S_{t-1}; unrolled, the weighted sum
 * S_t = (1-a)^(t-1) Y_1 + sum_{k=2..t} a (1-a)^(t-k) Y_k, whose weights add up to 1.
 */
@ProblemId("avg.ema")
class EmaChecks extends MovingAverageContract {

    /** The weight every check of the contract uses. */
    private static final double A = 0.3;

    /** @return weights a in [0, 1] in steps of 1/20 */
    private static Gen<Double> weights() {
        return DataGens.grid(0, 1, 20);
    }

    @Override
    protected MovingAverage of(Solutions solutions) {
        return solutions.ema(A);
    }

    @Test
    @Weight(1)
    void firstAverageIsTheFirstValue() {
        qt().forAll(sequences(), weights()).checkAssert((ys, a) ->
                Expect.near(() -> "S_1 with a = " + a, ys[0], Subjects.submission().ema(a).update(ys[0].clone()), 0,
                        ROUNDING * scale(ys)));
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void equalsTheClosedFormWeightedSumOfThePastValues() {
        qt().forAll(sequences(), weights()).checkAssert((ys, a) -> {
            double[][] s = feed(Subjects.submission().ema(a), ys);
            for (int t = 1; t <= ys.length; t++) {
                Expect.near("S_" + t + " with a = " + a + ": (1-a)^(t-1) Y_1 + sum_{k=2..t} a (1-a)^(t-k) Y_k",
                        closedForm(ys, t, a), s[t - 1], 0, ROUNDING * scale(ys));
            }
        });
    }

    @Test
    @Weight(1)
    void aConstantSequenceStaysConstant() {
        qt().forAll(Gens.vectors(1, 4, DataGens.grid(-20, 20, 80)), weights()).checkAssert((y, a) -> {
            MovingAverage avg = Subjects.submission().ema(a);
            for (int t = 1; t <= 6; t++) {
                Expect.near("S_" + t + " of a constant sequence with a = " + a + " (the weights add up to 1)", y,
                        avg.update(y.clone()), 0, ROUNDING * scale(new double[][] {y}));
            }
        });
    }

    @Test
    @Weight(1)
    void weightOneFollowsTheLatestValueAndWeightZeroKeepsTheFirst() {
        qt().forAll(sequences()).checkAssert(ys -> {
            double[][] latest = feed(Subjects.submission().ema(1), ys);
            double[][] first = feed(Subjects.submission().ema(0), ys);
            for (int t = 0; t < ys.length; t++) {
                Expect.near("S_" + (t + 1) + " with a = 1 (must be Y_t)", ys[t], latest[t], 0, ROUNDING * scale(ys));
                Expect.near("S_" + (t + 1) + " with a = 0 (must stay Y_1)", ys[0], first[t], 0, ROUNDING * scale(ys));
            }
        });
    }

    @Test
    @Weight(1)
    void aWeightOutsideZeroToOneIsRejected() {
        for (double a : new double[] {-0.1, 1.5, Double.NaN}) {
            Raises.that("ema(" + a + ") fed a vector", IllegalArgumentException.class,
                    () -> Subjects.submission().ema(a).update(new double[] {1, 2}));
        }
    }

    /** @return S_t = (1-a)^(t-1) Y_1 + sum_{k=2..t} a (1-a)^(t-k) Y_k, written out */
    private static double[] closedForm(double[][] ys, int t, double a) {
        double[] s = new double[ys[0].length];
        for (int k = 1; k <= t; k++) {
            double w = k == 1 ? Math.pow(1 - a, t - 1) : a * Math.pow(1 - a, t - k);
            for (int j = 0; j < s.length; j++) {
                s[j] += w * ys[k - 1][j];
            }
        }
        return s;
    }

}
