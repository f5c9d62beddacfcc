package nngrade.student.activations;

import nngrade.problems.activations.Activation;

/**
 * act.gelu_sigmoid: the sigmoid approximation of GELU, x sigma(1.702 x).
 */
public class GeluSigmoid implements Activation {

    private static final double K = 1.702;

    /**
     * y_i = x_i sigma(1.702 x_i).
     *
     * @param x the input (not modified)
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] * logistic(K * x[i]);
        }
        return y;
    }

    /**
     * dx_i = f'(x_i) dy_i with f'(x) = sigma(1.702 x) + 1.702 x sigma(1.702 x)(1 - sigma(1.702 x)).
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
            double u = K * x[i];
            double s = logistic(u);
            double sMinus = logistic(-u); // 1 - sigma(u), without cancellation
            // s + u s (1 - s) = s (1 + u (1 - s))
            dx[i] = s * (1.0 + u * sMinus) * dy[i];
        }
        return dx;
    }

    /** sigma(u) = e^(min(u, 0)) / (1 + e^(-|u|)), which never exponentiates a positive number. */
    private static double logistic(double u) {
        return Math.exp(Math.min(u, 0.0)) / (1.0 + Math.exp(-Math.abs(u)));
    }
}
