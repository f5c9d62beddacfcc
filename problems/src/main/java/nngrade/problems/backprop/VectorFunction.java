package nngrade.problems.backprop;

/**
 * A vector-valued function that is not elementwise, such as op.softmax.
 *
 * <p>Backward returns the vector-Jacobian product: dx_j = sum_i dy_i dy_i/dx_j.
 */
public interface VectorFunction {

    /** @return y = f(x); x not modified */
    double[] forward(double[] x);

    /**
     * @return dx = J(x)^T dy; neither argument modified
     * @throws IllegalArgumentException if dy's length differs from x's
     */
    double[] backward(double[] x, double[] dy);
}
