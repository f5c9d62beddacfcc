package nngrade.checks.preprocessing;

import nngrade.checks.support.Expect;
import nngrade.checks.support.Moments;
import nngrade.checks.support.Shape;
import nngrade.problems.preprocessing.PrincipalAxes;

/**
 * What a fit of pre.pca or pre.whiten must be, checked against the data with the checks' own
 * EJML covariance C = (1/N) (X - mu)^T (X - mu) and eigenvalues; any sign of an axis and any
 * orthonormal basis of a repeated eigenvalue's eigenspace pass.
 */
final class PrincipalAxesExpect {

    /**
     * Eigen-solvers are backward stable: the computed pairs are exact for C + E with ||E|| about
     * 1e-15 ||C||. 1e-9 of trace(C) leaves six orders of magnitude for that; a wrong normalization
     * (N - 1), an uncentered covariance or an unsorted axis is off by a large fraction of it.
     */
    static final double EIGEN_REL = 1e-9;
    /** Floor for data without variance (a single example), where trace(C) = 0. */
    static final double EIGEN_ABS = 1e-12;
    /** Unit length and orthogonality of the axes: a few ulps of 1 per product. */
    static final double ORTHONORMAL = 1e-9;

    private PrincipalAxesExpect() {
    }

    /** Fails unless fit is the mean and the sorted eigen-decomposition of x's covariance. */
    static void fits(PrincipalAxes fit, double[][] x) {
        meanAndVariances(fit, x);
        axes(fit, x);
    }

    /** Fails unless fit is the contract's fit of data without features: no mean entry, no axis, no variance. */
    static void empty(PrincipalAxes fit) {
        Expect.notNull("fit", fit);
        Expect.notNull("mean", fit.mean());
        Expect.notNull("variances", fit.variances());
        Shape.vector("mean", fit.mean(), 0);
        Shape.vector("variances", fit.variances(), 0);
        Shape.matrix("axes", fit.axes(), 0, 0);
    }

    /** Fails unless fit holds x's mean and the eigenvalues of its covariance, largest first. */
    static void meanAndVariances(PrincipalAxes fit, double[][] x) {
        int d = shapes(fit, x);
        Expect.near("mean: mu_j = (1/N) sum_i x_ij", Moments.columnMeans(x), fit.mean(), 0,
                CenteringChecks.ROUNDING * CenteringChecks.scale(x));
        double[][] c = Moments.covariance(x);
        Expect.near("variances: the eigenvalues of the covariance (1/N) sum_i (x_i - mu)(x_i - mu)^T, largest first",
                Moments.eigenvalues(c), fit.variances(), 0, tolerance(c));
        sortedDecreasing(fit.variances());
        Expect.that(d == fit.variances().length, "one variance per feature");
    }

    /** Fails unless the axes are orthonormal eigenvectors of x's covariance, each with its variance. */
    static void axes(PrincipalAxes fit, double[][] x) {
        int d = shapes(fit, x);
        double[][] c = Moments.covariance(x);
        orthonormal(fit.axes());
        for (int k = 0; k < d; k++) {
            eigenvector(c, fit.axes()[k], fit.variances()[k], k, tolerance(c));
        }
    }

    private static int shapes(PrincipalAxes fit, double[][] x) {
        int d = x[0].length;
        Expect.notNull("fit", fit);
        Shape.vector("mean", fit.mean(), d);
        Shape.vector("variances", fit.variances(), d);
        Shape.matrix("axes", fit.axes(), d, d);
        return d;
    }

    /** @return the tolerance of eigen quantities of C: EIGEN_REL trace(C) + EIGEN_ABS */
    static double tolerance(double[][] c) {
        double trace = 0;
        for (int k = 0; k < c.length; k++) {
            trace += c[k][k];
        }
        return EIGEN_REL * trace + EIGEN_ABS;
    }

    private static void sortedDecreasing(double[] lambda) {
        for (int k = 0; k + 1 < lambda.length; k++) {
            Expect.that(lambda[k] >= lambda[k + 1], "variances must be in decreasing order, but variances["
                    + k + "] = " + lambda[k] + " < variances[" + (k + 1) + "] = " + lambda[k + 1]);
        }
    }

    private static void orthonormal(double[][] u) {
        for (int k = 0; k < u.length; k++) {
            for (int l = 0; l < u.length; l++) {
                Expect.near("axes: the dot product of axis " + k + " and axis " + l
                        + " (the axes must be orthonormal: 1 with itself, 0 with another)",
                        k == l ? 1 : 0, dot(u[k], u[l]), 0, ORTHONORMAL);
            }
        }
    }

    /** C u = lambda u, with lambda both the given variance and u's Rayleigh quotient u^T C u. */
    private static void eigenvector(double[][] c, double[] u, double lambda, int k, double tol) {
        double[] cu = times(c, u);
        Expect.near(() -> "axis " + k + ": u^T C u must equal its variance", lambda, dot(u, cu), 0, tol);
        double[] lu = new double[u.length];
        for (int j = 0; j < u.length; j++) {
            lu[j] = lambda * u[j];
        }
        Expect.near(() -> "axis " + k + " must be an eigenvector: C u = variance u", lu, cu, 0, tol);
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double[] times(double[][] m, double[] v) {
        double[] r = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            r[i] = dot(m[i], v);
        }
        return r;
    }
}
