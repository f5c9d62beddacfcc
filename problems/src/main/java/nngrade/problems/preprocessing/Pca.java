package nngrade.problems.preprocessing;

/**
 * pre.pca: rotate centered data onto its principal axes, so that the covariance of the result
 * is diagonal ("data has diagonal covariance matrix"). All D axes are kept: nothing is dropped.
 */
public interface Pca {

    /**
     * @param x the training data, N by D with N &gt;= 1 (not modified); with N = 1 every variance
     *          is 0 and any orthonormal axes will do; D = 0 (rows of no entry) is allowed and has
     *          the empty fit: the empty mean, no axis (a 0 by 0 matrix) and no variance
     * @return the mean, the principal axes and their variances (see {@link PrincipalAxes})
     * @throws IllegalArgumentException if x has no row or ragged rows
     */
    PrincipalAxes fit(double[][] x);

    /**
     * y_ik = sum_j (x_ij - mu_j) u_kj: the centered row projected on each axis.
     *
     * @param x    data, M by D, M &gt;= 0 (not modified); with D = 0, M empty rows
     * @param axes the result of a fit, possibly on other data (not modified)
     * @return a new M by D matrix Y = (X - mu) U^T
     * @throws IllegalArgumentException if a row of x does not have length D
     */
    double[][] transform(double[][] x, PrincipalAxes axes);
}
