package nngrade.student.activations;

import nngrade.problems.activations.Activation;

/**
 * act.step: the threshold unit.
 */
public class Step implements Activation {

    /**
     * y_i = 1 if x_i &gt;= 0 else 0.
     *
     * @param x the input (not modified)
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= 0) {
                y[i] = 1.0;
            }
        }
        return y;
    }

    /**
     * dx_i = f'(x_i) dy_i with f'(x) = 0 (the step has no useful gradient).
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
        // flat on both sides of the jump: nothing flows back
        return new double[x.length];
    }
}
