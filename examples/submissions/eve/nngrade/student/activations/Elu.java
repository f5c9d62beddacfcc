package nngrade.student.activations;

import nngrade.problems.activations.Activation;

/**
 * act.elu, as torch.nn.ELU(alpha): x if x &gt; 0 else alpha (e^x - 1).
 */
public class Elu implements Activation {

    private final double alpha;

    /**
     * @param alpha the negative saturation value is -alpha
     */
    public Elu(double alpha) {
        this.alpha = alpha;
    }

    /**
     * y_i = x_i if x_i &gt; 0 else alpha (e^x_i - 1) (use expm1).
     *
     * @param x the input (not modified)
     * @return a new array y
     */
    @Override
    public double[] forward(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            y[i] = v > 0 ? v : alpha * Math.expm1(v);
        }
        return y;
    }

    /**
     * dx_i = f'(x_i) dy_i with f'(x) = 1 for x &gt; 0, alpha e^x for x &lt; 0.
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
            // d/dx alpha (e^x - 1) = alpha e^x; at x = 0 this gives alpha, the left derivative
            double slope = v > 0 ? 1.0 : alpha * Math.exp(v);
            dx[i] = dy[i] * slope;
        }
        return dx;
    }
}
