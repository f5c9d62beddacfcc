package nngrade.student.activations;

import nngrade.problems.activations.Activation;

/**
 * act.softplus, as torch.nn.Softplus(beta, threshold): (1/beta) log(1 + exp(beta x)), and x itself
 * where beta x &gt; threshold.
 */
public class Softplus implements Activation {

    private final double beta;
    private final double threshold;

    /**
     * @param beta the sharpness (torch default 1)
     * @param threshold above beta x &gt; threshold the function is x (torch default 20)
     */
    public Softplus(double beta, double threshold) {
        this.beta = beta;
        this.threshold = threshold;
    }

    /**
     * y_i = x_i if beta x_i &gt; threshold, else (1/beta) log(1 + exp(beta x_i)), without overflow.
     *
     * @param x the input (not modified)
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double u = beta * x[i];
            // log(1 + e^u) = max(u, 0) + log(1 + e^-|u|): no overflow whatever the threshold
            y[i] = u > threshold ? x[i] : (Math.max(u, 0.0) + Math.log1p(Math.exp(-Math.abs(u)))) / beta;
        }
        return y;
    }

    /**
     * dx_i = f'(x_i) dy_i with f'(x) = 1 if beta x &gt; threshold, else sigma(beta x).
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
            double u = beta * x[i];
            double slope;
            if (u > threshold) {
                slope = 1.0;
            } else {
                // sigma(u) = e^(min(u, 0)) / (1 + e^-|u|)
                slope = Math.exp(Math.min(u, 0.0)) / (1.0 + Math.exp(-Math.abs(u)));
            }
            dx[i] = slope * dy[i];
        }
        return dx;
    }
}
