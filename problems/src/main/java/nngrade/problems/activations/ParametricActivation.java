package nngrade.problems.activations;

/**
 * An elementwise activation with one learnable scalar shared by every element: act.prelu
 * (alpha) and act.swish (beta).
 */
public interface ParametricActivation {

    /** @return y with y_i = f(x_i; a); x not modified */
    double[] forward(double[] x, double a);

    /**
     * @return dx_i = df/dx(x_i; a) dy_i and dA = sum_i df/da(x_i; a) dy_i (summed over elements,
     *     because a is shared); neither array modified
     */
    ParametricGradients backward(double[] x, double a, double[] dy);
}
