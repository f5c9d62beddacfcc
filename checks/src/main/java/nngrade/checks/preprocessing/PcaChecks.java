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
import nngrade.problems.preprocessing.Pca;
import nngrade.problems.preprocessing.PrincipalAxes;
import org.junit.jupiter.api.Test;

/**
 * pre.pca: y = (x - mu) U^T with the rows of U the eigenvectors of the covariance, largest
 * eigenvalue first; the covariance of the output is diagonal ("data has diagonal covariance
 * matrix"), with the eigenvalues on the diagonal.
 */
@ProblemId("pre.pca")
class PcaChecks {

    private static Pca subject() {
        return Subjects.submission().pca();
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void fitFindsTheMeanAndTheEigenvaluesOfTheCovarianceLargestFirst() {
        qt().forAll(DataGens.data(1, 12, 1, 5)).checkAssert(x ->
                PrincipalAxesExpect.meanAndVariances(subject().fit(Inputs.copy(x)), x));
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void axesAreOrthonormalEigenvectorsOfTheCovariance() {
        qt().forAll(DataGens.data(1, 12, 1, 5)).checkAssert(x ->
                PrincipalAxesExpect.axes(subject().fit(Inputs.copy(x)), x));
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void rotatedTrainingDataHasDiagonalCovarianceOfTheEigenvalues() {
        qt().forAll(DataGens.data(1, 12, 1, 5)).checkAssert(x -> {
            Pca pca = subject();
            double[][] y = pca.transform(Inputs.copy(x), pca.fit(Inputs.copy(x)));
            Shape.matrix("the rotated data", y, x.length, x[0].length);
            double[][] c = Moments.covariance(x);
            double[] lambda = Moments.eigenvalues(c);
            double[][] expected = new double[lambda.length][lambda.length];
            for (int k = 0; k < lambda.length; k++) {
                expected[k][k] = lambda[k];
            }
            Expect.near("the covariance of the rotated training data (must be diag(eigenvalues), largest first)",
                    expected, Moments.covariance(y), 0, PrincipalAxesExpect.tolerance(c));
        });
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void transformProjectsTheCenteredRowsOntoTheGivenAxes() {
        // Any mean and any axes, fitted on other data or not: transform is the formula.
        qt().forAll(DataGens.data(0, 6, 3, 3), Projections.axes(3)).checkAssert((x, fit) ->
                Projections.expectProjection("transform(x, axes): y_ik = sum_j (x_ij - mu_j) u_kj", x, fit,
                        new double[] {1, 1, 1}, subject().transform(Inputs.copy(x), Projections.copy(fit))));
    }

    /** The contract's shape rule for transform: every row of x has the fit's length D, else IllegalArgumentException. */
    @Test
    @Weight(1)
    void transformRejectsRowsOfAnotherLengthThanTheFit() {
        Projections.expectRowsOfAnotherLengthRejected((x, fit) -> subject().transform(x, fit));
    }

    @Test
    @Weight(1)
    void rotationKeepsTheDistancesBetweenExamples() {
        qt().forAll(DataGens.data(2, 8, 1, 4)).checkAssert(x -> {
            Pca pca = subject();
            double[][] y = pca.transform(x, pca.fit(x));
            Shape.matrix("the rotated data", y, x.length, x[0].length);
            for (int a = 1; a < x.length; a++) {
                Expect.near("the distance between examples 0 and " + a + " after the rotation",
                        distance(x[0], x[a]), distance(y[0], y[a]), 1e-9, 1e-12 * CenteringChecks.scale(x));
            }
        });
    }

    @Test
    @Weight(1)
    void aSingleExampleHasZeroVarianceOnEveryAxis() {
        double[][] x = {{3, -1, 2.5}};
        Pca pca = subject();
        PrincipalAxes fit = pca.fit(x);
        PrincipalAxesExpect.fits(fit, x);
        Expect.near("the single example, centered and rotated", new double[][] {{0, 0, 0}},
                pca.transform(x, fit), 0, 1e-12);
    }

    @Test
    @Weight(1)
    void fitOnNoDataIsRejected() {
        Raises.that("fit on a data matrix of 0 rows", IllegalArgumentException.class,
                () -> subject().fit(new double[0][]));
    }

    /**
     * The contract's D = 0: rows without entries have the empty fit (no mean entry, no axis, no
     * variance), and transform with it gives every row empty.
     */
    @Test
    @Weight(1)
    void dataWithoutFeaturesHasTheEmptyFit() {
        Pca pca = subject();
        PrincipalAxes fit = pca.fit(new double[3][0]);
        PrincipalAxesExpect.empty(fit);
        Shape.matrix("transform of 2 rows without entries", pca.transform(new double[2][0], fit), 2, 0);
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInputs() {
        qt().forAll(DataGens.data(1, 6, 1, 4)).checkAssert(x -> {
            double[][] before = Inputs.copy(x);
            Pca pca = subject();
            PrincipalAxes fit = pca.fit(x);
            Expect.unchanged("x (by fit)", before, x);
            PrincipalAxes fitBefore = Projections.copy(fit);
            pca.transform(x, fit);
            Expect.unchanged("x (by transform)", before, x);
            Projections.expectUnchanged(fitBefore, fit);
        });
    }

    @Test
    @Weight(3)
    @NeedsReference
    void agreesWithTheReference() {
        qt().forAll(DataGens.data(1, 10, 1, 5), DataGens.data(0, 4, 1, 5)).checkAssert((train, other) -> {
            double[][] test = CenteringChecks.sameWidth(other, train[0].length);
            Pca r = Subjects.reference().pca();
            PrincipalAxes expected = r.fit(train);
            PrincipalAxes actual = subject().fit(train);
            Expect.notNull("fit", actual);
            double tol = PrincipalAxesExpect.tolerance(Moments.covariance(train));
            Expect.near("fit: mean", expected.mean(), actual.mean(), 0, CenteringChecks.ROUNDING * CenteringChecks.scale(train));
            Expect.near("fit: variances", expected.variances(), actual.variances(), 0, tol);
            Expect.agrees("transform of test data with the reference's fit on the training data",
                    r.transform(test, expected), subject().transform(test, expected));
        });
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }
}
