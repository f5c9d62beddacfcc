package nngrade.checks.preprocessing;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.List;
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
import nngrade.problems.preprocessing.PrincipalAxes;
import nngrade.problems.preprocessing.Whitening;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * pre.whiten: the PCA rotation, then axis k scaled by 1/sqrt(lambda_k + eps); the whitened
 * training data has mean 0 and covariance diag(lambda_k / (lambda_k + eps)), the identity up to
 * eps ("covariance matrix is the identity matrix").
 */
@ProblemId("pre.whiten")
class WhiteningChecks {

    /**
     * The whitened covariance u_k^T C u_l / sqrt((lambda_k + eps)(lambda_l + eps)) inherits the
     * eigen-solver's error ||E|| ~ 1e-15 lambda_max, divided by lambda_min + eps >= 1e-5: with
     * lambda_max below 500 for the generated data that is below 1e-7. A missing centering, an
     * uncentered covariance or a scale by 1/lambda instead of 1/sqrt(lambda) is off by 1e-2 or more.
     */
    private static final double WHITE_ABS = 1e-6;

    /** Values of eps from CS231n's 1e-5 to a strong 1. */
    private static Gen<Double> epsilons() {
        return Generate.pick(List.of(1e-5, 1e-3, 0.1, 1.0));
    }

    private static Whitening subject(double eps) {
        return Subjects.submission().whitening(eps);
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void whitenedTrainingDataHasMeanZeroAndCovarianceNearlyTheIdentity() {
        qt().forAll(DataGens.data(1, 12, 1, 5), epsilons()).checkAssert((x, eps) -> {
            Whitening w = subject(eps);
            double[][] y = w.transform(Inputs.copy(x), w.fit(Inputs.copy(x)));
            Shape.matrix("the whitened data", y, x.length, x[0].length);
            double[] lambda = Moments.eigenvalues(Moments.covariance(x));
            double[][] expected = new double[lambda.length][lambda.length];
            for (int k = 0; k < lambda.length; k++) {
                expected[k][k] = lambda[k] / (lambda[k] + eps);
            }
            Expect.near("the mean of every whitened feature", new double[lambda.length], Moments.columnMeans(y),
                    0, WHITE_ABS);
            Expect.near(
                    () -> "the covariance of the whitened training data, diag(lambda_k/(lambda_k + eps)) with eps = "
                    + eps, expected, Moments.covariance(y), 0, WHITE_ABS);
        });
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void fitFindsTheMeanAndTheEigenvectorsOfTheCovarianceLargestFirst() {
        qt().forAll(DataGens.data(1, 12, 1, 5)).checkAssert(x ->
                PrincipalAxesExpect.fits(subject(1e-5).fit(Inputs.copy(x)), x));
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void transformDividesEachProjectedAxisBySqrtOfItsVariancePlusEps() {
        qt().forAll(DataGens.data(0, 6, 3, 3), Projections.axes(3), epsilons()).checkAssert((x, fit, eps) -> {
            double[] scale = new double[3];
            for (int k = 0; k < 3; k++) {
                scale[k] = 1 / Math.sqrt(fit.variances()[k] + eps);
            }
            Projections.expectProjection("transform(x, axes): (sum_j (x_ij - mu_j) u_kj)/sqrt(variances[k] + eps), eps = "
                    + eps, x, fit, scale, subject(eps).transform(Inputs.copy(x), Projections.copy(fit)));
        });
    }

    @Test
    @Weight(1)
    void aFeatureWithoutVarianceIsWhitenedToZeroAndStaysFinite() {
        // The second feature is constant: one eigenvalue is 0, and eps keeps 1/sqrt(0 + eps) finite.
        double[][] x = {{1, 4.2, -2}, {3, 4.2, 0.5}, {-2, 4.2, 1}, {0.5, 4.2, 3}, {2, 4.2, -1}};
        Whitening w = subject(1e-5);
        PrincipalAxes fit = w.fit(x);
        double[][] y = w.transform(x, fit);
        Shape.matrix("the whitened data", y, x.length, 3);
        for (double[] row : y) {
            Expect.finite("a whitened example", row);
        }
        Expect.near("the variance of the whitened data along the direction without variance (the last axis)",
                0, Moments.columnVariances(y)[2], 0, WHITE_ABS);
    }

    @Test
    @Weight(1)
    void epsThatIsNotPositiveIsRejected() {
        double[][] x = {{1, 2}, {3, -1}, {0, 0.5}};
        for (double eps : new double[] {0, -1e-5, Double.NaN}) {
            Raises.that("whitening(" + eps + ") used on data", IllegalArgumentException.class,
                    () -> {
                        Whitening w = subject(eps);
                        w.transform(x, w.fit(x));
                    });
            // "at the latest on the first call of fit or transform": transform alone, with a fit made elsewhere
            Raises.that("whitening(" + eps + ").transform with a fit made elsewhere", IllegalArgumentException.class,
                    () -> subject(eps).transform(new double[][] {{1, 2}}, Projections.twoAxes()));
        }
    }

    /** The contract's shape rule for transform: every row of x has the fit's length D, else IllegalArgumentException. */
    @Test
    @Weight(1)
    void transformRejectsRowsOfAnotherLengthThanTheFit() {
        Projections.expectRowsOfAnotherLengthRejected((x, fit) -> subject(1e-5).transform(x, fit));
    }

    /**
     * The contract's D = 0: rows without entries have the empty fit (no mean entry, no axis, no
     * variance), and transform with it gives every row empty.
     */
    @Test
    @Weight(1)
    void dataWithoutFeaturesHasTheEmptyFit() {
        Whitening pca = subject(1e-5);
        PrincipalAxes fit = pca.fit(new double[3][0]);
        PrincipalAxesExpect.empty(fit);
        Shape.matrix("transform of 2 rows without entries", pca.transform(new double[2][0], fit), 2, 0);
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInputs() {
        qt().forAll(DataGens.data(1, 6, 1, 4)).checkAssert(x -> {
            double[][] before = Inputs.copy(x);
            Whitening w = subject(1e-5);
            PrincipalAxes fit = w.fit(x);
            Expect.unchanged("x (by fit)", before, x);
            PrincipalAxes fitBefore = Projections.copy(fit);
            w.transform(x, fit);
            Expect.unchanged("x (by transform)", before, x);
            Projections.expectUnchanged(fitBefore, fit);
        });
    }

    @Test
    @Weight(3)
    @NeedsReference
    void agreesWithTheReference() {
        qt().forAll(DataGens.data(1, 10, 1, 5), DataGens.data(0, 4, 1, 5), epsilons()).checkAssert((train, other, eps) -> {
            double[][] test = CenteringChecks.sameWidth(other, train[0].length);
            Whitening r = Subjects.reference().whitening(eps);
            PrincipalAxes expected = r.fit(train);
            PrincipalAxes actual = subject(eps).fit(train);
            Expect.notNull("fit", actual);
            double tol = PrincipalAxesExpect.tolerance(Moments.covariance(train));
            Expect.near("fit: mean", expected.mean(), actual.mean(), 0, CenteringChecks.ROUNDING * CenteringChecks.scale(train));
            Expect.near("fit: variances", expected.variances(), actual.variances(), 0, tol);
            Expect.agrees(() -> "transform of test data with the reference's fit on the training data, eps = " + eps,
                    r.transform(test, expected), subject(eps).transform(test, expected));
        });
    }
}
