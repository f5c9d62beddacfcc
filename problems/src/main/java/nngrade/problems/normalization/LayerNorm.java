package nngrade.problems.normalization;

/**
 * norm.layernorm, as torch.nn.LayerNorm(D, eps): the batch-norm formulas applied over the D
 * features of ONE example instead of over the batch. For every row i of X (N by D):
 * <pre>
 *   mu_i    = (1/D) sum_j x_ij
 *   var_i   = (1/D) sum_j (x_ij - mu_i)^2            (biased: divided by D)
 *   xhat_ij = (x_ij - mu_i) / sqrt(var_i + eps)
 *   y_ij    = gamma_j xhat_ij + beta_j
 * </pre>
 * gamma and beta have length D. No running statistics: train and test behave the same, and each
 * row's output depends on that row only.
 *
 * <p>The variance is the mean of the squared deviations from the mean, computed as written: the
 * deviations x_ij - mu_i first, then their squares (two passes, as torch). A large common offset
 * then costs no digits of var_i: a row 1e8 + (0.25, 0.5, 1.75) has the variance of
 * (0.25, 0.5, 1.75), 31/72, to double precision, where the one-pass form (1/D) sum_j x_ij^2 - mu_i^2
 * cancels every digit of it.
 *
 * <p>Degenerate input: N = 0 gives an empty result and zero dGamma, dBeta; with D = 1 every xhat
 * is 0, so y = beta. Shapes that do not match throw IllegalArgumentException.
 */
public interface LayerNorm {

    /**
     * @param x     X, N by D (not modified)
     * @param gamma the scale, length D (not modified)
     * @param beta  the shift, length D (not modified)
     * @return a new N by D matrix Y
     */
    double[][] forward(double[][] x, double[] gamma, double[] beta);

    /**
     * With g_ij = dy_ij gamma_j, per row i:
     * <pre>
     *   dx_ij    = (g_ij - (1/D) sum_k g_ik - xhat_ij (1/D) sum_k g_ik xhat_ik) / sqrt(var_i + eps)
     *   dgamma_j = sum_i dy_ij xhat_ij,  dbeta_j = sum_i dy_ij
     * </pre>
     *
     * @param x     X, N by D (not modified)
     * @param gamma the scale, length D (not modified)
     * @param beta  the shift, length D (not modified)
     * @param dy    dL/dY, N by D (not modified)
     * @return dX, dGamma, dBeta
     */
    NormGradients backward(double[][] x, double[] gamma, double[] beta, double[][] dy);
}
