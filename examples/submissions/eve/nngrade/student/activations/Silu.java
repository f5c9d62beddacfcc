package nngrade.student.activations;

import nngrade.problems.activations.Activation;

/**
 * act.silu: x sigma(x), swish with beta = 1 (torch.nn.SiLU).
 */
public class Silu implements Activation {

    /**
     * y_i = x_i sigma(x_i).
     *
     * @param x the input (not modified)
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            // x sigma(x) = x / (1 + e^-x); for x < 0 write it as x e^x / (1 + e^x)
            double v = x[i];
            y[i] = v >= 0 ? v / (1.0 + Math.exp(-v)) : v * Math.exp(v) / (1.0 + Math.exp(v));
        }
        return y;
    }

    /**
     * dx_i = f'(x_i) dy_i with f'(x) = sigma(x) + x sigma(x)(1 - sigma(x)).
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
            double e = Math.exp(-Math.abs(v));      // in (0, 1]
            double big = 1.0 / (1.0 + e);            // sigma(|v|)
            double small = e / (1.0 + e);            // sigma(-|v|)
            double s = v >= 0 ? big : small;         // sigma(v)
            double oneMinusS = v >= 0 ? small : big; // 1 - sigma(v)
            dx[i] = s * (1.0 + v * oneMinusS) * dy[i];
        }
        return dx;
    }
}
