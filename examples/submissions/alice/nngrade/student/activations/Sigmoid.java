package nngrade.student.activations;

import nngrade.problems.activations.Activation;

/**
 * act.sigmoid: sigma(x) = 1/(1 + e^-x).
 */
public class Sigmoid implements Activation {

    /**
     * y_i = 1/(1 + e^-x_i); no overflow at x = -1000 (for x &lt; 0 use e^x/(1 + e^x)).
     *
     * @param x the input (not modified)
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = sigma(x[i]);
        }
        return y;
    }

    /**
     * dx_i = f'(x_i) dy_i with f'(x) = sigma(x)(1 - sigma(x)).
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
            // sigma(x)(1 - sigma(x)) = sigma(x) sigma(-x): no cancellation in 1 - sigma
            dx[i] = sigma(x[i]) * sigma(-x[i]) * dy[i];
        }
        return dx;
    }

    /**
     * sigma(x) = exp(-log(1 + e^-x)), written so that the exponent inside log1p is -|x| &lt;= 0:
     * for x &lt; 0, sigma(x) = exp(x - log(1 + e^x)).
     */
    private static double sigma(double x) {
        double logOnePlus = Math.log1p(Math.exp(-Math.abs(x)));
        return Math.exp(Math.min(x, 0.0) - logOnePlus);
    }
}
