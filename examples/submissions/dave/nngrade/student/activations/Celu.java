package nngrade.student.activations;

import nngrade.problems.activations.Activation;

/**
 * act.celu, as torch.nn.CELU(alpha): max(0, x) + min(0, alpha (e^(x/alpha) - 1)).
 */
public class Celu implements Activation {

    private final double alpha;

    /**
     * @param alpha the scale, alpha &gt; 0
     */
    public Celu(double alpha) {
        this.alpha = alpha;
    }

    /**
     * y_i = max(0, x_i) + min(0, alpha (e^(x_i/alpha) - 1)) (use expm1).
     *
     * @param x the input (not modified)
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double positivePart = Math.max(0.0, x[i]);
            double negativePart = Math.min(0.0, alpha * Math.expm1(x[i] / alpha));
            y[i] = positivePart + negativePart;
        }
        return y;
    }

    /**
     * dx_i = f'(x_i) dy_i with f'(x) = 1 for x &gt; 0, e^(x/alpha) for x &lt;= 0.
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
            // alpha cancels: d/dx alpha (e^(x/alpha) - 1) = e^(x/alpha), which is 1 at x = 0 (C1)
            dx[i] = x[i] > 0 ? dy[i] : Math.exp(x[i] / alpha) * dy[i];
        }
        return dx;
    }
}
