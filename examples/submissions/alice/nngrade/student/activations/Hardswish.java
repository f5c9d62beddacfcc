package nngrade.student.activations;

import nngrade.problems.activations.Activation;

/**
 * act.hardswish (torch.nn.Hardswish): 0 if x &lt;= -3, x if x &gt;= 3, x (x + 3)/6 otherwise.
 */
public class Hardswish implements Activation {

    /**
     * y_i = 0 if x_i &lt;= -3, x_i if x_i &gt;= 3, x_i (x_i + 3)/6 otherwise.
     *
     * @param x the input (not modified)
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            // x * relu6(x + 3) / 6
            double gate = Math.min(Math.max(x[i] + 3.0, 0.0), 6.0);
            y[i] = x[i] * gate / 6.0;
        }
        return y;
    }

    /**
     * dx_i = f'(x_i) dy_i with f'(x) = 0 for x &lt; -3, 1 for x &gt; 3, (2x + 3)/6 in between; at x
     * = -3 and x = 3 any value between the left and right derivatives is accepted.
     *
     * @param x the input (not modified)
     * @param dy dL/dy (not modified)
     * @return a new array dx
     */
    @Override
    public double[] backward(double[] x, double[] dy) {
        if (dy.length != x.length) {
            throw new IllegalArgumentException("dy has length " + dy.length + " but x has " + x.length);
        }
        double[] dx = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            double slope;
            if (v < -3.0) {
                slope = 0.0;
            } else if (v > 3.0) {
                slope = 1.0;
            } else {
                // the quadratic piece, kinks included: -1/2 at x = -3 and 3/2 at x = 3
                slope = (2.0 * v + 3.0) / 6.0;
            }
            dx[i] = slope * dy[i];
        }
        return dx;
    }
}
