package nngrade.reference.initialization;

import java.util.function.DoubleSupplier;
import nngrade.problems.initialization.ProductVariance;

/**
 * stat.var_product: Var(XY) for independent X and Y. From Var(XY) = E[X^2] E[Y^2] - E[X]^2 E[Y]^2
 * and E[X^2] = Var(X) + E[X]^2 (the notes' derivation):
 * Var(XY) = E[X]^2 Var(Y) + E[Y]^2 Var(X) + Var(X) Var(Y).
 */
public class VarianceOfProduct implements ProductVariance {

    /** @return E[X]^2 Var(Y) + E[Y]^2 Var(X) + Var(X) Var(Y) */
    @Override
    public double exact(double meanX, double varianceX, double meanY, double varianceY) {
        requireVariance(varianceX, "Var(X)");
        requireVariance(varianceY, "Var(Y)");
        return meanX * meanX * varianceY + meanY * meanY * varianceX + varianceX * varianceY;
    }

    /**
     * The unbiased sample variance of z_k = x_k y_k, in two passes (mean first, then the squared
     * deviations) so that a large mean does not cancel the variance.
     *
     * @param x draws X, called exactly samples times
     * @param y draws Y, called exactly samples times
     */
    @Override
    public double estimate(DoubleSupplier x, DoubleSupplier y, int samples) {
        if (samples < 2) {
            throw new IllegalArgumentException("a sample variance needs at least 2 samples, got " + samples);
        }
        double[] z = new double[samples];
        double sum = 0;
        for (int k = 0; k < samples; k++) {
            z[k] = x.getAsDouble() * y.getAsDouble();
            sum += z[k];
        }
        double mean = sum / samples;
        double squares = 0;
        for (double zk : z) {
            squares += (zk - mean) * (zk - mean);
        }
        return squares / (samples - 1);
    }

    private static void requireVariance(double variance, String name) {
        if (!(variance >= 0)) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + variance);
        }
    }
}
