package nngrade.problems.normalization;

/**
 * norm.batchnorm, as torch.nn.BatchNorm1d(features, eps, momentum) on a batch X of shape (N, D),
 * D = features, one example per row; gamma and beta have length D.
 *
 * <p>Train mode, per feature j, with the batch statistics:
 * <pre>
 *   mu_j   = (1/N) sum_i x_ij
 *   var_j  = (1/N) sum_i (x_ij - mu_j)^2            (biased: divided by N)
 *   xhat_ij = (x_ij - mu_j) / sqrt(var_j + eps)
 *   y_ij   = gamma_j xhat_ij + beta_j
 * </pre>
 * With gamma_j = sqrt(var_j + eps) and beta_j = mu_j the layer is the identity.
 *
 * <p>The variance is the mean of the squared deviations from the mean, computed as written: the
 * deviations x_ij - mu_j first, then their squares (two passes, as torch). A large common offset
 * then costs no digits of var_j: a column 1e8 + (0.25, 0.5, 1.75) has the variance of
 * (0.25, 0.5, 1.75), 31/72, to double precision, where the one-pass form (1/N) sum_i x_ij^2 - mu_j^2
 * cancels every digit of it.
 *
 * <p>The layer is stateful. It starts with running mean 0 and running variance 1, and every
 * train-mode forward updates them by an exponential average, following torch's convention for
 * momentum (the weight of the NEW batch):
 * <pre>
 *   running_mean = (1 - momentum) running_mean + momentum mu
 *   running_var  = (1 - momentum) running_var  + momentum var_unbiased,
 *   var_unbiased = N/(N - 1) var
 * </pre>
 * Like torch, the running variance takes the UNBIASED batch variance, while the normalization
 * itself uses the biased one. Test mode normalizes with the running statistics instead of the
 * batch's and changes nothing.
 *
 * <p>Degenerate input: train mode (forwardTrain, backward) needs N &gt;= 2 and throws
 * IllegalArgumentException otherwise, as torch refuses "more than 1 value per channel" batches;
 * test mode accepts any N &gt;= 0. Shapes that do not match D throw IllegalArgumentException.
 */
public interface BatchNorm {

    /**
     * Normalizes with the batch statistics and updates the running statistics.
     *
     * @param x     X, N by D, N &gt;= 2 (not modified)
     * @param gamma the scale, length D (not modified)
     * @param beta  the shift, length D (not modified)
     * @return a new N by D matrix Y
     */
    double[][] forwardTrain(double[][] x, double[] gamma, double[] beta);

    /**
     * y_ij = gamma_j (x_ij - running_mean_j) / sqrt(running_var_j + eps) + beta_j; changes no
     * state.
     *
     * @param x     X, N by D, N &gt;= 0 (not modified)
     * @param gamma the scale, length D (not modified)
     * @param beta  the shift, length D (not modified)
     * @return a new N by D matrix Y
     */
    double[][] forwardTest(double[][] x, double[] gamma, double[] beta);

    /**
     * The gradients of the train-mode forward at X (batch statistics), with g_ij = dy_ij gamma_j:
     * <pre>
     *   dbeta_j  = sum_i dy_ij
     *   dgamma_j = sum_i dy_ij xhat_ij
     *   dx_ij    = (g_ij - (1/N) sum_k g_kj - xhat_ij (1/N) sum_k g_kj xhat_kj) / sqrt(var_j + eps)
     * </pre>
     * Changes no state (the running statistics are not updated).
     *
     * @param x     X, N by D, N &gt;= 2 (not modified)
     * @param gamma the scale, length D (not modified)
     * @param beta  the shift, length D (not modified)
     * @param dy    dL/dY, N by D (not modified)
     * @return dX, dGamma, dBeta
     */
    NormGradients backward(double[][] x, double[] gamma, double[] beta, double[][] dy);

    /** @return a copy of the running mean, length D */
    double[] runningMean();

    /** @return a copy of the running variance, length D */
    double[] runningVar();
}
