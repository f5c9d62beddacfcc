package nngrade.checks.preprocessing;

import static nngrade.checks.api.CheckSettings.qt;

import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.DataGens;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Inputs;
import nngrade.checks.support.Moments;
import nngrade.checks.support.Raises;
import nngrade.checks.support.Shape;
import nngrade.problems.preprocessing.Centering;
import org.junit.jupiter.api.Test;

/**
 * pre.center: x_ij - mu_j with mu the per-feature mean of the training data ("subtract the mean
 * image"); the output has mean 0 per feature.
 */
@ProblemId("pre.center")
class CenteringChecks {

    /**
     * A mean is a sum of at most a few dozen values; its rounding error stays below 1e-13 of the
     * largest |x|, and 1e-11 leaves room for any summation order. A wrong mean misses by the
     * data's own scale (0.1 or more).
     */
    static final double ROUNDING = 1e-11;

    private static Centering subject() {
        return Subjects.submission().centering();
    }

    @Test
    @Weight(3)
    void centeredTrainingDataHasMeanZeroPerFeature() {
        qt().forAll(DataGens.data(1, 12, 1, 5)).checkAssert(x -> {
            Centering c = subject();
            double[][] y = c.transform(x, c.fit(x));
            Shape.matrix("the centered data", y, x.length, x[0].length);
            Expect.near("the mean of every feature of the centered training data",
                    new double[x[0].length], Moments.columnMeans(y), 0, ROUNDING * scale(x));
        });
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void fitReturnsThePerFeatureMean() {
        qt().forAll(DataGens.data(1, 12, 1, 5)).checkAssert(x ->
                Expect.near("fit: mu_j = (1/N) sum_i x_ij, the mean of column j", Moments.columnMeans(x),
                        subject().fit(x), 0, ROUNDING * scale(x)));
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void transformSubtractsTheGivenMeanFromEveryRow() {
        // The mean comes from other (training) data: test data is centered with the training mean.
        qt().forAll(DataGens.data(0, 6, 3, 3), DataGens.data(1, 1, 3, 3)).checkAssert((x, m) -> {
            double[] mean = m[0];
            double[][] expected = new double[x.length][3];
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < 3; j++) {
                    expected[i][j] = x[i][j] - mean[j];
                }
            }
            Expect.agrees(
                    () -> "transform(x, mean): x_ij - mean_j with the GIVEN mean " + java.util.Arrays.toString(mean),
                    expected, subject().transform(x, mean));
        });
    }

    @Test
    @Weight(1)
    void fitOnNoDataIsRejected() {
        Raises.that("fit on a data matrix of 0 rows (no mean exists)", IllegalArgumentException.class,
                () -> subject().fit(new double[0][]));
    }

    /** The contract's rule for fit: ragged rows (of different lengths) are IllegalArgumentException. */
    @Test
    @Weight(1)
    void fitRejectsRowsOfDifferentLengths() {
        Raises.that("fit on rows of 2 then 3 entries", IllegalArgumentException.class,
                () -> subject().fit(new double[][] {{1, 2}, {3, 4, 5}}));
        Raises.that("fit on rows of 2 then 1 entry", IllegalArgumentException.class,
                () -> subject().fit(new double[][] {{1, 2}, {3}}));
    }

    /** The contract's shape rule for transform: every row of x has the mean's length D, else IllegalArgumentException. */
    @Test
    @Weight(1)
    void transformRejectsRowsOfAnotherLengthThanTheMean() {
        double[] mean = {0.5, -1};
        rejects("rows of 3 entries", new double[][] {{1, 2, 3}, {0, 1, 2}}, mean);
        rejects("rows of 1 entry", new double[][] {{1}, {2}}, mean);
        rejects("a second row of 1 entry", new double[][] {{1, 2}, {3}}, mean);
    }

    private static void rejects(String what, double[][] x, double[] mean) {
        Raises.that("transform of " + what + " with a mean of length " + mean.length, IllegalArgumentException.class,
                () -> subject().transform(Inputs.copy(x), mean.clone()));
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInputs() {
        qt().forAll(DataGens.data(1, 6, 1, 4)).checkAssert(x -> {
            double[][] before = Inputs.copy(x);
            Centering c = subject();
            double[] mean = c.fit(x);
            double[] meanBefore = Inputs.copy(mean);
            c.transform(x, mean);
            Expect.unchanged("x", before, x);
            Expect.unchanged("mean", meanBefore, mean);
        });
    }

    @Test
    @Weight(2)
    @NeedsReference
    void agreesWithTheReference() {
        qt().forAll(DataGens.data(1, 10, 1, 5), DataGens.data(0, 4, 1, 5)).checkAssert((train, other) -> {
            double[][] test = sameWidth(other, train[0].length);
            Centering s = subject();
            Centering r = Subjects.reference().centering();
            double[] mean = r.fit(train);
            Expect.near("fit", mean, s.fit(train), 0, ROUNDING * scale(train));
            Expect.agrees("transform of test data with the training mean", r.transform(test, mean),
                    s.transform(test, mean));
        });
    }

    /** @return max |x_ij|, at least 1: the scale of the data's rounding errors */
    static double scale(double[][] x) {
        return Math.max(1, Moments.maxAbs(x));
    }

    /** @return the rows of m cut or padded with 0 to width d */
    static double[][] sameWidth(double[][] m, int d) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = java.util.Arrays.copyOf(m[i], d);
        }
        return c;
    }
}
