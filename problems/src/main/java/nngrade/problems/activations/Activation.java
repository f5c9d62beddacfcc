package nngrade.problems.activations;

/**
 * An elementwise activation y_i = f(x_i) with no learnable parameter.
 *
 * <p>Backward: dx_i = f'(x_i) dy_i. At a kink any value between the left and right derivative is
 * accepted.
 */
public interface Activation {

    /** @return y with y_i = f(x_i); x not modified */
    double[] forward(double[] x);

    /**
     * @param x  the input; not modified
     * @param dy dL/dy, same length as x; not modified
     * @return dx with dx_i = f'(x_i) dy_i
     * @throws IllegalArgumentException if dy's length differs from x's
     */
    double[] backward(double[] x, double[] dy);
}
