package nngrade.problems.activations;

/**
 * An elementwise activation with one learnable scalar shared by every element: act.prelu
 * (alpha) and act.swish (beta).
 */
public interface ParametricActivation {

    /** @return y with y_i = f(x_i; a); x not modified */
    double[] forward(double[] x, double a);

    /**
     * @param x  the input; not modified
     * @param a  the parameter
     * @param dy dL/dy, same length as x; not modified
     * @return dx_i = df/dx(x_i; a) dy_i and dA = sum_i df/da(x_i; a) dy_i (summed over elements,
     *     because a is shared)
     * @throws IllegalArgumentException if dy's length differs from x's
     */
    ParametricGradients backward(double[] x, double a, double[] dy);
}
