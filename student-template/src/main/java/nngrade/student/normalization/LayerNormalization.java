package nngrade.student.normalization;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.normalization.LayerNorm;
import nngrade.problems.normalization.NormGradients;

/**
 * norm.layernorm, as torch.nn.LayerNorm(D, eps): batch norm's formulas over the D features of each
 * example (a row of X) instead of over the batch.
 */
public class LayerNormalization implements LayerNorm {

    private final double eps;

    /** @param eps added to the variance */
    public LayerNormalization(double eps) {
        this.eps = eps;
    }

    /**
     * Per row i: mu_i and the biased var_i of its D features, xhat_ij = (x_ij - mu_i) /
     * sqrt(var_i + eps), y_ij = gamma_j xhat_ij + beta_j.
     *
     * @param x     N by D (not modified)
     * @param gamma length D (not modified)
     * @param beta  length D (not modified)
     * @return a new N by D matrix
     */
    @Override
    public double[][] forward(double[][] x, double[] gamma, double[] beta) {
        throw new NotImplementedYet("norm.layernorm");
    }

    /**
     * With g = dy gamma, per row: dx_ij = (g_ij - mean_k g_ik - xhat_ij mean_k g_ik xhat_ik) /
     * sqrt(var_i + eps); dgamma_j = sum_i dy_ij xhat_ij, dbeta_j = sum_i dy_ij.
     *
     * @param x     N by D (not modified)
     * @param gamma length D (not modified)
     * @param beta  length D (not modified)
     * @param dy    dL/dY, N by D (not modified)
     * @return dX, dGamma, dBeta
     */
    @Override
    public NormGradients backward(double[][] x, double[] gamma, double[] beta, double[][] dy) {
        throw new NotImplementedYet("norm.layernorm");
    }
}
