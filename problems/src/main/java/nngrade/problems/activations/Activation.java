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

    /** @return dx with dx_i = f'(x_i) dy_i; neither argument modified */
    double[] backward(double[] x, double[] dy);
}
