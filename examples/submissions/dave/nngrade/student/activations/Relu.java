package nngrade.student.activations;

import nngrade.problems.activations.Activation;

/**
 * act.relu: the rectified linear unit max(x, 0).
 */
public class Relu implements Activation {

    /**
     * y_i = max(x_i, 0).
     *
     * @param x the input (not modified)
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] > 0 ? x[i] : 0.0;
        }
        return y;
    }

    /**
     * dx_i = f'(x_i) dy_i with f'(x) = 1 for x &gt; 0, 0 for x &lt; 0; at x = 0 any value in [0, 1]
     * is accepted.
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
            // the gate is open for x >= 0: at the kink x = 0 this takes the right derivative, 1
            dx[i] = x[i] >= 0 ? dy[i] : 0.0;
        }
        return dx;
    }
}
