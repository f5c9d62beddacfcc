package nngrade.student.preprocessing;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.preprocessing.PrincipalAxes;
import nngrade.problems.preprocessing.Whitening;

/**
 * pre.whiten: PCA, then each axis scaled by 1/sqrt(lambda_k + eps), so that the covariance of the
 * result is the identity up to eps.
 */
public class PcaWhitening implements Whitening {

    private final double eps;

    /**
     * @param eps &gt; 0; reject anything else with IllegalArgumentException (here or in the
     *            methods)
     */
    public PcaWhitening(double eps) {
        this.eps = eps;
    }

    /**
     * The same fit as pre.pca: the mean, the unit eigenvectors of the covariance (1/N) sum_i
     * (x_i - mu)(x_i - mu)^T as rows in decreasing order of eigenvalue, and the eigenvalues.
     *
     * @param x the training data, N by D with N &gt;= 1 (not modified)
     * @return mean, axes and variances
     */
    @Override
    public PrincipalAxes fit(double[][] x) {
        throw new NotImplementedYet("pre.whiten");
    }

    /**
     * y_ik = (sum_j (x_ij - mu_j) u_kj) / sqrt(lambda_k + eps).
     *
     * @param x    data, M by D (not modified)
     * @param axes a fit, possibly on other data (not modified)
     * @return a new M by D matrix
     */
    @Override
    public double[][] transform(double[][] x, PrincipalAxes axes) {
        throw new NotImplementedYet("pre.whiten");
    }
}
