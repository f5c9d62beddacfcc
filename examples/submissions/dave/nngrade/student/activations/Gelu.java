package nngrade.student.activations;

import nngrade.problems.StandardNormal;
import nngrade.problems.activations.Activation;

/**
 * act.gelu, exact: x Phi(x), Phi the standard normal distribution function
 * (torch.nn.GELU(approximate='none')). Use nngrade.problems.StandardNormal for Phi and phi.
 */
public class Gelu implements Activation {

    /**
     * y_i = x_i Phi(x_i).
     *
     * @param x the input (not modified)
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] * StandardNormal.cdf(x);
        }
        return y;
    }

    /**
     * dx_i = f'(x_i) dy_i with f'(x) = Phi(x) + x phi(x).
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
            // product rule on x * Phi(x), with Phi' = phi
            double slope = StandardNormal.cdf(v) + v * StandardNormal.pdf(v);
            dx[i] = slope * dy[i];
        }
        return dx;
    }
}
