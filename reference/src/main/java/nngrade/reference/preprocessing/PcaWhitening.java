package nngrade.reference.preprocessing;

import nngrade.problems.preprocessing.PrincipalAxes;
import nngrade.problems.preprocessing.Whitening;

/**
 * pre.whiten: the PCA rotation, then axis k divided by sqrt(lambda_k + eps), so the covariance of
 * the output is diag(lambda_k / (lambda_k + eps)), the identity up to eps ("covariance matrix is
 * the identity matrix"). eps keeps a direction without variance finite: it maps to 0.
 */
public class PcaWhitening implements Whitening {

    private final double eps;

    /**
     * @param eps &gt; 0
     * @throws IllegalArgumentException if eps is not positive (or NaN)
     */
    public PcaWhitening(double eps) {
        if (!(eps > 0)) {
            throw new IllegalArgumentException("eps must be positive, got " + eps);
        }
        this.eps = eps;
    }

    /**
     * @param x the training data, N by D, N &gt;= 1 (not modified)
     * @return mu, the principal axes (rows) and their variances, in decreasing order
     */
    @Override
    public PrincipalAxes fit(double[][] x) {
        return PrincipalAxesFit.fit(x);
    }

    /**
     * @param x    data, M by D (not modified)
     * @param axes a fit (not modified)
     * @return a new M by D matrix y_ik = (sum_j (x_ij - mu_j) u_kj) / sqrt(lambda_k + eps)
     */
    @Override
    public double[][] transform(double[][] x, PrincipalAxes axes) {
        double[][] y = Projection.project(x, axes);
        double[] lambda = axes.variances();
        for (double[] row : y) {
            for (int k = 0; k < row.length; k++) {
                row[k] /= Math.sqrt(lambda[k] + eps);
            }
        }
        return y;
    }
}
