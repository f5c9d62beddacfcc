package nngrade.student.initialization;

import java.util.function.DoubleSupplier;
import nngrade.problems.NotImplementedYet;
import nngrade.problems.initialization.ProductVariance;

/**
 * stat.var_product: Var(XY) = E[X]^2 Var(Y) + E[Y]^2 Var(X) + Var(X) Var(Y) for independent X, Y.
 */
public class VarianceOfProduct implements ProductVariance {

    /**
     * @param meanX     E[X]
     * @param varianceX Var(X), &gt;= 0
     * @param meanY     E[Y]
     * @param varianceY Var(Y), &gt;= 0
     * @return E[X]^2 Var(Y) + E[Y]^2 Var(X) + Var(X) Var(Y); a negative or NaN variance throws
     *     IllegalArgumentException
     */
    @Override
    public double exact(double meanX, double varianceX, double meanY, double varianceY) {
        throw new NotImplementedYet("stat.var_product");
    }

    /**
     * Draw samples pairs (x_k from x, y_k from y: call each supplier exactly samples times), form
     * z_k = x_k y_k and return 1/(n - 1) sum_k (z_k - mean(z))^2. Compute the mean first and then
     * the squared deviations (or use Welford's update); mean(z^2) - mean(z)^2 loses every digit
     * when the mean is large. samples &lt; 2 throws IllegalArgumentException.
     *
     * @param x       draws X
     * @param y       draws Y
     * @param samples n
     * @return the unbiased sample variance of the n products
     */
    @Override
    public double estimate(DoubleSupplier x, DoubleSupplier y, int samples) {
        throw new NotImplementedYet("stat.var_product");
    }
}
