package nngrade.problems.preprocessing;

/**
 * What PCA learns from training data X (N by D): its mean and the eigen-decomposition of its
 * covariance C = (1/N) sum_i (x_i - mu)(x_i - mu)^T (normalized by N, as in the notes'
 * {@code cov = X.T @ X / N} on centered X).
 *
 * @param mean      mu, length D
 * @param axes      D by D; row k is the k-th principal axis u_k, a unit eigenvector of C. The rows
 *                  are orthonormal. The sign of each axis is free; within a repeated eigenvalue
 *                  any orthonormal basis of its eigenspace will do
 * @param variances lambda, length D: lambda_k = u_k^T C u_k, the eigenvalue of axis k, in
 *                  decreasing order lambda_0 &gt;= lambda_1 &gt;= ... &gt;= 0
 */
public record PrincipalAxes(double[] mean, double[][] axes, double[] variances) {
}
