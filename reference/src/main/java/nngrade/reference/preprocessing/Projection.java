package nngrade.reference.preprocessing;

import nngrade.problems.preprocessing.PrincipalAxes;
import nngrade.reference.Matrices;

/**
 * The rotation shared by PCA and whitening: y_ik = sum_j (x_ij - mu_j) u_kj, the centered example
 * projected on each principal axis.
 */
final class Projection {

    private Projection() {
    }

    /**
     * @param x    M by D (not modified)
     * @param axes the fit (not modified)
     * @return a new M by D matrix (X - mu) U^T
     * @throws IllegalArgumentException if a row of x does not have the fit's length D
     */
    static double[][] project(double[][] x, PrincipalAxes axes) {
        double[][] centered = MeanCentering.subtract(x, axes.mean());
        return Matrices.multiplyTransposed(centered, axes.axes(), axes.axes().length);
    }
}
