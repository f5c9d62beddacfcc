package nngrade.reference.preprocessing;

import nngrade.problems.preprocessing.Pca;
import nngrade.problems.preprocessing.PrincipalAxes;

/**
 * pre.pca: rotate the centered data onto the eigenvectors of its covariance, Y = (X - mu) U^T.
 * Since U is orthogonal, the covariance of Y is U C U^T = diag(lambda): "data has diagonal
 * covariance matrix".
 */
public class PrincipalComponents implements Pca {

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
     * @return a new M by D matrix y_ik = sum_j (x_ij - mu_j) u_kj
     */
    @Override
    public double[][] transform(double[][] x, PrincipalAxes axes) {
        return Projection.project(x, axes);
    }
}
