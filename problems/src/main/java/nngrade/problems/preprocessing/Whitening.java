package nngrade.problems.preprocessing;

/**
 * pre.whiten: PCA, then scale each axis by 1/sqrt(lambda_k + eps), so that the covariance of the
 * result is (nearly) the identity: exactly diag(lambda_k / (lambda_k + eps)).
 *
 * <p>eps &gt; 0 keeps a direction without variance (lambda_k = 0) from dividing by zero: it maps
 * to 0. A factory given eps &lt;= 0 or NaN throws IllegalArgumentException, when it is called or,
 * at the latest, on the first call of {@link #fit} or {@link #transform}.
 */
public interface Whitening {

    /**
     * The same fit as pre.pca.
     *
     * @param x the training data, N by D with N &gt;= 1 (not modified); D = 0 (rows of no entry)
     *          is allowed and has the empty fit: the empty mean, no axis (a 0 by 0 matrix) and no
     *          variance
     * @return the mean, the principal axes and their variances (see {@link PrincipalAxes})
     * @throws IllegalArgumentException if x has no row or ragged rows
     */
    PrincipalAxes fit(double[][] x);

    /**
     * y_ik = (sum_j (x_ij - mu_j) u_kj) / sqrt(lambda_k + eps).
     *
     * @param x    data, M by D, M &gt;= 0 (not modified); with D = 0, M empty rows
     * @param axes the result of a fit, possibly on other data (not modified)
     * @return a new M by D matrix
     * @throws IllegalArgumentException if a row of x does not have length D
     */
    double[][] transform(double[][] x, PrincipalAxes axes);
}
