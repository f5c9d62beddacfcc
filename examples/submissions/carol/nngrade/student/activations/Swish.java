package nngrade.student.activations;

import nngrade.problems.activations.ParametricActivation;
import nngrade.problems.activations.ParametricGradients;

/**
 * act.swish: x sigma(beta x), with beta learnable (beta = 1 is SiLU).
 */
public class Swish implements ParametricActivation {

    /**
     * y_i = x_i sigma(beta x_i).
     *
     * @param x the input (not modified)
     * @param a beta
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x, double a) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] * sigma(a * x[i]);
        }
        return y;
    }

    /**
     * dx_i = (sigma(beta x_i) + beta x_i sigma'(beta x_i)) dy_i with sigma'(u) = sigma(u)(1 -
     * sigma(u)); dA = sum_i x_i^2 sigma'(beta x_i) dy_i, summed over the elements because the
     * parameter is shared.
     *
     * @param x the input (not modified)
     * @param a beta
     * @param dy dL/dy (not modified)
     * @return dx and dA
     */
    @Override
    public ParametricGradients backward(double[] x, double a, double[] dy) {
        if (dy.length != x.length) {
            throw new IllegalArgumentException("dy has length " + dy.length + " but x has " + x.length);
        }
        double[] dx = new double[x.length];
        double dBeta = 0.0;
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            double u = a * xi;
            double s = sigma(u);
            double ds = s * sigma(-u); // sigma'(u)
            dx[i] = (s + u * ds) * dy[i];
            // y = x sigma(beta x): dy/dbeta = x * sigma'(beta x) * x
            dBeta += xi * xi * ds * dy[i];
        }
        return new ParametricGradients(dx, dBeta);
    }

    /** sigma(u) = (1 + tanh(u/2))/2 for u &gt;= 0; by symmetry 1 - sigma(-u) = sigma(u) for u &lt; 0. */
    private static double sigma(double u) {
        if (u >= 0) {
            return 0.5 * (1.0 + Math.tanh(0.5 * u));
        }
        // e^u/(1 + e^u) without cancelling 1 - sigma(-u)
        double e = Math.exp(u);
        return e / (1.0 + e);
    }
}
