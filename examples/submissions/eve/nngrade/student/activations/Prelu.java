package nngrade.student.activations;

import nngrade.problems.activations.ParametricActivation;
import nngrade.problems.activations.ParametricGradients;

/**
 * act.prelu, the parametric ReLU: x if x &gt;= 0 else alpha x, with alpha learnable.
 */
public class Prelu implements ParametricActivation {

    /**
     * y_i = x_i if x_i &gt;= 0 else alpha x_i.
     *
     * @param x the input (not modified)
     * @param a alpha, the slope for x &lt; 0
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x, double a) {
        double[] y = x.clone();
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0) {
                y[i] *= a;
            }
        }
        return y;
    }

    /**
     * dx_i = dy_i for x_i &gt; 0, alpha dy_i for x_i &lt; 0 (any value in between at x_i = 0); dA =
     * sum over x_i &lt; 0 of x_i dy_i, summed over the elements because the parameter is shared.
     *
     * @param x the input (not modified)
     * @param a alpha, the slope for x &lt; 0
     * @param dy dL/dy (not modified)
     * @return dx and dA
     */
    @Override
    public ParametricGradients backward(double[] x, double a, double[] dy) {
        if (dy.length != x.length) {
            throw new IllegalArgumentException("dy has length " + dy.length + " but x has " + x.length);
        }
        double[] dx = new double[x.length];
        double dAlpha = 0.0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] < 0) {
                // y = alpha x here: dy/dx = alpha and dy/dalpha = x
                dx[i] = a * dy[i];
                dAlpha += x[i] * dy[i];
            } else {
                // x >= 0 (the kink 0 included): y = x, slope 1, alpha unused
                dx[i] = dy[i];
            }
        }
        return new ParametricGradients(dx, dAlpha);
    }
}
