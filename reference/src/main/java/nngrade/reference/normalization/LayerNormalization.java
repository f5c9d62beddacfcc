package nngrade.reference.normalization;

import nngrade.problems.normalization.LayerNorm;
import nngrade.problems.normalization.NormGradients;
import nngrade.reference.Shapes;

/**
 * norm.layernorm, torch.nn.LayerNorm(D, eps): the standardization of batch norm applied to the D
 * features of each example (a row) instead of each feature across the batch, then
 * y_ij = gamma_j xhat_ij + beta_j. No batch statistics, so no running averages and no difference
 * between training and test.
 */
public class LayerNormalization implements LayerNorm {

    private final double eps;

    /**
     * @param eps &gt;= 0, added to the variance
     * @throws IllegalArgumentException if eps is negative or NaN
     */
    public LayerNormalization(double eps) {
        if (!(eps >= 0)) {
            throw new IllegalArgumentException("eps must be >= 0, got " + eps);
        }
        this.eps = eps;
    }

    /**
     * @param x     N by D (not modified)
     * @param gamma length D (not modified)
     * @param beta  length D (not modified)
     * @return a new matrix, each row standardized over its own features, scaled and shifted
     */
    @Override
    public double[][] forward(double[][] x, double[] gamma, double[] beta) {
        checkShapes(x, gamma, beta);
        double[][] y = new double[x.length][gamma.length];
        for (int i = 0; i < x.length; i++) {
            Standardization s = Standardization.of(x[i], eps);
            for (int j = 0; j < gamma.length; j++) {
                y[i][j] = gamma[j] * s.xhat(j) + beta[j];
            }
        }
        return y;
    }

    /**
     * @param x     N by D (not modified)
     * @param gamma length D (not modified)
     * @param beta  length D (not modified)
     * @param dy    dL/dY, N by D (not modified)
     * @return dX per row through that row's statistics; dGamma = sum_i dy_ij xhat_ij and
     *     dBeta = sum_i dy_ij, summed over the batch
     */
    @Override
    public NormGradients backward(double[][] x, double[] gamma, double[] beta, double[][] dy) {
        checkShapes(x, gamma, beta);
        int d = gamma.length;
        Shapes.requireShape(dy, x.length, d, "dY");
        double[][] dx = new double[x.length][];
        double[] dGamma = new double[d];
        double[] dBeta = new double[d];
        for (int i = 0; i < x.length; i++) {
            Standardization s = Standardization.of(x[i], eps);
            double[] g = new double[d];
            for (int j = 0; j < d; j++) {
                g[j] = dy[i][j] * gamma[j]; // dL/dxhat
                dGamma[j] += dy[i][j] * s.xhat(j);
                dBeta[j] += dy[i][j];
            }
            dx[i] = s.backward(g);
        }
        return new NormGradients(dx, dGamma, dBeta);
    }

    private static void checkShapes(double[][] x, double[] gamma, double[] beta) {
        Shapes.requireSameLength(gamma, beta, "gamma and beta");
        Shapes.requireShape(x, x.length, gamma.length, "X");
    }
}
