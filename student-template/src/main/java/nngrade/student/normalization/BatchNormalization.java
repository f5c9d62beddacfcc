package nngrade.student.normalization;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.normalization.BatchNorm;
import nngrade.problems.normalization.NormGradients;

/**
 * norm.batchnorm, as torch.nn.BatchNorm1d(features, eps, momentum) on a batch X of shape (N, D).
 * The layer keeps a running mean (starting at 0) and a running variance (starting at 1) per
 * feature: add the fields for them.
 */
public class BatchNormalization implements BatchNorm {

    private final int features;
    private final double eps;
    private final double momentum;

    /**
     * @param features D
     * @param eps      added to the variance
     * @param momentum the weight of the new batch in the running statistics
     */
    public BatchNormalization(int features, double eps, double momentum) {
        this.features = features;
        this.eps = eps;
        this.momentum = momentum;
    }

    /**
     * Per feature j: mu_j and the BIASED var_j (divided by N) of column j, xhat = (x - mu) /
     * sqrt(var + eps), y = gamma xhat + beta. Then running_mean = (1 - momentum) running_mean +
     * momentum mu and running_var = (1 - momentum) running_var + momentum N/(N-1) var (the
     * unbiased variance, as torch). N &lt; 2: IllegalArgumentException.
     *
     * @param x     N by D (not modified)
     * @param gamma length D (not modified)
     * @param beta  length D (not modified)
     * @return a new N by D matrix
     */
    @Override
    public double[][] forwardTrain(double[][] x, double[] gamma, double[] beta) {
        throw new NotImplementedYet("norm.batchnorm");
    }

    /**
     * y_ij = gamma_j (x_ij - running_mean_j) / sqrt(running_var_j + eps) + beta_j; no state
     * changes.
     *
     * @param x     N by D (not modified)
     * @param gamma length D (not modified)
     * @param beta  length D (not modified)
     * @return a new N by D matrix
     */
    @Override
    public double[][] forwardTest(double[][] x, double[] gamma, double[] beta) {
        throw new NotImplementedYet("norm.batchnorm");
    }

    /**
     * The gradients of forwardTrain at x, with g = dy gamma: dbeta_j = sum_i dy_ij, dgamma_j =
     * sum_i dy_ij xhat_ij, dx_ij = (g_ij - mean_k g_kj - xhat_ij mean_k g_kj xhat_kj) /
     * sqrt(var_j + eps). No state changes.
     *
     * @param x     N by D (not modified)
     * @param gamma length D (not modified)
     * @param beta  length D (not modified)
     * @param dy    dL/dY, N by D (not modified)
     * @return dX, dGamma, dBeta
     */
    @Override
    public NormGradients backward(double[][] x, double[] gamma, double[] beta, double[][] dy) {
        throw new NotImplementedYet("norm.batchnorm");
    }

    /** @return a copy of the running mean */
    @Override
    public double[] runningMean() {
        throw new NotImplementedYet("norm.batchnorm");
    }

    /** @return a copy of the running variance */
    @Override
    public double[] runningVar() {
        throw new NotImplementedYet("norm.batchnorm");
    }
}
