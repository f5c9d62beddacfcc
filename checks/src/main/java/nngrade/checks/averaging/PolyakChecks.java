package nngrade.checks.averaging;

import static nngrade.checks.api.CheckSettings.qt;

import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.problems.Solutions;
import nngrade.problems.averaging.MovingAverage;
import org.junit.jupiter.api.Test;

/**
 * avg.polyak: S_t = (1/t) sum_{k=1..t} Y_k, the mean of every parameter snapshot so far ("keep a
 * moving average of the parameter vector and use that at test time").
 */
@ProblemId("avg.polyak")
class PolyakChecks extends MovingAverageContract {

    @Override
    protected MovingAverage of(Solutions solutions) {
        return solutions.polyak();
    }

    @Test
    @Weight(1)
    void firstAverageIsTheFirstSnapshot() {
        qt().forAll(sequences()).checkAssert(ys ->
                Expect.near("S_1", ys[0], subject().update(ys[0].clone()), 0, ROUNDING * scale(ys)));
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void equalsTheMeanOfTheSnapshotsSoFar() {
        qt().forAll(sequences()).checkAssert(ys -> {
            double[][] s = feed(subject(), ys);
            double[] sum = new double[ys[0].length];
            for (int t = 1; t <= ys.length; t++) {
                double[] mean = new double[sum.length];
                for (int j = 0; j < sum.length; j++) {
                    sum[j] += ys[t - 1][j];
                    mean[j] = sum[j] / t;
                }
                Expect.near("S_" + t + " = (Y_1 + ... + Y_" + t + ")/" + t, mean, s[t - 1], 0, ROUNDING * scale(ys));
            }
        });
    }

    @Test
    @Weight(1)
    void theOrderOfTheSnapshotsDoesNotChangeTheAverage() {
        qt().forAll(sequences()).checkAssert(ys -> {
            double[][] reversed = new double[ys.length][];
            for (int t = 0; t < ys.length; t++) {
                reversed[t] = ys[ys.length - 1 - t];
            }
            double[][] forward = feed(subject(), ys);
            double[][] backward = feed(subject(), reversed);
            Expect.finite("S_T of the snapshots in order", forward[ys.length - 1]); // NaN would match NaN below
            Expect.near("S_T of the snapshots in reverse order against S_T in order", forward[ys.length - 1],
                    backward[ys.length - 1], 0, ROUNDING * scale(ys));
        });
    }
}
