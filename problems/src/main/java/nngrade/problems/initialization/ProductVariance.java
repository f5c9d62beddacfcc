package nngrade.problems.initialization;

import java.util.function.DoubleSupplier;

/**
 * stat.var_product: the variance of the product of two independent random variables, the identity
 * on which the notes' variance calibration rests (with E[w] = 0 it gives Var(w x) = E[x^2] Var(w)):
 *
 * <pre>
 *   Var(XY) = E[X]^2 Var(Y) + E[Y]^2 Var(X) + Var(X) Var(Y)
 * </pre>
 *
 * and a Monte Carlo estimate of the same quantity, to see the identity hold on samples.
 */
public interface ProductVariance {

    /**
     * The closed form.
     *
     * @param meanX     E[X]
     * @param varianceX Var(X), &gt;= 0
     * @param meanY     E[Y]
     * @param varianceY Var(Y), &gt;= 0
     * @return Var(XY) = E[X]^2 Var(Y) + E[Y]^2 Var(X) + Var(X) Var(Y) for independent X and Y
     * @throws IllegalArgumentException if a variance is negative or NaN
     */
    double exact(double meanX, double varianceX, double meanY, double varianceY);

    /**
     * The Monte Carlo estimate: draw {@code samples} pairs, the k-th value of x with the k-th
     * value of y (each supplier is called exactly {@code samples} times), form z_k = x_k y_k and
     * return their unbiased sample variance
     *
     * <pre>
     *   s^2 = 1/(n - 1) sum_k (z_k - mean(z))^2,   n = samples.
     * </pre>
     *
     * Compute it so that a large mean does not cancel the variance away (two passes over the
     * products, or Welford's update), not as mean(z^2) - mean(z)^2.
     *
     * @param x       draws X (called exactly samples times; nothing else is done with it)
     * @param y       draws Y, independently of x (called exactly samples times)
     * @param samples n &gt;= 2
     * @return the sample variance of the n products
     * @throws IllegalArgumentException if samples &lt; 2
     */
    double estimate(DoubleSupplier x, DoubleSupplier y, int samples);
}
