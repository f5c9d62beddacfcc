package nngrade.student.activations;

import nngrade.problems.activations.Activation;

/**
 * act.leaky_relu, as torch.nn.LeakyReLU(negative_slope): x if x &gt;= 0 else a x.
 */
public class LeakyRelu implements Activation {

    private final double negativeSlope;

    /**
     * @param negativeSlope a, the slope for x &lt; 0
     */
    public LeakyRelu(double negativeSlope) {
        this.negativeSlope = negativeSlope;
    }

    /**
     * y_i = x_i if x_i &gt;= 0 else a x_i.
     *
     * @param x the input (not modified)
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] * slopeAt(x[i]);
        }
        return y;
    }

    /**
     * dx_i = f'(x_i) dy_i with f'(x) = 1 for x &gt; 0, a for x &lt; 0; at x = 0 any value between a
     * and 1 is accepted.
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
            dx[i] = slopeAt(x[i]) * dy[i];
        }
        return dx;
    }

    /** The function is linear on each side of 0 with this slope; at 0 it takes the right one, 1. */
    private double slopeAt(double xi) {
        return xi >= 0 ? 1.0 : negativeSlope;
    }
}
