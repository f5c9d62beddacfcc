package nngrade.student.preprocessing;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.preprocessing.Pca;
import nngrade.problems.preprocessing.PrincipalAxes;

/**
 * pre.pca: rotate centered data onto its principal axes, so that its covariance becomes diagonal.
 */
public class PrincipalComponents implements Pca {

    /**
     * The mean mu of x and the eigen-decomposition of its covariance C = (1/N) sum_i (x_i - mu)
     * (x_i - mu)^T: the unit eigenvectors as the rows of axes, sorted by DEcreasing eigenvalue,
     * and the eigenvalues as variances. Any symmetric eigen-solver will do; remember to sort.
     *
     * @param x the training data, N by D with N &gt;= 1 (not modified)
     * @return mean, axes and variances
     * @throws IllegalArgumentException if x has no row
     */
    @Override
    public PrincipalAxes fit(double[][] x) {
        throw new NotImplementedYet("pre.pca");
    }

    /**
     * y_ik = sum_j (x_ij - mu_j) u_kj, with mu and the axes u_k of the given fit.
     *
     * @param x    data, M by D (not modified)
     * @param axes a fit, possibly on other data (not modified)
     * @return a new M by D matrix
     */
    @Override
    public double[][] transform(double[][] x, PrincipalAxes axes) {
        throw new NotImplementedYet("pre.pca");
    }
}
